package io.taxrecon.core.worklist;

import static io.taxrecon.core.worklist.Nights.MON;
import static io.taxrecon.core.worklist.Nights.TUE;
import static io.taxrecon.core.worklist.Nights.WED;
import static io.taxrecon.core.worklist.Nights.deadline;
import static io.taxrecon.core.worklist.Nights.entry;
import static io.taxrecon.core.worklist.Nights.finding;
import static io.taxrecon.core.worklist.Nights.unposted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.findings.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NightComparisonTest {

    private final Finding p1 = unposted("C-1", "P-1", "400.00");
    private final Finding p2 = unposted("C-1", "P-2", "900.00");
    private final Finding n1 = deadline("C-2", "N-1", WED.plusDays(3));

    @Test
    void onTheFirstNightEveryFindingIsNewFirstSeenTonightAndOpenOneNight() {
        NightView view = new NightComparison(MON, List.of()).compare(List.of(p1, n1), null, List.of(), List.of(),
                ResolutionHints.none());

        assertThat(view.open()).extracting(r -> r.key().reference(), WorklistRow::nightStatus, WorklistRow::firstSeen,
                WorklistRow::nightsOpen).containsExactly(
                        tuple("P-1", NightStatus.NEW, MON, 1),
                        tuple("N-1", NightStatus.NEW, MON, 1));
        assertThat(view.resolved()).isEmpty();
        assertThat(view.previousRunDate()).isNull();
    }

    @Test
    void aFindingOfLastNightIsOpenKeepsItsFirstSeenAndCountsTheNightsOfTheStore() {
        // Runs on Monday and Tuesday; none on a Sunday; tonight is Wednesday.
        NightComparison wednesday = new NightComparison(WED, List.of(MON.minusDays(3), MON, TUE));
        NightView view = wednesday.compare(List.of(p1, p2), TUE, List.of(PriorFinding.of(p1, MON)), List.of(),
                ResolutionHints.none());

        assertThat(view.row(p1).orElseThrow()).extracting(WorklistRow::nightStatus, WorklistRow::firstSeen,
                WorklistRow::nightsOpen).containsExactly(NightStatus.OPEN, MON, 3);
        assertThat(view.row(p2).orElseThrow()).extracting(WorklistRow::nightStatus, WorklistRow::firstSeen,
                WorklistRow::nightsOpen).containsExactly(NightStatus.NEW, WED, 1);
        assertThat(view.toStore()).extracting(PriorFinding::key, PriorFinding::firstSeen).containsExactly(
                tuple(FindingKey.of(p2), WED), tuple(FindingKey.of(p1), MON));
    }

    @Test
    void aFindingThatLeftAndCameBackIsNewAgainWithItsEntryShownAgain() {
        ReviewEntry note = entry(p1, ReviewStatus.WAITING_ON_IRS, null, "faxed proof", MON);
        NightView view = new NightComparison(WED, List.of(MON, TUE)).compare(List.of(p1), TUE, List.of(), List.of(note),
                ResolutionHints.none());

        WorklistRow row = view.row(p1).orElseThrow();
        assertThat(row.nightStatus()).isEqualTo(NightStatus.NEW);
        assertThat(row.firstSeen()).isEqualTo(WED);
        assertThat(row.entry()).isEqualTo(note);
        assertThat(row.reviewStatus()).isEqualTo(ReviewStatus.WAITING_ON_IRS);
    }

    @Test
    void aFindingGoneTonightIsResolvedWithTheReasonTheRecordsGiveOrTheDefault() {
        ReviewEntry note = entry(p2, ReviewStatus.RESPONDED, null, "sent EFTPS proof", TUE);
        KnownResolutions hints = new KnownResolutions().paymentCredited("C-1", 2024, "P-1", LocalDate.of(2026, 11, 20));
        NightView view = new NightComparison(WED, List.of(MON, TUE)).compare(List.of(), TUE,
                List.of(PriorFinding.of(p2, MON), PriorFinding.of(p1, TUE)), List.of(note), hints);

        assertThat(view.resolved()).extracting(r -> r.key().reference(), ResolvedRow::resolvedOn, ResolvedRow::reason,
                ResolvedRow::entry).containsExactly(
                        tuple("P-1", WED, "the IRS credited the payment on 2026-11-20", null),
                        tuple("P-2", WED, "no longer found in tonight's records", note));
        assertThat(view.resolved().get(1).prior().firstSeen()).isEqualTo(MON);
        assertThat(view.counts().resolved()).isEqualTo(2);
    }

    @Test
    void anEntryWhoseFindingWentOnAnEarlierNightStaysOnTheResolvedSheetButABlankOneDoesNot() {
        ReviewEntry kept = entry(p2, ReviewStatus.DISMISSED, null, "client's error", MON);
        ReviewEntry blank = entry(p1, ReviewStatus.OPEN, null, " ", MON);
        NightView view = new NightComparison(WED, List.of(MON, TUE)).compare(List.of(), TUE, List.of(),
                List.of(kept, blank), ResolutionHints.none());

        assertThat(view.resolved()).extracting(ResolvedRow::key, ResolvedRow::resolvedOn, ResolvedRow::reason,
                ResolvedRow::entry).containsExactly(tuple(FindingKey.of(p2), null, "resolved before last night", kept));
        assertThat(view.counts().resolved()).isZero();
        assertThat(view.counts().entriesCarried()).isEqualTo(1);
    }

    @Test
    void ofSeveralEntriesForOneFindingTheLatestReadWins() {
        ReviewEntry monday = entry(p1, ReviewStatus.IN_PROGRESS, null, "called", MON);
        ReviewEntry tuesday = entry(p1, ReviewStatus.WAITING_ON_IRS, null, "called again", TUE);
        NightView view = new NightComparison(WED, List.of(MON, TUE)).compare(List.of(p1), TUE, List.of(),
                List.of(tuesday, monday), ResolutionHints.none());

        assertThat(view.row(p1).orElseThrow().entry()).isEqualTo(tuesday);
    }

    @Test
    void aDismissedFindingLeavesSeverityRankingAndTheUrgentCountsButStaysOnTheSheetLast() {
        Finding low = finding("C-9", FindingType.WITHHOLDING_MISMATCH, "FEDERAL_WITHHOLDING", Severity.LOW, "5.00", null);
        ReviewEntry dismissed = entry(p2, ReviewStatus.DISMISSED, null, "duplicate of P-1", TUE);
        NightView view = new NightComparison(WED, List.of(TUE)).compare(List.of(p2, p1, low), TUE,
                List.of(PriorFinding.of(p1, TUE), PriorFinding.of(p2, TUE), PriorFinding.of(low, TUE)),
                List.of(dismissed), ResolutionHints.none());

        assertThat(view.open()).extracting(r -> r.key().reference()).containsExactly("P-1", "FEDERAL_WITHHOLDING", "P-2");
        assertThat(view.isActionable(p2)).isFalse();
        assertThat(view.isActionable(p1)).isTrue();
        assertThat(view.actionable(List.of(p1, p2, low))).containsExactly(p1, low);
        assertThat(view.counts().urgentBySeverity()).isEqualTo(Map.of(Severity.HIGH, 1, Severity.MEDIUM, 0, Severity.LOW, 1));
        assertThat(view.counts().dismissed()).isEqualTo(1);
    }

    @Test
    void respondedOnADeadlineSilencesThatNoticeOnlyNotALaterNoticesDeadline() {
        Finding later = deadline("C-2", "N-7", WED.plusDays(10));
        ReviewEntry responded = entry(n1, ReviewStatus.RESPONDED, null, "letter mailed", TUE);
        NightView view = new NightComparison(WED, List.of(TUE)).compare(List.of(n1, later), TUE,
                List.of(PriorFinding.of(n1, TUE)), List.of(responded), ResolutionHints.none());

        assertThat(responded.respondedTo()).contains("N-1");
        assertThat(view.row(n1).orElseThrow().deadlineAnswered()).isTrue();
        assertThat(view.isActionable(n1)).isFalse();
        assertThat(view.deadlineAnswered("C-2", 2024, "N-1")).isTrue();
        assertThat(view.row(later).orElseThrow().deadlineAnswered()).isFalse();
        assertThat(view.deadlineAnswered("C-2", 2024, "N-7")).isFalse();
        assertThat(view.counts().deadlinesAnswered()).isEqualTo(1);
        assertThat(view.counts().urgent(Severity.MEDIUM)).isEqualTo(1);
    }

    @Test
    void respondedOnAnotherKindOfFindingSilencesNothing() {
        ReviewEntry responded = entry(p1, ReviewStatus.RESPONDED, null, null, TUE);
        NightView view = new NightComparison(WED, List.of(TUE)).compare(List.of(p1), TUE, List.of(), List.of(responded),
                ResolutionHints.none());

        assertThat(responded.respondedTo()).isEmpty();
        assertThat(view.isActionable(p1)).isTrue();
    }

    @Test
    void followUpsThatHaveComeGoFirstEarliestFirstThenNewThenByUrgency() {
        Finding medium = finding("C-3", FindingType.INCOME_AMOUNT_MISMATCH, "WAGES", Severity.MEDIUM, "2000.00", null);
        Finding dueSoon = finding("C-4", FindingType.NOTICE_BALANCE_MISMATCH, "N-4", Severity.HIGH, "50.00", WED.plusDays(2));
        Finding dueLater = finding("C-5", FindingType.NOTICE_BALANCE_MISMATCH, "N-5", Severity.HIGH, "50.00", WED.plusDays(9));
        Finding bigger = unposted("C-6", "P-6", "-5000.00");
        List<Finding> tonight = List.of(p1, p2, medium, dueSoon, dueLater, bigger);
        List<PriorFinding> before = List.of(PriorFinding.of(p1, TUE), PriorFinding.of(p2, TUE), PriorFinding.of(medium, TUE),
                PriorFinding.of(dueLater, TUE), PriorFinding.of(bigger, TUE));
        List<ReviewEntry> entries = List.of(
                entry(medium, ReviewStatus.IN_PROGRESS, WED, "call back today", TUE),
                entry(p1, ReviewStatus.IN_PROGRESS, TUE, "overdue follow-up", TUE),
                entry(p2, ReviewStatus.IN_PROGRESS, WED.plusDays(1), "not yet", TUE));
        NightView view = new NightComparison(WED, List.of(TUE)).compare(tonight, TUE, before, entries, ResolutionHints.none());

        assertThat(view.open()).extracting(r -> r.key().reference(), WorklistRow::followUpDue).containsExactly(
                tuple("P-1", true), tuple("WAGES", true), tuple("N-4", false), tuple("N-5", false), tuple("P-6", false),
                tuple("P-2", false));
        assertThat(view.counts().followUpsDue()).isEqualTo(2);
        assertThat(view.newHigh()).extracting(r -> r.key().reference()).containsExactly("N-4");
    }

    @Test
    void equalUrgencyIsOrderedByClientYearTypeAndReferenceAsAPersonReadsThem() {
        Finding c10 = unposted("C-10", "P-1", "100.00");
        Finding c9b = unposted("C-9", "P-10", "100.00");
        Finding c9a = unposted("C-9", "P-9", "100.00");
        NightView view = new NightComparison(WED, List.of()).compare(List.of(c10, c9b, c9a), null, List.of(), List.of(),
                ResolutionHints.none());

        assertThat(view.open()).extracting(r -> r.key().text()).containsExactly(
                "C-9|2024|UNPOSTED_PAYMENT|P-9", "C-9|2024|UNPOSTED_PAYMENT|P-10", "C-10|2024|UNPOSTED_PAYMENT|P-1");
    }

    @Test
    void theCountsSayHowManyAreNewStillOpenAndResolved() {
        NightView view = new NightComparison(WED, List.of(TUE)).compare(List.of(p1, p2), TUE,
                List.of(PriorFinding.of(p1, TUE), PriorFinding.of(n1, TUE)), List.of(), ResolutionHints.none());

        NightCounts counts = view.counts();
        assertThat(List.of(counts.newFindings(), counts.stillOpen(), counts.resolved())).containsExactly(1, 1, 1);
    }

    @Test
    void aPreviousNightThatIsNotEarlierIsRefused() {
        NightComparison tonight = new NightComparison(TUE, List.of());
        assertThatThrownBy(() -> tonight.compare(List.of(), TUE, List.of(), List.of(), ResolutionHints.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the previous night 2026-11-17 is not before 2026-11-17");
    }

    @Test
    void aClientsPartOfTheNightHoldsItsOwnOpenAndResolvedRowsInTheSameOrder() {
        Finding gone = unposted("C-2", "P-9", "50.00");
        ReviewEntry dismissed = entry(n1, ReviewStatus.DISMISSED, null, "answered by fax", TUE);
        NightView view = new NightComparison(WED, List.of(TUE)).compare(List.of(p1, n1, p2), TUE,
                List.of(PriorFinding.of(p1, TUE), PriorFinding.of(gone, TUE)), List.of(dismissed), ResolutionHints.none());

        NightView c1 = view.forClient("C-1");
        NightView c2 = view.forClient("C-2");
        assertThat(c1.open()).extracting(r -> r.key().reference()).containsExactly("P-2", "P-1");
        assertThat(c1.resolved()).isEmpty();
        assertThat(c2.open()).extracting(r -> r.key().reference()).containsExactly("N-1");
        assertThat(c2.resolved()).extracting(r -> r.key().reference()).containsExactly("P-9");
        assertThat(c2.isActionable(n1)).isFalse();
        assertThat(c2.runDate()).isEqualTo(WED);
        assertThat(c2.previousRunDate()).isEqualTo(TUE);
        assertThat(view.forClient("C-3").open()).isEmpty();
    }
}
