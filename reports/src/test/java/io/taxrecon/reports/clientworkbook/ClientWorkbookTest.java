package io.taxrecon.reports.clientworkbook;

import static io.taxrecon.reports.fixtures.Fixtures.RUN_DATE;
import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.findings.Severity;
import io.taxrecon.reports.fixtures.Fixtures;
import io.taxrecon.reports.fixtures.Xlsx;
import io.taxrecon.reports.xlsx.CellText;
import io.taxrecon.reports.xlsx.XlsxStyles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientWorkbookTest {

    private static final ReportContext CONTEXT = new ReportContext(RUN_DATE, "Smith & Jones CPAs");

    @TempDir
    Path dir;

    private Path write(ClientReconciliation rec) throws IOException {
        Path target = dir.resolve(ClientWorkbook.fileNameFor(rec.records().client().clientId()));
        new ClientWorkbook().write(rec, CONTEXT, target);
        return target;
    }

    @Test
    void hasTheFiveSheetsInOrder() throws IOException {
        Path file = write(Fixtures.reconciliation());
        try (XSSFWorkbook wb = Xlsx.open(file)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Summary", "Findings", "Payments", "Income", "Evidence");
        }
    }

    @Test
    void summaryShowsClientMaskedTinsWarningNoticesAndBridge() throws IOException {
        Path file = write(Fixtures.reconciliation());
        try (XSSFWorkbook wb = Xlsx.open(file)) {
            Sheet s = wb.getSheet("Summary");
            assertThat(Xlsx.text(s, Xlsx.rowOf(s, "Client ID"), 1)).isEqualTo("C-001");
            assertThat(Xlsx.text(s, Xlsx.rowOf(s, "TIN"), 1)).isEqualTo("***-**-6789");
            assertThat(Xlsx.text(s, Xlsx.rowOf(s, "Spouse TIN"), 1)).isEqualTo("***-**-4321");
            assertThat(Xlsx.text(s, Xlsx.rowOf(s, "Reviewer"), 1)).isEqualTo("Alice Reviewer");

            Cell runDate = s.getRow(Xlsx.rowOf(s, "Run date")).getCell(1);
            assertThat(runDate.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(runDate)).isTrue();
            assertThat(runDate.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(RUN_DATE);

            String warning = "2 input rows for this client could not be loaded: see rejects.csv; the findings may be incomplete";
            assertThat(Xlsx.rowOf(s, warning)).isPositive();

            int high = Xlsx.rowOf(s, "HIGH");
            assertThat(s.getRow(high).getCell(1).getNumericCellValue()).isEqualTo(3.0);
            assertThat(s.getRow(Xlsx.rowOf(s, "MEDIUM")).getCell(1).getNumericCellValue()).isEqualTo(2.0);
            assertThat(s.getRow(Xlsx.rowOf(s, "LOW")).getCell(1).getNumericCellValue()).isEqualTo(1.0);

            int header = Xlsx.rowOf(s, "Notice ID");
            for (int c = 0; c < SummarySheet.NOTICE_COLUMNS.length; c++) {
                assertThat(Xlsx.text(s, header, c)).isEqualTo(SummarySheet.NOTICE_COLUMNS[c]);
            }
            Row cp14 = s.getRow(Xlsx.rowOf(s, "N-1"));
            assertThat(cp14.getCell(1).getStringCellValue()).isEqualTo("CP14");
            assertThat(cp14.getCell(2).getStringCellValue()).isEqualTo("Balance due");
            assertThat(cp14.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(RUN_DATE.plusDays(10));
            assertThat(cp14.getCell(5).getNumericCellValue()).isEqualTo(10.0);
            assertThat(cp14.getCell(7).getStringCellValue()).isEqualTo("Balance due");
            assertThat(cp14.getCell(9).getNumericCellValue()).isEqualTo(5000.0);
            assertThat(cp14.getCell(9).getCellStyle().getDataFormatString()).isEqualTo(XlsxStyles.CURRENCY_FORMAT);
            assertThat(cp14.getCell(10).getNumericCellValue()).isEqualTo(3600.0);
            Row lt11 = s.getRow(Xlsx.rowOf(s, "N-2"));
            assertThat(lt11.getCell(5).getNumericCellValue()).isEqualTo(-3.0);
            assertThat(lt11.getCell(8).getStringCellValue()).isEqualTo("CDP hearing (Form 12153)");
            Row unknown = s.getRow(Xlsx.rowOf(s, "N-3"));
            assertThat(unknown.getCell(2).getStringCellValue()).contains("verify the notice is genuine");

            int bridge = Xlsx.rowOf(s, "Bridge for notice N-1 (CP14, tax year 2024)");
            assertThat(bridge).isPositive();
            assertThat(Xlsx.text(s, bridge + 2, 0)).isEqualTo("Amount claimed");
            assertThat(s.getRow(bridge + 2).getCell(3).getNumericCellValue()).isEqualTo(5000.0);
            assertThat(Xlsx.text(s, bridge + 3, 0)).isEqualTo("UNPOSTED_PAYMENT");
            assertThat(Xlsx.text(s, bridge + 3, 1)).isEqualTo("P-3");
            assertThat(s.getRow(bridge + 3).getCell(3).getNumericCellValue()).isEqualTo(-400.0);
            assertThat(Xlsx.text(s, bridge + 4, 0)).isEqualTo("MISAPPLIED_PAYMENT_TIN");
            assertThat(Xlsx.text(s, bridge + 5, 0)).isEqualTo("Supported on the notice date");
            assertThat(s.getRow(bridge + 5).getCell(3).getNumericCellValue()).isEqualTo(3600.0);
        }
    }

    @Test
    void daysLeftIsAFormulaOnTheResponseDueDateWhoseCachedValueIsTheRunsFigure() throws IOException {
        Path file = write(Fixtures.reconciliation());
        try (XSSFWorkbook wb = Xlsx.open(file)) {
            Sheet s = wb.getSheet("Summary");
            int cp14 = Xlsx.rowOf(s, "N-1");
            Cell days = s.getRow(cp14).getCell(5);
            assertThat(days.getCellType()).isEqualTo(CellType.FORMULA);
            // column E is "Response due": Excel counts down from whatever day the file is opened
            assertThat(days.getCellFormula()).isEqualTo("E" + (cp14 + 1) + "-TODAY()");
            assertThat(days.getCachedFormulaResultType()).isEqualTo(CellType.NUMERIC);
            assertThat(days.getNumericCellValue()).isEqualTo(10.0);
            Cell overdue = s.getRow(Xlsx.rowOf(s, "N-2")).getCell(5);
            assertThat(overdue.getNumericCellValue()).isEqualTo(-3.0);
            assertThat(wb.getFontAt(overdue.getCellStyle().getFontIndex()).getBold()).isTrue();
            // a live notice with no due date has nothing to count down to
            Cell noDueDate = s.getRow(Xlsx.rowOf(s, "N-3")).getCell(5);
            assertThat(noDueDate == null || noDueDate.getCellType() == CellType.BLANK).isTrue();
        }
    }

    @Test
    void theSummarySaysTheDateOfTheDataItShows() throws IOException {
        Path file = write(Fixtures.reconciliation());
        try (XSSFWorkbook wb = Xlsx.open(file)) {
            Sheet s = wb.getSheet("Summary");
            assertThat(Xlsx.text(s, Xlsx.rowOf(s, "Data"), 1)).isEqualTo("data as of " + RUN_DATE);
        }
        Path carried = dir.resolve("carried.xlsx");
        new ClientWorkbook().write(Fixtures.reconciliation(), CONTEXT.withDataAsOf(RUN_DATE.minusDays(12)), carried);
        try (XSSFWorkbook wb = Xlsx.open(carried)) {
            Sheet s = wb.getSheet("Summary");
            assertThat(Xlsx.text(s, Xlsx.rowOf(s, "Data"), 1)).isEqualTo("data as of 2026-11-02, unchanged since");
        }
    }

    @Test
    void theLiveNoticesTableHoldsOnlyOpenNoticesAndHistoryHasNoDaysLeft() throws IOException {
        Path file = write(Fixtures.reconciliation());
        try (XSSFWorkbook wb = Xlsx.open(file)) {
            Sheet s = wb.getSheet("Summary");
            int header = Xlsx.rowOf(s, "Notice ID");
            assertThat(Xlsx.text(s, header - 1, 0)).isEqualTo("Live notices");
            assertThat(List.of(Xlsx.text(s, header + 1, 0), Xlsx.text(s, header + 2, 0), Xlsx.text(s, header + 3, 0)))
                    .containsExactly("N-1", "N-2", "N-3");
            assertThat(Xlsx.text(s, header + 4, 0)).isEmpty();
            // History notices appear on their timelines only, with no due date and no bridge.
            assertThat(Xlsx.rowOf(s, "Bridge for notice N-10 (CP14, tax year 2022)")).isEqualTo(-1);
            assertThat(Xlsx.rowOf(s, "Bridge for notice N-20 (CP14, tax year 2023)")).isEqualTo(-1);
            assertThat(Xlsx.rowOf(s, "Bridge for notice N-21 (CP501, tax year 2023)")).isEqualTo(-1);
        }
    }

    @Test
    void eachTaxYearHasANoticeTimelineWithStatusAndWhyBesideTheLiveNoticesBridge() throws IOException {
        Path file = write(Fixtures.reconciliation());
        try (XSSFWorkbook wb = Xlsx.open(file)) {
            Sheet s = wb.getSheet("Summary");
            int y2022 = Xlsx.rowOf(s, "Notice timeline, tax year 2022");
            int y2023 = Xlsx.rowOf(s, "Notice timeline, tax year 2023");
            int y2024 = Xlsx.rowOf(s, "Notice timeline, tax year 2024");
            assertThat(y2022).isPositive().isLessThan(y2023);
            assertThat(y2023).isLessThan(y2024);
            for (int c = 0; c < NoticeTimeline.COLUMNS.length; c++) {
                assertThat(Xlsx.text(s, y2022 + 1, c)).isEqualTo(NoticeTimeline.COLUMNS[c]);
            }

            assertThat(timelineRow(s, y2022 + 2)).containsExactly(
                    "N-10", "CP14", "Balance due", "2024-06-17", "2400.0", "Paid", "paid 2025-05-13 by 12 credits");
            assertThat(Xlsx.text(s, y2022 + 3, 0)).isEmpty(); // a year with no live notice: no bridge

            assertThat(timelineRow(s, y2023 + 2)).containsExactly(
                    "N-20", "CP14", "Balance due", "2024-03-04", "1150.0", "Superseded", "followed by CP501 N-21 on 2024-04-08");
            assertThat(timelineRow(s, y2023 + 3)).containsExactly(
                    "N-21", "CP501", "Reminder of balance due", "2024-04-08", "1180.0", "Superseded",
                    "followed by LT11 N-2 on 2026-10-12");
            assertThat(timelineRow(s, y2023 + 4)).containsExactly(
                    "N-2", "LT11", "Final notice of intent to levy", "2026-10-12", "1200.0", "Open", "open: due 2026-11-11");
            assertThat(Xlsx.text(s, y2023 + 6, 0)).isEqualTo("Bridge for notice N-2 (LT11, tax year 2023)");

            assertThat(timelineRow(s, y2024 + 2)).containsExactly(
                    "N-1", "CP14", "Balance due", "2026-11-03", "5000.0", "Open", "open: due 2026-11-24");
            assertThat(timelineRow(s, y2024 + 3)).containsExactly(
                    "N-3", "CP999", "Not in the notice catalog", "2026-11-09", "75.0", "Open", "open");
            assertThat(Xlsx.text(s, y2024 + 5, 0)).isEqualTo("Bridge for notice N-1 (CP14, tax year 2024)");

            Cell date = s.getRow(y2024 + 2).getCell(3);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(s.getRow(y2024 + 2).getCell(4).getCellStyle().getDataFormatString()).isEqualTo(XlsxStyles.CURRENCY_FORMAT);
            // The reason spans the columns G..K so that it reads on one line.
            assertThat(((XSSFSheet) s).getMergedRegions()).anyMatch(r -> r.getFirstRow() == y2024 + 2
                    && r.getFirstColumn() == 6 && r.getLastColumn() == 6 + NoticeTimeline.WHY_COLUMNS - 1);
        }
    }

    @Test
    void theLiveNoticesBridgeRunsOnFromTheNoticeDateToWhatIsOwedNow() throws IOException {
        Path file = write(Fixtures.reconciliation());
        try (XSSFWorkbook wb = Xlsx.open(file)) {
            Sheet s = wb.getSheet("Summary");
            int bridge = Xlsx.rowOf(s, "Bridge for notice N-1 (CP14, tax year 2024)");
            assertThat(bridgeRow(s, bridge + 5)).containsExactly("Supported on the notice date",
                    "what the client's records support on 2026-11-03", "3600.0");
            assertThat(bridgeRow(s, bridge + 6)).containsExactly("Transcript balance",
                    "for reference: the IRS account's balance on 2026-11-03", "5000.0");
            assertThat(bridgeRow(s, bridge + 7)).containsExactly("+ Charged since",
                    "debits posted after 2026-11-03 up to 2026-11-14", "0.0");
            assertThat(bridgeRow(s, bridge + 8)).containsExactly("- Credited since",
                    "credits posted after 2026-11-03 up to 2026-11-14", "-250.0");
            assertThat(bridgeRow(s, bridge + 9)).containsExactly("Owed now", "what the records support on 2026-11-14", "3350.0");

            int lt11 = Xlsx.rowOf(s, "Bridge for notice N-2 (LT11, tax year 2023)");
            assertThat(bridgeRow(s, lt11 + 4)).containsExactly("Owed now",
                    "no IRS transcript on file for this year: the records cannot say", "");
        }
    }

    /** A timeline row's cells: text, dates as ISO, amounts as plain numbers. */
    private static List<String> timelineRow(Sheet s, int r) {
        Row row = s.getRow(r);
        List<String> cells = new ArrayList<>();
        cells.add(Xlsx.text(s, r, 0));
        cells.add(Xlsx.text(s, r, 1));
        cells.add(Xlsx.text(s, r, 2));
        cells.add(row.getCell(3).getLocalDateTimeCellValue().toLocalDate().toString());
        cells.add(Double.toString(row.getCell(4).getNumericCellValue()));
        cells.add(Xlsx.text(s, r, 5));
        cells.add(Xlsx.text(s, r, 6));
        return cells;
    }

    /** A bridge row's step, what and amount (blank when none). */
    private static List<String> bridgeRow(Sheet s, int r) {
        Cell amount = s.getRow(r).getCell(3);
        return List.of(Xlsx.text(s, r, 0), Xlsx.text(s, r, 2),
                amount == null || amount.getCellType() == CellType.BLANK ? "" : Double.toString(amount.getNumericCellValue()));
    }

    @Test
    void noWarningWhenNothingWasRejected() throws IOException {
        Path file = write(Fixtures.reconciliation(Fixtures.client("C-002", "Clean Client"), List.of(), 0));
        try (XSSFWorkbook wb = Xlsx.open(file)) {
            assertThat(Xlsx.allText(wb)).noneMatch(t -> t.contains("could not be loaded"));
        }
    }

    @Test
    void findingsSheetHasTypedCellsSeverityFillsFrozenHeaderAndFilter() throws IOException {
        Path file = write(Fixtures.reconciliation());
        try (XSSFWorkbook wb = Xlsx.open(file)) {
            XSSFSheet s = wb.getSheet("Findings");
            for (int c = 0; c < FindingsSheet.COLUMNS.length; c++) {
                assertThat(Xlsx.text(s, 0, c)).isEqualTo(FindingsSheet.COLUMNS[c]);
            }
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
            assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:L7");
            assertThat(s.getLastRowNum()).isEqualTo(6);

            // Most urgent first: HIGH findings, earliest due date first (the overdue LT11).
            Row first = s.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("HIGH");
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("RESPONSE_DEADLINE");
            assertThat(first.getCell(6)).satisfiesAnyOf(c -> assertThat(c).isNull(),
                    c -> assertThat(c.getCellType()).isEqualTo(CellType.BLANK));

            int wagesRow = findRow(s, 3, "WAGES");
            Row wages = s.getRow(wagesRow);
            assertThat(wages.getCell(0).getStringCellValue()).isEqualTo("MEDIUM");
            assertThat(wages.getCell(2).getNumericCellValue()).isEqualTo(2024.0);
            Cell difference = wages.getCell(6);
            assertThat(difference.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(difference.getNumericCellValue()).isEqualTo(2000.0);
            assertThat(difference.getCellStyle().getDataFormatString()).isEqualTo(XlsxStyles.CURRENCY_FORMAT);
            Cell due = wages.getCell(8);
            assertThat(DateUtil.isCellDateFormatted(due)).isTrue();
            assertThat(due.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(RUN_DATE.plusDays(10));
            assertThat(wages.getCell(9).getCellStyle().getWrapText()).isTrue();
            assertThat(wages.getCell(11).getStringCellValue())
                    .isEqualTo("information_returns.csv:2; return_lines.csv:2");

            assertThat(fillOf(first.getCell(0))).isEqualTo(XlsxStyles.SEVERITY_FILL_RGB.get(Severity.HIGH));
            assertThat(fillOf(wages.getCell(0))).isEqualTo(XlsxStyles.SEVERITY_FILL_RGB.get(Severity.MEDIUM));
            assertThat(fillOf(s.getRow(findRow(s, 3, "INT-2")).getCell(0)))
                    .isEqualTo(XlsxStyles.SEVERITY_FILL_RGB.get(Severity.LOW));

            assertThat(s.getColumnWidth(9)).isEqualTo(50 * 256);
        }
    }

    @Test
    void printSetUpIsLandscapeOnePageWideWithClientInHeader() throws IOException {
        Path file = write(Fixtures.reconciliation());
        try (XSSFWorkbook wb = Xlsx.open(file)) {
            for (Sheet s : wb) {
                assertThat(s.getPrintSetup().getLandscape()).as(s.getSheetName()).isTrue();
                assertThat(s.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(s.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
                assertThat(s.getFitToPage()).isTrue();
                assertThat(Xlsx.printed(s.getHeader().getCenter())).isEqualTo("Smith && Jones CPAs - Jane Q. Public");
                assertThat(s.getFooter().getLeft()).contains(RUN_DATE.toString()).contains("C-001");
            }
        }
    }

    @Test
    void paymentsSheetShowsEachCreditBesideItsPayment() throws IOException {
        Path file = write(Fixtures.reconciliation());
        try (XSSFWorkbook wb = Xlsx.open(file)) {
            Sheet s = wb.getSheet("Payments");
            assertThat(Xlsx.text(s, 0, 0)).isEqualTo("Payment ID");
            Row misapplied = s.getRow(findRow(s, 0, "P-2"));
            assertThat(misapplied.getCell(8).getStringCellValue()).isEqualTo("MISAPPLIED_TIN");
            assertThat(misapplied.getCell(12).getStringCellValue()).isEqualTo("***-**-6789"); // the other account, masked
            assertThat(misapplied.getCell(11).getNumericCellValue()).isEqualTo(1000.0);

            int split = findRow(s, 0, "P-4");
            assertThat(s.getRow(split).getCell(2).getNumericCellValue()).isEqualTo(500.0);
            assertThat(s.getRow(split).getCell(11).getNumericCellValue()).isEqualTo(300.0);
            assertThat(Xlsx.text(s, split + 1, 0)).isEqualTo("P-4");
            assertThat(Xlsx.text(s, split + 1, 2)).isEmpty(); // the amount is not repeated
            assertThat(s.getRow(split + 1).getCell(11).getNumericCellValue()).isEqualTo(200.0);

            Row matched = s.getRow(findRow(s, 0, "P-1"));
            assertThat(matched.getCell(11).getNumericCellValue()).isEqualTo(2500.0); // the transcript's sign dropped
            assertThat(DateUtil.isCellDateFormatted(matched.getCell(1))).isTrue();
            assertThat(matched.getCell(5).getStringCellValue()).isEqualTo("270512345678901");
        }
    }

    @Test
    void incomeSheetShowsCategoriesThenDocumentsBoxByBox() throws IOException {
        Path file = write(Fixtures.reconciliation());
        try (XSSFWorkbook wb = Xlsx.open(file)) {
            Sheet s = wb.getSheet("Income");
            Row wages = s.getRow(findRow(s, 1, "WAGES"));
            assertThat(wages.getCell(2).getNumericCellValue()).isEqualTo(50000.0);
            assertThat(wages.getCell(3).getNumericCellValue()).isEqualTo(48000.0);
            assertThat(wages.getCell(4).getNumericCellValue()).isEqualTo(2000.0);
            assertThat(wages.getCell(5).getStringCellValue()).isEqualTo("INCOME_AMOUNT_MISMATCH");

            int dup = findRow(s, 1, "INT-2");
            assertThat(Xlsx.text(s, dup, 8)).isEqualTo("DUPLICATE");
            assertThat(Xlsx.text(s, dup, 4)).isEqualTo("***-**-2468");
            assertThat(Xlsx.text(s, findRow(s, 1, "W2-1"), 6)).isEqualTo("1");
            assertThat(Xlsx.text(s, findRow(s, 1, "W2-2019"), 8)).isEqualTo(IncomeSheet.NOT_COMPARED);
        }
    }

    @Test
    void evidenceListsEveryRowBehindTheFindingsByFileAndLine() throws IOException {
        Path file = write(Fixtures.reconciliation());
        try (XSSFWorkbook wb = Xlsx.open(file)) {
            Sheet s = wb.getSheet("Evidence");
            int payment = findRow(s, 0, "payments.csv", 4);
            assertThat(Xlsx.text(s, payment, 3)).contains("client payment P-3").contains("$400.00");
            assertThat(Xlsx.text(s, payment, 4)).isEqualTo("UNPOSTED_PAYMENT P-3");
            int other = findRow(s, 0, "irs_transactions.csv", 40);
            assertThat(Xlsx.text(s, other, 3)).contains("another account ***-**-6789")
                    .doesNotContain("Somebody Else"); // another taxpayer's details stay out
            assertThat(findRow(s, 0, "notices.xlsx", 3)).isPositive();
            assertThat(Xlsx.text(s, findRow(s, 0, "notices.xlsx", 3), 1)).isEqualTo("notices");
        }
    }

    @Test
    void noFullTinAppearsAnywhereInTheWorkbook() throws IOException {
        Path file = write(Fixtures.reconciliation());
        try (XSSFWorkbook wb = Xlsx.open(file)) {
            List<String> texts = Xlsx.allText(wb);
            assertThat(texts).anyMatch(t -> t.contains("***-**-6789"));
            for (String text : texts) {
                assertThat(Fixtures.fullTinsIn(text)).as("cell text: %s", text).isEmpty();
            }
        }
        assertThat(Fixtures.fullTinsIn(Xlsx.rawXml(file))).as("raw XML").isEmpty();
    }

    @Test
    void aFortyThousandCharacterExplanationIsTruncatedVisiblyAndTheFileOpens() throws IOException {
        String longText = "x".repeat(40_000);
        ClientReconciliation rec = Fixtures.reconciliation(Fixtures.client("C-LONG", "Long Text"),
                List.of(Fixtures.finding("C-LONG", 1, Severity.LOW, longText)), 0);
        Path file = write(rec);
        try (XSSFWorkbook wb = Xlsx.open(file)) {
            XSSFSheet s = wb.getSheet("Findings");
            String cell = s.getRow(findRow(s, 3, "P-X1")).getCell(9).getStringCellValue();
            assertThat(cell).hasSizeLessThanOrEqualTo(CellText.MAX_LENGTH)
                    .startsWith("xxxx")
                    .endsWith("[... truncated: 40000 characters in all]");
        }
    }

    @Test
    void anAwkwardClientNameWorksInCellsAndPageHeaders() throws IOException {
        String name = "Ann [Trust]: A/B? *Estate* of O'Neil & Co";
        assertThat(name).hasSize(41);
        ClientReconciliation rec = Fixtures.reconciliation(Fixtures.client("C/7:[x]", name), List.of(), 0);
        Path file = write(rec);
        assertThat(file.getFileName().toString()).matches("C_7__x_-[0-9a-f]{8}\\.xlsx");
        try (XSSFWorkbook wb = Xlsx.open(file)) {
            assertThat(wb.getSheetName(0)).isEqualTo("Summary");
            Sheet s = wb.getSheet("Summary");
            assertThat(Xlsx.text(s, Xlsx.rowOf(s, "Client"), 1)).isEqualTo(name);
            assertThat(Xlsx.text(s, 0, 0)).isEqualTo("IRS reconciliation - " + name);
            assertThat(s.getHeader().getCenter()).endsWith("O'Neil && Co");
        }
    }

    @Test
    void fiveThousandFindingsForOneClientWrite() throws IOException {
        List<Finding> many = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            many.add(Fixtures.finding("C-BIG", i, Severity.values()[i % 3], "Finding number " + i + " explained at some length."));
        }
        Path file = write(Fixtures.reconciliation(Fixtures.client("C-BIG", "Big Client"), many, 0));
        try (XSSFWorkbook wb = Xlsx.open(file)) {
            XSSFSheet s = wb.getSheet("Findings");
            assertThat(s.getLastRowNum()).isEqualTo(5_006);
            assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:L5007");
            assertThat(wb.getNumCellStyles()).isLessThan(40); // styles are shared, not made per cell
        }
    }

    @Test
    void rewritingReplacesTheWorkbookWholeAndLeavesNoTemporaryFiles() throws IOException {
        Path file = write(Fixtures.reconciliation());
        Map<String, byte[]> before = zipParts(file);
        write(Fixtures.reconciliation());
        // Part by part: the zip's own entry times come from the clock (2-second steps), not the run.
        Map<String, byte[]> after = zipParts(file);
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        before.forEach((part, bytes) -> assertThat(after.get(part)).as("the same run writes the same %s", part).isEqualTo(bytes));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("C-001.xlsx");
        }
    }

    @Test
    void aFailedWriteLeavesNothingAtTheTarget() {
        Path target = dir.resolve("C-001.xlsx");
        ClientReconciliation rec = Fixtures.reconciliation();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new ClientWorkbook().write(rec, null, target)).isInstanceOf(NullPointerException.class);
        assertThat(target).doesNotExist();
    }

    @Test
    void fileNamesAreSafe() {
        assertThat(ClientWorkbook.fileNameFor("C-001")).isEqualTo("C-001.xlsx");
        assertThat(ClientWorkbook.fileNameFor("A/B")).matches("A_B-[0-9a-f]{8}\\.xlsx");
        assertThat(ClientWorkbook.fileNameFor("A/B")).isNotEqualTo(ClientWorkbook.fileNameFor("A:B"));
        assertThat(ClientWorkbook.fileNameFor("..")).matches("_\\.-[0-9a-f]{8}\\.xlsx");
        assertThat(ClientWorkbook.fileNameFor("CON")).matches("CON-[0-9a-f]{8}\\.xlsx");
        assertThat(ClientWorkbook.fileNameFor("x".repeat(300))).hasSizeLessThanOrEqualTo(105);
    }

    /** Every part of the package with its uncompressed bytes, in zip order. */
    private static Map<String, byte[]> zipParts(Path file) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    parts.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return parts;
    }

    private static String fillOf(Cell cell) {
        return ((XSSFCellStyle) cell.getCellStyle()).getFillForegroundXSSFColor().getARGBHex().substring(2);
    }

    private static int findRow(Sheet s, int col, String text) {
        for (Row row : s) {
            if (text.equals(Xlsx.text(s, row.getRowNum(), col))) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row with " + text + " in column " + col + " of " + s.getSheetName());
    }

    private static int findRow(Sheet s, int col, String text, long line) {
        for (Row row : s) {
            if (text.equals(Xlsx.text(s, row.getRowNum(), col))
                    && Xlsx.text(s, row.getRowNum(), col + 2).equals(Long.toString(line))) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row " + text + ":" + line);
    }
}
