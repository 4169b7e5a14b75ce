package io.taxrecon.reports.clientworkbook;

import static io.taxrecon.reports.fixtures.Fixtures.CLIENT_TIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.taxrecon.core.clients.Client;
import io.taxrecon.core.engine.Catalogs;
import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.core.engine.ClientRecords;
import io.taxrecon.core.engine.ReconciliationEngine;
import io.taxrecon.core.engine.ReconciliationSettings;
import io.taxrecon.core.transcripts.TranscriptTransaction;
import io.taxrecon.core.values.SourceRef;
import io.taxrecon.reports.fixtures.Fixtures;
import io.taxrecon.reports.fixtures.Xlsx;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "Penalties & interest" sheet, read back cell by cell, for the engine on a small hand-built account. */
class PenaltiesSheetTest {

    private static final LocalDate RUN = LocalDate.of(2025, 8, 1);
    private static final DataFormatter CELLS = new DataFormatter();

    @TempDir
    Path dir;

    private final List<TranscriptTransaction> transactions = new ArrayList<>();

    private void tx(String id, String code, String date, String amount, String description) {
        transactions.add(new TranscriptTransaction(id, "C-PI", CLIENT_TIN, 2024, code, LocalDate.parse(date),
                new BigDecimal(amount), description, null, SourceRef.csv("irs_transactions.csv", transactions.size() + 2)));
    }

    private ClientReconciliation reconcile() {
        Client client = Fixtures.client("C-PI", "Pat Penalty");
        ClientRecords records = new ClientRecords(client, List.of(), transactions, List.of(), List.of(), List.of(), 0);
        return new ReconciliationEngine(Catalogs.defaults(), ReconciliationSettings.defaults(RUN)).reconcile(records);
    }

