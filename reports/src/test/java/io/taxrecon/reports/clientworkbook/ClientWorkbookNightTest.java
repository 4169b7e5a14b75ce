package io.taxrecon.reports.clientworkbook;

import static io.taxrecon.reports.fixtures.Fixtures.RUN_DATE;
import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.reports.fixtures.FixtureNight;
import io.taxrecon.reports.fixtures.Fixtures;
import io.taxrecon.reports.fixtures.Xlsx;
import io.taxrecon.reports.xlsx.RowLooks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A client's workbook on a night the job compared with the one before, with the reviewer's entries. */
class ClientWorkbookNightTest {

    private static final ReportContext CONTEXT = new ReportContext(RUN_DATE, "Smith & Jones CPAs");

    @TempDir
    Path dir;

    private XSSFWorkbook written() throws IOException {
        ClientReconciliation rec = Fixtures.reconciliation();
        Path target = dir.resolve("C-001.xlsx");
        new ClientWorkbook().write(rec, FixtureNight.of(rec).forClient("C-001"), CONTEXT, target, Map.of());
        return Xlsx.open(target);
    }

    @Test
    void theFindingsSheetShowsFirstSeenNightStatusAndTheReviewersStatusAndNote() throws IOException {
        try (XSSFWorkbook wb = written()) {
            XSSFSheet s = wb.getSheet("Findings");
            List<String> header = new ArrayList<>();
            s.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header.subList(12, 16)).containsExactly("First seen", "Night status", "Review status", "Review note");
            assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:P7");

            assertThat(line(s, 1)).containsExactly("HIGH", "UNPOSTED_PAYMENT", "P-3", "2026-11-09", "OPEN", "Open", "");
            assertThat(line(s, 2)).containsExactly("MEDIUM", "INCOME_AMOUNT_MISMATCH", "WAGES", "2026-11-14", "NEW", "Open", "");
            assertThat(line(s, 3)).containsExactly("MEDIUM", "UNKNOWN_NOTICE_CODE", "N-3", "2026-11-14", "NEW", "Open", "");
            assertThat(line(s, 4)).containsExactly("LOW", "DUPLICATE_INFORMATION_RETURN", "INT-2", "2026-11-14", "NEW",
                    "Open", "");
            // what the reviewer answered or dismissed closes the sheet, in reading order
            assertThat(line(s, 5)).containsExactly("HIGH", "RESPONSE_DEADLINE", "N-2", "2026-11-13", "OPEN", "Responded",
                    FixtureNight.RESPONDED_NOTE);
            assertThat(line(s, 6)).containsExactly("HIGH", "MISAPPLIED_PAYMENT_TIN", "P-2", "2026-11-14", "NEW",
                    "Dismissed", FixtureNight.DISMISSED_NOTE);
        }
    }

    @Test
    void dismissedAndAnsweredFindingsAreGreyedAndTheOthersAreNot() throws IOException {
        try (XSSFWorkbook wb = written()) {
            XSSFSheet s = wb.getSheet("Findings");
            for (int r = 5; r <= 6; r++) {
                for (int c : new int[] {0, 9, 15}) {
                    XSSFCellStyle style = s.getRow(r).getCell(c).getCellStyle();
                    assertThat(style.getFont().getXSSFColor().getARGBHex()).isEqualTo("FF" + RowLooks.GREY_TEXT_RGB);
                    assertThat(style.getFillForegroundColorColor().getARGBHex()).isEqualTo("FF" + RowLooks.GREY_FILL_RGB);
                }
            }
            XSSFCellStyle open = s.getRow(1).getCell(9).getCellStyle();
            assertThat(open.getFont().getItalic()).isFalse();
            assertThat(open.getFillForegroundColorColor()).isNull();
        }
    }

    @Test
    void theSummaryCountsDismissedAndAnsweredFindingsApartFromTheSeverities() throws IOException {
        try (XSSFWorkbook wb = written()) {
            Sheet s = wb.getSheet("Summary");
            assertThat(Xlsx.text(s, Xlsx.rowOf(s, "HIGH"), 1)).isEqualTo("1");
            assertThat(Xlsx.text(s, Xlsx.rowOf(s, "MEDIUM"), 1)).isEqualTo("2");
            assertThat(Xlsx.text(s, Xlsx.rowOf(s, "LOW"), 1)).isEqualTo("1");
            assertThat(Xlsx.text(s, Xlsx.rowOf(s, "Dismissed by the reviewer"), 1)).isEqualTo("1");
            assertThat(Xlsx.text(s, Xlsx.rowOf(s, "Deadlines answered"), 1)).isEqualTo("1");
            assertThat(Xlsx.text(s, Xlsx.rowOf(s, "Total"), 1)).isEqualTo("6");
        }
    }

    @Test
    void aNoticeWhoseDeadlineTheReviewerAnsweredShowsRespondedInsteadOfDaysLeft() throws IOException {
        try (XSSFWorkbook wb = written()) {
            Sheet s = wb.getSheet("Summary");
            Row lt11 = s.getRow(Xlsx.rowOf(s, "N-2"));
            assertThat(Xlsx.text(s, lt11.getRowNum(), 5)).isEqualTo("Responded");
            assertThat(Xlsx.text(s, Xlsx.rowOf(s, "N-1"), 5)).isEqualTo("10");
        }
    }

    @Test
    void withoutANightTheFindingsSheetKeepsItsTwelveColumnsAndReadingOrder() throws IOException {
        Path target = dir.resolve("plain.xlsx");
        new ClientWorkbook().write(Fixtures.reconciliation(), CONTEXT, target);
        try (XSSFWorkbook wb = Xlsx.open(target)) {
            XSSFSheet s = wb.getSheet("Findings");
            assertThat(s.getRow(0).getLastCellNum()).isEqualTo((short) 12);
            assertThat(Xlsx.text(s, 1, 3)).isEqualTo("N-2"); // the overdue deadline first, as every night before
            assertThat(Xlsx.rowOf(wb.getSheet("Summary"), "Dismissed by the reviewer")).isEqualTo(-1);
        }
    }

    /** Severity, type, reference, then the four night columns. */
    private static List<String> line(Sheet s, int row) {
        return List.of(Xlsx.text(s, row, 0), Xlsx.text(s, row, 1), Xlsx.text(s, row, 3), Xlsx.text(s, row, 12),
                Xlsx.text(s, row, 13), Xlsx.text(s, row, 14), Xlsx.text(s, row, 15));
    }
}
