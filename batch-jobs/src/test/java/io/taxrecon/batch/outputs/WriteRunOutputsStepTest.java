package io.taxrecon.batch.outputs;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.batch.StepTestDatabase;
import io.taxrecon.batch.TaxReconApplication;
import io.taxrecon.batch.TestFolders;
import io.taxrecon.batch.cli.NightlyRun;
import io.taxrecon.batch.staging.FindingStore;
import io.taxrecon.batch.staging.StagedTables;
import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.findings.Severity;
import io.taxrecon.core.payments.Payment;
import io.taxrecon.core.values.SourceRef;
import io.taxrecon.core.values.Tin;
import io.taxrecon.reports.firmsummary.ClientSummary;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code writeRunOutputs} step alone, over a staging store filled by hand: one inbox file
 * with a loaded and a rejected row, and three clients' conclusions, two with a workbook.
 */
@SpringBatchTest
@SpringBootTest(classes = TaxReconApplication.class)
@StepTestDatabase
class WriteRunOutputsStepTest {

    static final LocalDate NIGHT = LocalDate.of(2031, 3, 5);
    static final String SHA = "5".repeat(64);

    @Autowired
    JobOperatorTestUtils jobs;
    @Autowired
    FindingStore findings;
    @Autowired
    JdbcTemplate jdbc;

    Path out;
    Path runFolder;

    @BeforeEach
    void aNightStagedAndReconciled() {
        jdbc.update("insert into input_file (file_sha, file_name, kind, loaded_on, rows_loaded, rows_rejected, status) "
                + "values (?, 'payments.csv', 'payments', ?, 1, 1, 'LOADED')", SHA, NIGHT);
        jdbc.update("insert into run_input (run_date, position, file_sha, file_name, kind, newly_loaded) "
                + "values (?, 0, ?, 'payments.csv', 'payments', true)", NIGHT, SHA);
        Payment payment = new Payment("P1", "C1", Tin.of("123456789"), 2024, LocalDate.of(2025, 4, 15),
                new BigDecimal("100.00"), null, null, null, null, new SourceRef("payments.csv", "", 2));
        jdbc.update(StagedTables.PAYMENTS.insertSql(), StagedTables.PAYMENTS.bind(payment, SHA));
        jdbc.update("insert into rejected_row (file_sha, file_name, sheet, line, client_id, column_name, bad_value, reason) "
                + "values (?, 'payments.csv', '', 3, 'C9', 'amount', 'abc', 'not an amount')", SHA);
        // ranked by days left: C2 (5 days) before C1 (30); C3 has no workbook, so no line
        findings.save(NIGHT, List.of(conclusion("C1", 30L, "clients/C1.xlsx"), conclusion("C2", 5L, "clients/C2.xlsx"),
                conclusion("C3", 1L, null)));
        out = TestFolders.create("outputs-step");
        runFolder = out.resolve(NIGHT.toString());
    }

