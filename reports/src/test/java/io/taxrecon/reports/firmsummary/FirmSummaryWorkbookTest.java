package io.taxrecon.reports.firmsummary;

import static io.taxrecon.reports.fixtures.Fixtures.RUN_DATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taxrecon.core.clients.Client;
import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.core.engine.ClientRecords;
import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.findings.Severity;
import io.taxrecon.core.notices.Notice;
import io.taxrecon.core.notices.NoticeAssessment;
import io.taxrecon.core.notices.NoticeStatus;
import io.taxrecon.core.notices.NoticeType;
import io.taxrecon.core.values.SourceRef;
import io.taxrecon.reports.clientworkbook.ReportContext;
import io.taxrecon.reports.fixtures.Fixtures;
import io.taxrecon.reports.fixtures.Xlsx;
import io.taxrecon.reports.xlsx.XlsxStyles;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirmSummaryWorkbookTest {

    @TempDir
    Path dir;

    private static ClientSummary row(String id, Long days, Severity severity, String amount, Map<FindingType, Integer> counts) {
        return new ClientSummary(id, "Name " + id, "***-**-0001", "Rev", severity, days, new BigDecimal(amount), counts,
                1, false, id + ".xlsx");
    }

    @Test
    void urgencyRanksOverdueFirstThenSeverityThenAmountThenId() {
        List<ClientSummary> rows = new ArrayList<>(List.of(
                row("no-deadline-high", null, Severity.HIGH, "99999", Map.of()),
                row("due-10-low", 10L, Severity.LOW, "100", Map.of()),
                row("overdue-5", -5L, Severity.LOW, "1", Map.of()),
                row("due-10-high-small", 10L, Severity.HIGH, "10", Map.of()),
                row("due-10-high-big", 10L, Severity.HIGH, "5000", Map.of()),
                row("due-10-high-big-b", 10L, Severity.HIGH, "5000", Map.of()),
                row("due-10-none", 10L, null, "0", Map.of()),
                row("due-0", 0L, Severity.MEDIUM, "1", Map.of()),
                row("nothing", null, null, "0", Map.of())));
        rows.sort(FirmSummaryWorkbook.URGENCY);
        assertThat(rows).extracting(ClientSummary::clientId).containsExactly(
                "overdue-5", "due-0", "due-10-high-big", "due-10-high-big-b", "due-10-high-small", "due-10-low",
                "due-10-none", "no-deadline-high", "nothing");
    }

    @Test
    void writesRankedRowsAndTotals() throws IOException {
        List<ClientSummary> rows = new ArrayList<>(List.of(
                row("B", 20L, Severity.MEDIUM, "300.50", Map.of(FindingType.UNPOSTED_PAYMENT, 2)),
                row("A", -1L, Severity.HIGH, "1000.00", Map.of(FindingType.UNPOSTED_PAYMENT, 1, FindingType.RESPONSE_DEADLINE, 1)),
                new ClientSummary("C", "Quiet", "***-**-0003", null, null, null, BigDecimal.ZERO, Map.of(), 0, true, null)));
        rows.sort(FirmSummaryWorkbook.URGENCY);
        Path target = dir.resolve("firm-summary.xlsx");
        try (FirmSummaryWorkbook wb = new FirmSummaryWorkbook(target, new ReportContext(RUN_DATE, "Smith CPAs"))) {
            rows.forEach(wb::add);
            assertThat(target).doesNotExist(); // only a complete summary appears
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
        try (XSSFWorkbook wb = Xlsx.open(target)) {
            assertThat(wb.getSheetName(0)).isEqualTo("Clients");
            assertThat(wb.getSheetName(1)).isEqualTo("Totals");
            XSSFSheet clients = wb.getSheet("Clients");
            int h = FirmSummaryWorkbook.HEADER_ROW;
            assertThat(Xlsx.text(clients, h, 1)).isEqualTo("Client ID");
            assertThat(Xlsx.text(clients, h, 11)).isEqualTo("UNPOSTED_PAYMENT");
            assertThat(clients.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (h + 1));
            assertThat(clients.getCTWorksheet().getAutoFilter().getRef()).startsWith("A" + (h + 1) + ":");

            assertThat(List.of(Xlsx.text(clients, h + 1, 1), Xlsx.text(clients, h + 2, 1), Xlsx.text(clients, h + 3, 1)))
                    .containsExactly("A", "B", "C");
            Row a = clients.getRow(h + 1);
            assertThat(a.getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(a.getCell(3).getStringCellValue()).isEqualTo("***-**-0001");
            assertThat(a.getCell(5).getStringCellValue()).isEqualTo("HIGH");
            assertThat(a.getCell(6).getNumericCellValue()).isEqualTo(-1.0);
            assertThat(a.getCell(7).getNumericCellValue()).isEqualTo(1000.0);
            assertThat(a.getCell(7).getCellStyle().getDataFormatString()).isEqualTo(XlsxStyles.CURRENCY_FORMAT);
            assertThat(a.getCell(9).getNumericCellValue()).isEqualTo(2.0);
            int last = 11 + FindingType.values().length;
            assertThat(a.getCell(last).getStringCellValue()).isEqualTo("A.xlsx");
            assertThat(a.getCell(last).getHyperlink().getAddress()).isEqualTo("A.xlsx");
            assertThat(Xlsx.text(clients, h + 3, 10)).isEqualTo("Yes");

            Sheet totals = wb.getSheet("Totals");
            assertThat(number(totals, "Clients")).isEqualTo(3.0);
            assertThat(number(totals, "Clients with findings")).isEqualTo(2.0);
            assertThat(number(totals, "Clients with an overdue notice")).isEqualTo(1.0);
            assertThat(number(totals, "Clients with incomplete data")).isEqualTo(1.0);
            assertThat(number(totals, "Notices")).isEqualTo(2.0);
            assertThat(number(totals, "Findings")).isEqualTo(4.0);
            assertThat(number(totals, "Amount at stake")).isEqualTo(1300.50);
            assertThat(number(totals, "Clients whose top severity is HIGH")).isEqualTo(1.0);
            int unposted = Xlsx.rowOf(totals, "UNPOSTED_PAYMENT");
            assertThat(totals.getRow(unposted).getCell(1).getNumericCellValue()).isEqualTo(3.0);
            assertThat(totals.getRow(unposted).getCell(2).getNumericCellValue()).isEqualTo(2.0);
            assertThat(totals.getRow(Xlsx.rowOf(totals, "DUPLICATE_POSTING")).getCell(1).getNumericCellValue()).isZero();
        }
    }

    @Test
    void discardLeavesNothingAndAddAfterCloseFails() throws IOException {
        Path target = dir.resolve("firm-summary.xlsx");
        FirmSummaryWorkbook wb = new FirmSummaryWorkbook(target, new ReportContext(RUN_DATE, null));
        wb.add(row("A", 1L, Severity.LOW, "1", Map.of()));
        wb.discard();
        wb.close(); // a no-op after discard
        assertThat(target).doesNotExist();
        assertThatThrownBy(() -> wb.add(row("B", 1L, Severity.LOW, "1", Map.of()))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void clientSummaryOfAReconciliation() {
        ClientReconciliation rec = Fixtures.reconciliation();
        ClientSummary s = ClientSummary.of(rec, "C-001.xlsx");
        assertThat(s.clientId()).isEqualTo("C-001");
        assertThat(s.clientName()).isEqualTo("Jane Q. Public");
        assertThat(s.maskedTin()).isEqualTo("***-**-6789");
        assertThat(s.reviewer()).isEqualTo("Alice Reviewer");
        assertThat(s.topSeverity()).isEqualTo(Severity.HIGH);
        assertThat(s.minDaysLeft()).isEqualTo(-3L);
        assertThat(s.noticeCount()).isEqualTo(3);
        assertThat(s.dataIncomplete()).isTrue();
        assertThat(s.count(FindingType.UNPOSTED_PAYMENT)).isEqualTo(1);
        assertThat(s.count(FindingType.DUPLICATE_POSTING)).isZero();
        assertThat(s.findingTotal()).isEqualTo(6);
        // 2024: the largest claim on the TIN, 5,000 (CP14; the CP999's 75 is the same account and year),
        //       against |differences| 400 + 1,000 + 2,000 = 3,400 -> 5,000
        // 2023: the LT11 claims 1,200, no differences -> 1,200
        assertThat(s.amountAtStake()).isEqualByComparingTo("6200.00");
        assertThat(s.workbookFileName()).isEqualTo("C-001.xlsx");
    }

    @Test
    void withoutNoticesTheStakeIsTheSumOfDifferences() {
        ClientReconciliation full = Fixtures.reconciliation();
        ClientReconciliation noNotices = new ClientReconciliation(full.records(), full.findings(), full.payments(),
                full.income(), List.of());
        ClientSummary s = ClientSummary.of(noNotices, null);
        assertThat(s.amountAtStake()).isEqualByComparingTo("3400.00");
        assertThat(s.minDaysLeft()).isNull();
    }

    @Test
    void aClientWhoseNoticesAreAllHistoryIsNotRankedUrgentAndShowsNoDaysLeft() throws IOException {
        ClientReconciliation history = historyOnly();
        ClientSummary s = ClientSummary.of(history, "C-HIST.xlsx");
        assertThat(s.minDaysLeft()).isNull();
        assertThat(s.noticeCount()).isZero();
        assertThat(s.topSeverity()).isEqualTo(Severity.MEDIUM);
        // No live claim: the stake is the finding's difference alone, not the paid CP14's 2,400.00.
        assertThat(s.amountAtStake()).isEqualByComparingTo("150.00");

        List<ClientSummary> rows = new ArrayList<>(List.of(s,
                row("due-20-low", 20L, Severity.LOW, "10", Map.of()),
                row("overdue-2", -2L, Severity.MEDIUM, "10", Map.of()),
                ClientSummary.of(Fixtures.reconciliation(), "C-001.xlsx")));
        rows.sort(FirmSummaryWorkbook.URGENCY);
        assertThat(rows).extracting(ClientSummary::clientId).containsExactly("C-001", "overdue-2", "due-20-low", "C-HIST");

        Path target = dir.resolve("firm-summary.xlsx");
        try (FirmSummaryWorkbook wb = new FirmSummaryWorkbook(target, new ReportContext(RUN_DATE, null))) {
            rows.forEach(wb::add);
        }
        try (XSSFWorkbook wb = Xlsx.open(target)) {
            XSSFSheet clients = wb.getSheet("Clients");
            int h = FirmSummaryWorkbook.HEADER_ROW;
            assertThat(Xlsx.text(clients, h + 1, 6)).isEqualTo("-3"); // C-001's overdue LT11
            assertThat(Xlsx.text(clients, h + 4, 1)).isEqualTo("C-HIST");
            assertThat(Xlsx.text(clients, h + 4, 6)).isEmpty();
            assertThat(Xlsx.text(clients, h + 4, 8)).isEqualTo("0");
            assertThat(Xlsx.allText(wb)).noneMatch(t -> t.contains("1382") || t.contains("1,382"));
            assertThat(number(wb.getSheet("Totals"), "Clients with an overdue notice")).isEqualTo(2.0);
        }
    }

    /**
     * A client whose log holds only history: a 2023 CP14 followed by a CP501, both paid off, the
     * CP14 wrong on its date. The assessments carry the days left an engine that ignored history
     * would have given (-1,382), so that the summary is seen to rank by live notices alone.
     */
    private static ClientReconciliation historyOnly() {
        Client client = new Client("C-HIST", "History Only", Fixtures.CLIENT_TIN, null, null, "Rev",
                SourceRef.csv("clients.csv", 3));
        Notice cp14 = new Notice("H-1", "C-HIST", Fixtures.CLIENT_TIN, 2023, "CP14", RUN_DATE.minusDays(1403),
                Fixtures.money("2400.00"), "1040", null, null, null, null, null, SourceRef.csv("notices.csv", 9));
        Notice cp501 = new Notice("H-2", "C-HIST", Fixtures.CLIENT_TIN, 2023, "CP501", RUN_DATE.minusDays(1360),
                Fixtures.money("2450.00"), "1040", null, null, null, null, null, SourceRef.csv("notices.csv", 10));
        NoticeType cp14Type = new NoticeType("CP14", "Balance due", "You owe tax.", NoticeType.CollectionStage.BALANCE_DUE,
                21, false, "");
        NoticeType cp501Type = new NoticeType("CP501", "Reminder", "You still owe tax.", NoticeType.CollectionStage.REMINDER,
                21, false, "");
        NoticeStatus followed = NoticeStatus.superseded("H-2", "CP501", cp501.noticeDate(), "followed by CP501 H-2");
        NoticeStatus paid = NoticeStatus.paid(RUN_DATE.minusDays(900), 12, "paid by 12 credits");
        List<NoticeAssessment> notices = List.of(
                new NoticeAssessment(cp14, cp14Type, followed, RUN_DATE.minusDays(1382), -1382L, Fixtures.money("2400.00"),
                        Fixtures.money("2250.00"), List.of(), Fixtures.money("2250.00"), null, null, null, "No action needed."),
                new NoticeAssessment(cp501, cp501Type, paid, RUN_DATE.minusDays(1339), -1339L, Fixtures.money("2450.00"),
                        Fixtures.money("2450.00"), List.of(), Fixtures.money("2450.00"), null, null, null, "No action needed."));
        Finding mismatch = new Finding("C-HIST", 2023, FindingType.NOTICE_BALANCE_MISMATCH, Severity.MEDIUM, "H-1",
                Fixtures.money("2400.00"), Fixtures.money("2250.00"), Fixtures.money("150.00"), "H-1", null,
                "CP14 H-1 claimed $150.00 more than the account owed on its date.", "Ask for the overpayment back.",
                List.of(cp14.source()));
        ClientRecords records = new ClientRecords(client, List.of(cp14, cp501), List.of(), List.of(), List.of(), List.of(), 0);
        return new ClientReconciliation(records, List.of(mismatch), List.of(), List.of(), notices);
    }

    private static double number(Sheet sheet, String label) {
        int r = Xlsx.rowOf(sheet, label);
        assertThat(r).as(label).isNotNegative();
        return sheet.getRow(r).getCell(1).getNumericCellValue();
    }
}