    /** Each row's displayed cells joined by '|', trailing blanks dropped (a gap row is not written at all). */
    private List<String> sheetRows(ClientReconciliation rec) throws IOException {
        try (XSSFWorkbook wb = Xlsx.open(written(rec))) {
            XSSFSheet sheet = wb.getSheet(PenaltiesSheet.NAME);
            List<String> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : CELLS.formatCellValue(cell));
                }
                while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                    cells.remove(cells.size() - 1);
                }
                rows.add(String.join("|", cells));
            }
            return rows;
        }
    }

    /** A 2024 return filed 86 days late with 4,000.00 unpaid, and an offer in compromise pending 5 days. */
    private void lateReturnWithAnOffer() {
        tx("T1", "150", "2025-07-10", "10000.00", "Tax return filed");
        tx("T2", "806", "2025-04-15", "-6000.00", "W-2 withholding");
        tx("T3", "166", "2025-07-10", "540.00", "Late filing penalty");
        tx("T4", "196", "2025-07-10", "50.00", "Interest charged");
        tx("T5", "480", "2025-07-20", "0.00", "Offer in compromise pending");
        tx("T6", "481", "2025-07-25", "0.00", "Offer in compromise rejected");
    }

    @Test
    void aReviewerCanFollowEveryFigureOfALateReturnToItsBaseRateAndDays() throws IOException {
        lateReturnWithAnOffer();
        // Due Tue 2025-04-15, no extension, filed 2025-07-10; unpaid 10,000 - 6,000 = 4,000.00.
        // FTP: months starting 04-15 .. 07-15 on or before the run date, 0.5% x 4,000 = 20.00 each -> 80.00.
        // FTF: 04-15, 05-15, 06-15 (before the filed date): 5% x 4,000 = 200.00 less that month's FTP 20.00 = 180.00.
        // Interest on the tax: 4,000 x ((1 + 0.07/365)^108 - 1) = 83.71; on the FTF from the filing due date:
        // 540 x the same factor = 11.30. Owed today: balance 4,590.00 + 80.00 + 83.71 - 50.00 assessed = 4,703.71.
        // CSED: each assessment of 2025-07-10 + 10 years = 2035-07-10, plus the offer [07-20, 07-25 + 30 days) = 35
        // days -> 2035-08-14. No transcript for 2021-2023: First-Time Abatement cannot be confirmed.
        assertThat(sheetRows(reconcile())).containsExactly(
                "Penalties & interest - Pat Penalty - as of 2025-08-01",
                "Amounts in dollars, rates in percent. Computed = the rules on the IRS's own credits to the run date;"
                        + " each total below is the sum of its months or periods.",
                "Tax year 2024 - TIN ***-**-6789",
                "Original due date|2025-04-15",
                "Filing due date|2025-04-15",
                "Filed (TC 150)|2025-07-10",
                "Charge|Assessed (transcript)|Computed (rules)|Gap (computed - assessed)",
                "Tax assessed|$10,000.00",
                "Failure to file (FTF)|$540.00|$540.00|$0.00",
                "Failure to pay (FTP)|$0.00|$80.00|$80.00",
                "Interest|$50.00|$83.71|$33.71",
                "Caused by the payment findings||$0.00",
                "Owed today (balance plus charges not yet assessed)||$4,703.71",
                PenaltiesSheet.GAP_NOTE,
                "The 0.25% installment-agreement rate was not applied: the transcript shows no TC 971 establishing an"
                        + " installment agreement.",
                "Failure to pay, month by month (base: unpaid tax on the month's start; offset: the part the 25% cap cut)",
                "Month|Start|Base|Rate %|Offset|Charge",
                "0|2025-04-15|$4,000.00|0.50|$0.00|$20.00",
                "1|2025-05-15|$4,000.00|0.50|$0.00|$20.00",
                "2|2025-06-15|$4,000.00|0.50|$0.00|$20.00",
                "3|2025-07-15|$4,000.00|0.50|$0.00|$20.00",
                "Total|||||$80.00",
                "Failure to file, month by month (base: tax unpaid by the original due date; offset: that month's FTP)",
                "Month|Start|Base|Rate %|Offset|Charge",
                "1|2025-04-15|$4,000.00|5.00|$20.00|$180.00",
                "2|2025-05-15|$4,000.00|5.00|$20.00|$180.00",
                "3|2025-06-15|$4,000.00|5.00|$20.00|$180.00",
                "Total|||||$540.00",
                "Interest on the unpaid tax, compounded daily",
                "From|To|Days|Rate %|Day basis|Pool at start|Interest",
                "2025-04-16|2025-08-01|108|7.00|365|$4,000.00|$83.71",
                "Total||108||||$83.71",
                "Interest on the failure-to-file penalty, from the filing due date",
                "From|To|Days|Rate %|Day basis|Pool at start|Interest",
                "2025-04-16|2025-08-01|108|7.00|365|$540.00|$11.30",
                "Total||108||||$11.30",
                "Collection statute (10 years from each assessment, plus suspended days counted once)",
                "Assessment|TC|Assessed on|Amount|Base date (+10 years)|Suspension|From|Until (excl.)|Days|CSED",
                "T1|150|2025-07-10|$10,000.00|2035-07-10||||35|2035-08-14",
                "|||||OFFER_IN_COMPROMISE|2025-07-20|2025-08-24|35",
                "T3|166|2025-07-10|$540.00|2035-07-10||||35|2035-08-14",
                "|||||OFFER_IN_COMPROMISE|2025-07-20|2025-08-24|35",
                "T4|196|2025-07-10|$50.00|2035-07-10||||35|2035-08-14",
                "|||||OFFER_IN_COMPROMISE|2025-07-20|2025-08-24|35",
                "First-Time Abatement|Cannot confirm First-Time Abatement for 2024: no transcript for 2021, 2022, 2023."
                        + " Pull the 2021, 2022, 2023 account transcript to confirm.");
    }

    @Test
    void ratesChargesAndDatesAreRealNumbersAndDatesSoAReviewerCanRedoARow() throws IOException {
        lateReturnWithAnOffer();
        try (XSSFWorkbook wb = Xlsx.open(written(reconcile()))) {
            XSSFSheet sheet = wb.getSheet(PenaltiesSheet.NAME);
            Row month0 = sheet.getRow(Xlsx.rowOf(sheet, "0"));
            assertThat(month0.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 4, 15));
            assertThat(month0.getCell(2).getNumericCellValue()).isEqualTo(4000.0);
            assertThat(month0.getCell(3).getNumericCellValue()).isEqualTo(0.5);
            assertThat(month0.getCell(5).getNumericCellValue()).isEqualTo(20.0);
            Row period = sheet.getRow(Xlsx.rowOf(sheet, "2025-04-16"));
            assertThat(period.getCell(2).getNumericCellValue()).isEqualTo(108.0);
            assertThat(period.getCell(3).getNumericCellValue()).isEqualTo(7.0);
            assertThat(period.getCell(6).getNumericCellValue()).isCloseTo(83.7052, within(0.0001));
        }
    }

    @Test
    void theSheetPrintsLandscapeOnePageWideWithItsTitleRowsOnEveryPage() throws IOException {
        lateReturnWithAnOffer();
        try (XSSFWorkbook wb = Xlsx.open(written(reconcile()))) {
            XSSFSheet sheet = wb.getSheet(PenaltiesSheet.NAME);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:2");
            assertThat(sheet.getColumnWidth(0)).isEqualTo(30 * 256);
            assertThat(sheet.getColumnWidth(9)).isEqualTo(12 * 256);
            assertThat(wb.getSheetIndex(PenaltiesSheet.NAME)).isEqualTo(wb.getSheetIndex("Evidence") - 1);
        }
    }

    @Test
    void aClientWithoutATaxYearFiledOrAStatuteOrAnAbatementNoteGetsNoPenaltiesSheet() throws IOException {
        try (XSSFWorkbook wb = Xlsx.open(written(Fixtures.reconciliation()))) {
            assertThat(wb.getSheet(PenaltiesSheet.NAME)).isNull();
        }
    }

    private Path written(ClientReconciliation rec) throws IOException {
        Path file = dir.resolve("C-PI.xlsx");
        new ClientWorkbook().write(rec, new ReportContext(RUN, "Firm"), file);
        return file;
    }
}
