package io.taxrecon.core.statutes;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.core.engine.Fixture;
import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.findings.Severity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** COLLECTION_STATUTE findings on the run date 2025-09-01 (Fixture.RUN_DATE). */
class CollectionStatuteFindingsTest {

    private final Fixture f = new Fixture();

    private List<Finding> statuteFindings() {
        return f.findings(FindingType.COLLECTION_STATUTE);
    }

    @Test
    void anOpenBillForABalancePastEveryStatuteIsHighAndAsksForAWriteOff() {
        f.tx("A1", 2013, "150", "2014-05-19", "4000.00");
        f.tx("A2", 2013, "196", "2014-06-16", "100.00");
        f.notice("N1", "CP14", 2013, "2025-08-18", "4100.00", null);
        Finding finding = statuteFindings().get(0);
        assertThat(statuteFindings()).hasSize(1);
        assertThat(finding.severity()).isEqualTo(Severity.HIGH);
        assertThat(finding.taxYear()).isEqualTo(2013);
        assertThat(finding.reference()).isEqualTo("A2");
        assertThat(finding.difference()).isEqualByComparingTo("4100.00");
        assertThat(finding.irsAmount()).isEqualByComparingTo("4100.00");
        assertThat(finding.clientAmount()).isNull();
        assertThat(finding.noticeId()).isEqualTo("N1");
        assertThat(finding.explanation()).isEqualTo("The CP14 notice N1 bills $4,100.00 for 2013, yet every assessment"
                + " of 2013 is past its collection statute expiration date (latest CSED 2024-06-16; no suspension):"
                + " the IRS may no longer collect it (IRC 6502).");
        assertThat(finding.recommendedAction()).startsWith("Do not pay the 2013 balance:")
                .contains("write off the $4,100.00", "2024-06-16");
    }

    @Test
    void aBalanceWhoseStatuteEndsWithinTwelveMonthsIsLowAndWeighsThePlanAgainstAnOfferOrCnc() {
        f.tx("A1", 2014, "150", "2015-10-05", "3000.00");
        f.tx("S1", 2014, "480", "2018-01-02", "0.00");
        f.tx("S2", 2014, "481", "2018-02-01", "0.00");
        Finding finding = statuteFindings().get(0);
        assertThat(statuteFindings()).hasSize(1);
        assertThat(finding.severity()).isEqualTo(Severity.LOW);
        assertThat(finding.reference()).isEqualTo("A1");
        assertThat(finding.difference()).isEqualByComparingTo("3000.00");
        // 2018-01-02 .. 2018-03-03: 60 days after 2025-10-05
        assertThat(finding.explanation()).isEqualTo("The collection statute of 2014 ends on 2025-12-04 (offer in"
                + " compromise pending 2018-01-02 to 2018-03-03 (60 days)), within 12 months of the run date;"
                + " $3,000.00 is still owed.");
        assertThat(finding.recommendedAction()).contains("until 2025-12-04", "payment plan", "offer in compromise",
                "Currently Not Collectible");
    }

    @Test
    void aStatuteEndingExactlyTwelveMonthsAheadIsStillNear() {
        f.tx("A1", 2015, "150", "2016-09-01", "3000.00");
        assertThat(statuteFindings()).extracting(Finding::severity).containsExactly(Severity.LOW);
    }

    @Test
    void aStatuteThirteenMonthsAwayIsNoFinding() {
        f.tx("A1", 2015, "150", "2016-10-03", "3000.00");
        assertThat(statuteFindings()).isEmpty();
    }

    @Test
    void aPaidBalanceIsNoFindingHoweverNearItsStatute() {
        f.tx("A1", 2014, "150", "2015-10-05", "3000.00");
        f.tx("P1", 2014, "670", "2016-01-04", "2999.50");
        assertThat(statuteFindings()).isEmpty();
    }

    @Test
    void aSupersededBillIsNoOpenNoticeSoAnExpiredStatuteIsNoFinding() {
        f.tx("A1", 2013, "150", "2014-05-19", "4000.00");
        f.notice("N1", "CP14", 2013, "2025-06-02", "4000.00", null);
        f.notice("N2", "CP2000", 2013, "2025-07-01", "0.00", null);
        ClientReconciliation r = f.run();
        assertThat(r.findings()).noneMatch(x -> x.type() == FindingType.COLLECTION_STATUTE);
        assertThat(r.statutes()).singleElement().satisfies(y -> assertThat(y.expiredOn(Fixture.RUN_DATE)).isTrue());
    }

    @Test
    void anExpiredStatuteWithoutAnOpenBillIsNoFinding() {
        f.tx("A1", 2013, "150", "2014-05-19", "4000.00");
        assertThat(statuteFindings()).isEmpty();
    }

    @Test
    void oneAssessmentStillCollectibleMakesItNearNotExpired() {
        f.tx("A1", 2013, "150", "2014-05-19", "4000.00");
        f.tx("A2", 2013, "290", "2016-03-01", "500.00");
        f.notice("N1", "CP14", 2013, "2025-08-18", "4500.00", null);
        Finding finding = statuteFindings().get(0);
        assertThat(statuteFindings()).hasSize(1);
        assertThat(finding.severity()).isEqualTo(Severity.LOW);
        assertThat(finding.reference()).isEqualTo("A2");
        assertThat(finding.explanation()).contains("ends on 2026-03-01");
    }

    @Test
    void theWorkbookGetsEachAssessmentWithItsCsedAndTheYearsLatest() {
        f.tx("A1", 2014, "150", "2015-10-05", "3000.00");
        f.tx("A2", 2014, "276", "2016-05-02", "75.00");
        ClientReconciliation r = f.run();
        assertThat(r.statutes()).singleElement().satisfies(y -> {
            assertThat(y.tin()).isEqualTo(Fixture.CLIENT_TIN);
            assertThat(y.assessments()).extracting(AssessmentStatute::csed)
                    .containsExactly(LocalDate.of(2025, 10, 5), LocalDate.of(2026, 5, 2));
            assertThat(y.latestCsed()).contains(LocalDate.of(2026, 5, 2));
        });
        assertThat(r.latestCsed(Fixture.CLIENT_TIN, 2014)).contains(LocalDate.of(2026, 5, 2));
        assertThat(r.latestCsed(Fixture.CLIENT_TIN, 2015)).isEmpty();
    }

    @Test
    void aTransposedTinsAccountIsSomeoneElsesAndHasNoStatuteHere() {
        f.tx("X1", io.taxrecon.core.values.Tin.of("213456789"), 2014, "150", "2015-10-05", "3000.00");
        ClientReconciliation r = f.run();
        assertThat(r.statutes()).isEmpty();
        assertThat(r.findings()).noneMatch(x -> x.type() == FindingType.COLLECTION_STATUTE);
    }
}
