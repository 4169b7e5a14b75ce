package io.taxrecon.reports.firmsummary;

import static io.taxrecon.reports.fixtures.Fixtures.RUN_DATE;
import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.findings.Severity;
import io.taxrecon.core.worklist.NightComparison;
import io.taxrecon.core.worklist.NightView;
import io.taxrecon.core.worklist.ResolutionHints;
import io.taxrecon.reports.clientworkbook.ReportContext;
import io.taxrecon.reports.fixtures.FixtureNight;
import io.taxrecon.reports.fixtures.Fixtures;
import io.taxrecon.reports.fixtures.Xlsx;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The firm summary on a night compared with the one before: ranking without what the reviewer set aside, and "Since last night". */
class FirmSummaryNightTest {

    private static final ReportContext CONTEXT = new ReportContext(RUN_DATE, "Smith & Jones CPAs");

    @TempDir
    Path dir;

    @Test
    void anAnsweredDeadlineNoLongerRanksTheClientByItsDaysLeft() {
        ClientReconciliation rec = Fixtures.reconciliation();
        ClientSummary s = ClientSummary.of(rec, FixtureNight.of(rec).forClient("C-001"), "clients/C-001.xlsx");
        // the LT11's -3 days are answered; the CP14's 10 days rank the client now
        assertThat(s.minDaysLeft()).isEqualTo(10L);
        assertThat(s.topSeverity()).isEqualTo(Severity.HIGH); // P-3 is still HIGH and open
        assertThat(s.noticeCount()).isEqualTo(3);
        assertThat(s.count(FindingType.MISAPPLIED_PAYMENT_TIN)).isEqualTo(1); // still shown, still counted by type
        assertThat(s.findingTotal()).isEqualTo(6);
    }

    @Test
    void aDismissedFindingLeavesTheTopSeverityAndTheAmountAtStake() {
        ClientReconciliation full = Fixtures.reconciliation();
        ClientReconciliation noNotices = new ClientReconciliation(full.records(), full.findings(), full.payments(),
                full.income(), List.of());
        ClientSummary s = ClientSummary.of(noNotices, FixtureNight.of(noNotices), null);
        // |differences| 400 (P-3) + 2,000 (WAGES); the dismissed P-2's 1,000 is out
        assertThat(s.amountAtStake()).isEqualByComparingTo("2400.00");
        assertThat(s.topSeverity()).isEqualTo(Severity.HIGH);

        ClientReconciliation onlyDismissed = new ClientReconciliation(full.records(),
                full.findings().stream().filter(f -> f.reference().equals("P-2")).toList(), List.of(), List.of(), List.of());
        ClientSummary quiet = ClientSummary.of(onlyDismissed, FixtureNight.of(full), null);
        assertThat(quiet.topSeverity()).isNull();
        assertThat(quiet.amountAtStake()).isEqualByComparingTo("0.00");
        assertThat(quiet.findingTotal()).isEqualTo(1);
    }

    @Test
    void theSinceLastNightSheetCountsTheNightAndNamesTheNewHighFindings() throws IOException {
        ClientReconciliation rec = Fixtures.reconciliation();
        NightView night = FixtureNight.of(rec);
        Path target = dir.resolve("firm-summary.xlsx");
        try (FirmSummaryWorkbook wb = new FirmSummaryWorkbook(target, CONTEXT)) {
            wb.add(ClientSummary.of(rec, night, "clients/C-001.xlsx"));
            wb.sinceLastNight(night);
        }
        try (XSSFWorkbook wb = Xlsx.open(target)) {
            List<String> names = new ArrayList<>();
            wb.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("Clients", "Since last night", "Totals", "Charts");

            Sheet s = wb.getSheet("Since last night");
            assertThat(Xlsx.text(s, Xlsx.rowOf(s, "Compared with"), 1)).isEqualTo("2026-11-13");
            assertThat(Xlsx.text(s, Xlsx.rowOf(s, "New findings"), 1)).isEqualTo("4");
            assertThat(Xlsx.text(s, Xlsx.rowOf(s, "Still open"), 1)).isEqualTo("2");
            assertThat(Xlsx.text(s, Xlsx.rowOf(s, "Resolved"), 1)).isEqualTo("1");
            assertThat(Xlsx.text(s, Xlsx.rowOf(s, "Dismissed by the reviewer"), 1)).isEqualTo("1");
            assertThat(Xlsx.text(s, Xlsx.rowOf(s, "Deadlines answered"), 1)).isEqualTo("1");
            assertThat(Xlsx.text(s, Xlsx.rowOf(s, "Follow-ups due"), 1)).isEqualTo("0");

            // The new HIGH findings: P-2 is new and HIGH but dismissed, P-3 is HIGH but not new: none is left.
            int section = Xlsx.rowOf(s, "New HIGH findings");
            assertThat(Xlsx.text(s, section + 1, 0)).isEqualTo(SinceLastNightSheet.NO_NEW_HIGH);
        }
    }

    @Test
    void aNewHighFindingIsNamedWithItsClientAndLinkedToItsWorkbook() throws IOException {
        ClientReconciliation rec = Fixtures.reconciliation();
        NightView firstNight = new NightComparison(RUN_DATE, List.of()).compare(rec.findings(), null, List.of(),
                List.of(), ResolutionHints.none());
        Path target = dir.resolve("firm-summary.xlsx");
        try (FirmSummaryWorkbook wb = new FirmSummaryWorkbook(target, CONTEXT)) {
            wb.add(ClientSummary.of(rec, firstNight, "clients/C-001.xlsx"));
            wb.sinceLastNight(firstNight);
        }
        try (XSSFWorkbook wb = Xlsx.open(target)) {
            Sheet s = wb.getSheet("Since last night");
            assertThat(Xlsx.text(s, Xlsx.rowOf(s, "Compared with"), 1)).isEqualTo(SinceLastNightSheet.FIRST_NIGHT);
            assertThat(Xlsx.text(s, Xlsx.rowOf(s, "New findings"), 1)).isEqualTo("6");
            assertThat(Xlsx.text(s, Xlsx.rowOf(s, "Resolved"), 1)).isEqualTo("0");
            int header = Xlsx.rowOf(s, "Client ID");
            for (int c = 0; c < SinceLastNightSheet.NEW_HIGH_COLUMNS.length; c++) {
                assertThat(Xlsx.text(s, header, c)).isEqualTo(SinceLastNightSheet.NEW_HIGH_COLUMNS[c]);
            }
            // the three HIGH findings, in the Open sheet's order: soonest due first
            assertThat(List.of(Xlsx.text(s, header + 1, 4), Xlsx.text(s, header + 2, 4), Xlsx.text(s, header + 3, 4)))
                    .containsExactly("N-2", "P-2", "P-3");
            assertThat(List.of(Xlsx.text(s, header + 1, 0), Xlsx.text(s, header + 1, 1), Xlsx.text(s, header + 1, 2),
                    Xlsx.text(s, header + 1, 3))).containsExactly("C-001", "Jane Q. Public", "2023", "RESPONSE_DEADLINE");
            assertThat(s.getRow(header + 3).getCell(8).getHyperlink().getAddress()).isEqualTo("clients/C-001.xlsx");
            assertThat(Xlsx.text(s, header + 4, 0)).isEmpty();
        }
    }
}
