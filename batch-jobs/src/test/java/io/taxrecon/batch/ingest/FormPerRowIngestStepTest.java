package io.taxrecon.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.batch.StepTestDatabase;
import io.taxrecon.batch.TaxReconApplication;
import io.taxrecon.batch.TestFolders;
import io.taxrecon.batch.cli.NightlyRun;
import io.taxrecon.formats.inbox.InboxScanner;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code scanInbox} and {@code ingestFiles} steps on a W-2/1099 export of one row per form (an Excel workbook with a
 * column per box) and on the same forms one row per box (CSV): both stage the same information
 * returns, and each box row of the per-form file keeps its form row's line.
 */
@SpringBatchTest
@SpringBootTest(classes = TaxReconApplication.class)
@StepTestDatabase
class FormPerRowIngestStepTest {

    static final LocalDate NIGHT = LocalDate.of(2031, 4, 9);
    static final String STAGED = "select document_id || '|' || client_id || '|' || recipient_tin || '|' || tax_year"
            + " || '|' || form_type || '|' || payer_name || '|' || payer_tin || '|' || box || '|' || amount || '|'"
            + " || origin || '|' || corrected from information_return where file_sha = ? order by document_id, box";

    @Autowired
    JobOperatorTestUtils jobs;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPerFormWorkbookAndAPerBoxCsvOfTheSameFormsStageTheSameRows() throws IOException {
        Path folder = TestFolders.create("form-per-row");
        Path perBox = Files.writeString(folder.resolve("information_returns-per-box.csv"), """
                document_id,client_id,tin,tax_year,form_type,payer_name,payer_tin,box,amount
                FR-W2,FR-C1,123-45-6789,2024,W-2,Acme Payroll,98-7654321,1,52000.00
                FR-W2,FR-C1,123-45-6789,2024,W-2,Acme Payroll,98-7654321,2,6100.00
                FR-INT,FR-C1,123-45-6789,2024,1099-INT,First Bank,11-2223333,1,310.25
                FR-INT,FR-C1,123-45-6789,2024,1099-INT,First Bank,11-2223333,4,31.00
                """);
        Path perForm = folder.resolve("information_returns-per-form.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(perForm)) {
            Sheet sheet = workbook.createSheet("information_returns");
            row(sheet, 0, "Document ID", "Client ID", "SSN", "Year", "Form", "Payer", "Payer EIN", "Wages",
                    "Interest income", "Federal income tax withheld");
            row(sheet, 1, "FR-W2", "FR-C1", "123-45-6789", 2024, "W-2", "Acme Payroll", "98-7654321", 52000, null, 6100);
            row(sheet, 2, "FR-INT", "FR-C1", "123-45-6789", 2024, "1099-INT", "First Bank", "11-2223333", null,
                    310.25, 31);
            workbook.write(out);
        }

        ingest(folder);
        String perBoxSha = InboxScanner.sha256(perBox);
        String perFormSha = InboxScanner.sha256(perForm);

        List<String> fromBoxes = jdbc.queryForList(STAGED, String.class, perBoxSha);
        assertThat(fromBoxes).containsExactly(
                "FR-INT|FR-C1|123456789|2024|F1099_INT|First Bank|112223333|1|310.25|IRS|FALSE",
                "FR-INT|FR-C1|123456789|2024|F1099_INT|First Bank|112223333|4|31.00|IRS|FALSE",
                "FR-W2|FR-C1|123456789|2024|W2|Acme Payroll|987654321|1|52000.00|IRS|FALSE",
                "FR-W2|FR-C1|123456789|2024|W2|Acme Payroll|987654321|2|6100.00|IRS|FALSE");
        assertThat(jdbc.queryForList(STAGED, String.class, perFormSha)).isEqualTo(fromBoxes);
        assertThat(jdbc.queryForList("select document_id || ':' || box || ':' || sheet || ':' || line from"
                + " information_return where file_sha = ? order by line, box", String.class, perFormSha))
                .containsExactly("FR-W2:1:information_returns:2", "FR-W2:2:information_returns:2",
                        "FR-INT:1:information_returns:3", "FR-INT:4:information_returns:3");
        assertThat(jdbc.queryForObject("select count(*) from rejected_row where file_sha in (?, ?)", Long.class,
                perBoxSha, perFormSha)).isZero();
    }

    /** Runs {@code scanInbox} and {@code ingestFiles} on the folder: the scanner must take the per-form file too. */
    private void ingest(Path inbox) {
        long attempt = 0;
        for (String step : List.of("scanInbox", "ingestFiles")) {
            // one job instance per step run: the attempt tells them apart
            List<StepExecution> steps = List.copyOf(jobs.startStep(step,
                    NightlyRun.parameters(NIGHT, ++attempt, inbox, inbox.resolveSibling("form-per-row-out")),
                    new ExecutionContext()).getStepExecutions());
            assertThat(steps).first().satisfies(s -> assertThat(s.getStatus()).as(step + " " + s.getFailureExceptions())
                    .isEqualTo(BatchStatus.COMPLETED));
        }
    }

    private static void row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Number number) {
                row.createCell(i).setCellValue(number.doubleValue());
            } else if (values[i] != null) {
                row.createCell(i).setCellValue(values[i].toString());
            }
        }
    }
}
