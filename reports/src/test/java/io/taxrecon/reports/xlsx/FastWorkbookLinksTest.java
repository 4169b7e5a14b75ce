package io.taxrecon.reports.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.reports.privacy.TinRedactor;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links written without the object model: every linked cell keeps its own link, whatever its neighbours link to. */
class FastWorkbookLinksTest {

    @TempDir
    Path folder;

    @Test
    void twoCellsWithTheSameTextAndTargetEachKeepTheirLinkAndText() throws Exception {
        Path file = folder.resolve("links.xlsx");
        FastWorkbook workbook = new FastWorkbook(TinRedactor.shapesOnly());
        SheetWriter sheet = workbook.sheet("Findings");
        sheet.row().linkWithin("payments.csv:12", "'Evidence'!A3");
        sheet.row().linkWithin("payments.csv:12", "'Evidence'!A3");
        sheet.row().fileLink("C-001-N-1-response.docx");
        sheet.row().fileLink("C-001-N-1-response.docx");
        workbook.sheet("Evidence").row().text("payments.csv:12", Look.TEXT);
        workbook.write(file, LocalDate.of(2026, 11, 23), null);

        try (Workbook open = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet findings = open.getSheet("Findings");
            for (int r = 0; r < 2; r++) {
                assertThat(findings.getRow(r).getCell(0).getStringCellValue()).isEqualTo("payments.csv:12");
                assertThat(findings.getRow(r).getCell(0).getHyperlink().getAddress()).isEqualTo("'Evidence'!A3");
            }
            for (int r = 2; r < 4; r++) {
                assertThat(findings.getRow(r).getCell(0).getStringCellValue()).isEqualTo("C-001-N-1-response.docx");
                assertThat(findings.getRow(r).getCell(0).getHyperlink().getAddress()).isEqualTo("C-001-N-1-response.docx");
            }
        }
    }

    @Test
    void aTargetWithQuotesAndAmpersandsIsWrittenOnceEscaped() throws Exception {
        Path file = folder.resolve("quoted.xlsx");
        FastWorkbook workbook = new FastWorkbook(TinRedactor.shapesOnly());
        workbook.sheet("Findings").row().linkWithin("see", "'Penalties & interest'!A1");
        workbook.sheet("Penalties & interest").row().text("x", Look.TEXT);
        workbook.write(file, LocalDate.of(2026, 11, 23), null);

        try (Workbook open = WorkbookFactory.create(file.toFile(), null, true)) {
            assertThat(open.getSheet("Findings").getRow(0).getCell(0).getHyperlink().getAddress())
                    .isEqualTo("'Penalties & interest'!A1");
        }
    }
}
