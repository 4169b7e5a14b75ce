package io.taxrecon.core.abatement;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.core.engine.Fixture;
import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.statutes.YearStatute;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** FIRST_TIME_ABATEMENT's "still owes" branch needs a collectible year (RULES.md addendum 2), run date 2025-09-01. */
class FirstTimeAbatementStatuteTest {

    private final Fixture f = new Fixture();

    private void filed(int year) {
        f.tx("R" + year, year, "150", (year + 1) + "-04-15", "1000.00");
        f.tx("P" + year, year, "610", (year + 1) + "-04-15", "1000.00");
    }

    /** {@code year}'s return and FTF on the given dates, {@code paid} credited on {@code paidOn}; three clean priors. */
    private void yearWithPenalty(int year, String filedOn, String penaltyOn, String paidOn, String paid) {
        filed(year - 3);
        filed(year - 2);
        filed(year - 1);
        f.tx("R" + year, year, "150", filedOn, "1000.00");
        f.tx("F" + year, year, "166", penaltyOn, "100.00");
        f.tx("C" + year, year, "670", paidOn, paid);
    }

    private List<Finding> abatements(ClientReconciliation r) {
        return r.findings().stream().filter(x -> x.type() == FindingType.FIRST_TIME_ABATEMENT).toList();
    }

    private static LocalDate latestCsed(ClientReconciliation r, int year) {
        return r.statutes().stream().filter(s -> s.taxYear() == year).findFirst()
                .flatMap(YearStatute::latestCsed).orElseThrow();
    }

    @Test
    void anOwingYearWhoseLatestCsedHasPassedIsNeitherAFindingNorANote() {
        yearWithPenalty(2008, "2009-04-15", "2009-06-15", "2009-07-15", "600.00"); // $500.00 owed
        ClientReconciliation r = f.run();
        assertThat(latestCsed(r, 2008)).isEqualTo(LocalDate.of(2019, 6, 15));
        assertThat(abatements(r)).isEmpty();
        assertThat(r.unconfirmedAbatements()).isEmpty();
    }

    @Test
    void anOwingYearWhoseLatestCsedIsInTheFutureIsAFinding() {
        yearWithPenalty(2015, "2016-04-15", "2016-06-13", "2016-07-15", "600.00"); // $500.00 owed
        ClientReconciliation r = f.run();
        assertThat(latestCsed(r, 2015)).isEqualTo(LocalDate.of(2026, 6, 13));
        assertThat(abatements(r)).singleElement().satisfies(finding -> {
            assertThat(finding.taxYear()).isEqualTo(2015);
            assertThat(finding.reference()).isEqualTo("FTF");
            assertThat(finding.difference()).isEqualByComparingTo("100.00");
            assertThat(finding.explanation()).endsWith("The abatement can still help: $500.00 is still owed for the year.");
        });
    }

    @Test
    void anOwingYearWhoseLatestCsedFallsOnTheRunDateIsStillCollectible() {
        yearWithPenalty(2014, "2015-04-15", "2015-09-01", "2015-10-01", "600.00"); // $500.00 owed
        ClientReconciliation r = f.run();
        assertThat(latestCsed(r, 2014)).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(abatements(r)).extracting(Finding::taxYear).containsExactly(2014);
    }

    @Test
    void aPenaltyPaidTwentyMonthsAgoOnAYearPastItsCsedIsStillAFindingByTheRefundWindow() {
        yearWithPenalty(2008, "2009-04-15", "2009-06-15", "2024-01-01", "1100.00");
        ClientReconciliation r = f.run();
        assertThat(latestCsed(r, 2008)).isEqualTo(LocalDate.of(2019, 6, 15));
        assertThat(abatements(r)).singleElement().satisfies(finding -> {
            assertThat(finding.taxYear()).isEqualTo(2008);
            assertThat(finding.difference()).isEqualByComparingTo("100.00");
            assertThat(finding.explanation()).endsWith("The abatement can still help: the last payment posted on"
                    + " 2024-01-01, within the 2 years in which a refund can be claimed (IRC 6511(a)).");
        });
    }

    @Test
    void aYearPastItsCsedIsNotTheEarliestEligibleSoALaterCollectibleYearIsTheFinding() {
        yearWithPenalty(2008, "2009-04-15", "2009-06-15", "2009-07-15", "600.00"); // owes, CSED 2019-06-15
        filed(2012);
        filed(2013);
        filed(2014);
        f.tx("R2015", 2015, "150", "2016-04-15", "2000.00");
        f.tx("T2015", 2015, "276", "2016-06-13", "40.00"); // $2,040.00 owed, CSED 2026-06-13
        assertThat(abatements(f.run())).extracting(Finding::taxYear, Finding::reference).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2015, "FTP"));
    }
}