    @Test
    void writesTheNightsFindingsRejectsRankedFirmSummaryAndRunSummary() throws Exception {
        OffsetDateTime before = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        JobExecution execution = jobs.startStep("writeRunOutputs",
                NightlyRun.parameters(NIGHT, 1, out.resolve("inbox"), out), new ExecutionContext());
        OffsetDateTime after = OffsetDateTime.now();

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(Files.readAllLines(runFolder.resolve("findings.csv"))).containsExactly(
                "run_date,client_id,tax_year,finding_type,severity,reference,irs_amount,client_amount,difference,"
                        + "notice_id,due_date,explanation,recommended_action,first_seen,night_status,review_status,"
                        + "review_note",
                "2031-03-05,C1,2024,UNPOSTED_PAYMENT,HIGH,P1,0.00,100.00,100.00,,,Not on the transcript.,Send proof.,"
                        + "2031-03-05,NEW,OPEN,",
                "2031-03-05,C2,2024,UNPOSTED_PAYMENT,HIGH,P1,0.00,100.00,100.00,,,Not on the transcript.,Send proof.,"
                        + "2031-03-05,NEW,OPEN,",
                "2031-03-05,C3,2024,UNPOSTED_PAYMENT,HIGH,P1,0.00,100.00,100.00,,,Not on the transcript.,Send proof.,"
                        + "2031-03-05,NEW,OPEN,");
        assertThat(Files.readAllLines(runFolder.resolve("rejects.csv"))).containsExactly(
                "file,sheet,line,column,value,reason",
                "payments.csv,,3,amount,abc,not an amount");
        assertThat(firmSummaryClientIds()).containsExactly("C2", "C1");

        RunSummary summary = JsonMapper.builder().build()
                .readValue(Files.readString(runFolder.resolve("run-summary.json")), RunSummary.class);
        assertThat(summary.files()).containsExactly(
                new RunSummary.InputFileSummary("payments.csv", "payments", "loaded", 2, 1, 1, SHA));
        assertThat(summary.provenance().osUser()).isEqualTo(System.getProperty("user.name")).isNotBlank();
        assertThat(summary.provenance().host()).isEqualTo(RunProvenance.host()).isNotBlank();
        assertThat(summary.provenance().started()).isEqualTo(execution.getStartTime()
                .atZone(ZoneId.systemDefault()).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS).toString());
        OffsetDateTime ended = OffsetDateTime.parse(summary.provenance().ended());
        assertThat(ended).isBetween(before, after);
        assertThat(OffsetDateTime.parse(summary.provenance().started())).isBeforeOrEqualTo(ended);
        assertThat(summary.clientsSeen()).isEqualTo(3);
        assertThat(summary.clientsWithFindings()).isEqualTo(3);
        assertThat(summary.workbooksWritten()).isEqualTo(2);
        assertThat(summary.findingsTotal()).isEqualTo(3);
        assertThat(summary.findingsByType()).containsEntry("UNPOSTED_PAYMENT", 3L).containsEntry("DUPLICATE_POSTING", 0L);
        assertThat(summary.runDate()).isEqualTo("2031-03-05");
        assertThat(summary.night()).isEqualTo(new RunSummary.NightSummary(null, 3, 0, 0, 0, 0, 0));
        assertThat(summary.worklist().written()).isEqualTo("written");
        assertThat(out.resolve("worklist.xlsx")).isRegularFile();
        assertThat(findings.completedNights()).contains(NIGHT);
    }

    /** The Clients sheet's client ids, top to bottom, below its header row (the fourth). */
    private List<String> firmSummaryClientIds() throws IOException {
        List<String> ids = new ArrayList<>();
        try (InputStream in = Files.newInputStream(runFolder.resolve("firm-summary.xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet clients = workbook.getSheet("Clients");
            DataFormatter text = new DataFormatter();
            for (Row row : clients) {
                if (row.getRowNum() > 3 && row.getCell(1) != null && !text.formatCellValue(row.getCell(1)).isBlank()) {
                    ids.add(text.formatCellValue(row.getCell(1)));
                }
            }
        }
        return ids;
    }

    private static FindingStore.Conclusion conclusion(String clientId, Long daysLeft, String workbook) {
        Finding finding = new Finding(clientId, 2024, FindingType.UNPOSTED_PAYMENT, Severity.HIGH, "P1",
                new BigDecimal("0.00"), new BigDecimal("100.00"), new BigDecimal("100.00"), null, null,
                "Not on the transcript.", "Send proof.", List.of());
        ClientSummary summary = new ClientSummary(clientId, "Client " + clientId, "***-**-6789", null, Severity.HIGH,
                daysLeft, new BigDecimal("100.00"), Map.of(FindingType.UNPOSTED_PAYMENT, 1), 1, false, workbook);
        return new FindingStore.Conclusion(clientId, List.of(finding), summary);
    }
}
