package io.taxrecon.core.abatement;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.core.engine.Fixture;
import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.findings.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** FIRST_TIME_ABATEMENT (IRM 20.1.1.3.3.2.1) on the run date 2025-09-01. */
class FirstTimeAbatementTest {

    private final Fixture f = new Fixture();

    private void filed(int year) {
        f.tx("R" + year, year, "150", (year + 1) + "-04-15", "1000.00");
        f.tx("P" + year, year, "610", (year + 1) + "-04-15", "1000.00");
    }

    private List<Finding> abatements() {
        return f.findings(FindingType.FIRST_TIME_ABATEMENT);
    }

    @Test
    void aCleanThreeYearHistoryQualifiesBothPenaltiesOfTheYear() {
        filed(2020);
        filed(2021);
        filed(2022);
        f.tx("R2023", 2023, "150", "2024-07-15", "2000.00");
        f.tx("F2023", 2023, "166", "2024-07-15", "225.00");
        f.tx("T2023", 2023, "276", "2024-07-15", "90.00");
        Finding finding = abatements().get(0);
        assertThat(abatements()).hasSize(1);
        assertThat(finding.taxYear()).isEqualTo(2023);
        assertThat(finding.reference()).isEqualTo("FTF+FTP");
        assertThat(finding.difference()).isEqualByComparingTo("315.00");
        assertThat(finding.irsAmount()).isEqualByComparingTo("315.00");
        assertThat(finding.clientAmount()).isNull();
        assertThat(finding.severity()).isEqualTo(Severity.LOW);
        assertThat(finding.explanation()).isEqualTo("The IRS assessed $315.00 of failure-to-file penalty ($225.00) and"
                + " failure-to-pay penalty ($90.00) for 2023, not abated. The three prior years qualify the client for"
                + " First-Time Abatement: 2020 return filed, no penalty left unabated; 2021 return filed, no penalty"
                + " left unabated; 2022 return filed, no penalty left unabated. The abatement can still help: $2,315.00"
                + " is still owed for the year.");
        assertThat(finding.recommendedAction()).isEqualTo("Request First-Time Abatement of the $315.00 (FTF+FTP) for"
                + " 2023 by phone (call the IRS at the number listed on IRS.gov) or on Form 843, once the tax is paid"
                + " or a payment plan is in place; the interest on the penalty comes off with it.");
        assertThat(finding.evidence()).hasSize(5);
    }

    @Test
    void aPriorFailureToPayPenaltyBreaksTheHistory() {
        filed(2020);
        filed(2021);
        f.tx("T2021", 2021, "276", "2022-06-13", "50.00");
        filed(2022);
        f.tx("R2023", 2023, "150", "2024-04-15", "2000.00");
        f.tx("T2023", 2023, "276", "2024-06-17", "40.00");
        assertThat(abatements()).isEmpty();
    }

    @Test
    void aPriorEstimatedTaxPenaltyAloneIsNoBar() {
        filed(2020);
        filed(2021);
        f.tx("E2021", 2021, "176", "2022-04-18", "40.00");
        filed(2022);
        f.tx("R2023", 2023, "150", "2024-04-15", "2000.00");
        f.tx("T2023", 2023, "276", "2024-06-17", "40.00");
        Finding finding = abatements().get(0);
        assertThat(abatements()).hasSize(1);
        assertThat(finding.reference()).isEqualTo("FTP");
        assertThat(finding.difference()).isEqualByComparingTo("40.00");
        assertThat(finding.explanation()).contains("2021 return filed, only the estimated-tax penalty (not a bar)");
    }

    @Test
    void aMissingPriorYearIsNoFindingButANoteNamingTheTranscriptToPull() {
        filed(2021);
        filed(2022);
        f.tx("R2023", 2023, "150", "2024-04-15", "2000.00");
        f.tx("F2023", 2023, "166", "2024-07-15", "225.00");
        ClientReconciliation r = f.run();
        assertThat(r.findings()).noneMatch(x -> x.type() == FindingType.FIRST_TIME_ABATEMENT);
        assertThat(r.unconfirmedAbatements()).singleElement().satisfies(n -> {
            assertThat(n.taxYear()).isEqualTo(2023);
            assertThat(n.tinLast4()).isEqualTo("6789");
            assertThat(n.missingYears()).containsExactly(2020);
            assertThat(n.penalties()).isEqualByComparingTo("225.00");
            assertThat(n.text()).isEqualTo("Cannot confirm First-Time Abatement for 2023: no transcript for 2020."
                    + " Pull the 2020 account transcript to confirm.");
        });
    }

    @Test
    void onlyTheEarliestEligibleYearQualifies() {
        filed(2016);
        filed(2017);
        filed(2018);
        f.tx("R2019", 2019, "150", "2020-07-15", "1500.00");
        f.tx("T2019", 2019, "276", "2020-09-14", "30.00");
        filed(2020);
        filed(2021);
        filed(2022);
        f.tx("R2023", 2023, "150", "2024-04-15", "2000.00");
        f.tx("T2023", 2023, "276", "2024-06-17", "40.00"); // its own three years are clean too
        assertThat(abatements()).extracting(Finding::taxYear, Finding::reference).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2019, "FTP"));
    }

    @Test
    void anAbatedPriorPenaltyDoesNotCount() {
        filed(2020);
        filed(2021);
        f.tx("T2021", 2021, "276", "2022-06-13", "50.00");
        f.tx("U2021", 2021, "277", "2022-09-12", "-50.00");
        filed(2022);
        f.tx("R2023", 2023, "150", "2024-04-15", "2000.00");
        f.tx("F2023", 2023, "166", "2024-07-15", "225.00");
        f.tx("G2023", 2023, "167", "2024-09-16", "225.00"); // the year's own FTF was abated: only the FTP is left
        f.tx("T2023", 2023, "276", "2024-06-17", "40.00");
        Finding finding = abatements().get(0);
        assertThat(abatements()).hasSize(1);
        assertThat(finding.reference()).isEqualTo("FTP");
        assertThat(finding.difference()).isEqualByComparingTo("40.00");
    }

    @Test
    void aPriorYearWithoutAFiledReturnIsNotCleanAndNeedsNoNote() {
        filed(2020);
        f.tx("P2021", 2021, "670", "2022-04-15", "500.00"); // a transcript, but no TC 150
        filed(2022);
        f.tx("R2023", 2023, "150", "2024-04-15", "2000.00");
        f.tx("T2023", 2023, "276", "2024-06-17", "40.00");
        ClientReconciliation r = f.run();
        assertThat(r.findings()).noneMatch(x -> x.type() == FindingType.FIRST_TIME_ABATEMENT);
        assertThat(r.unconfirmedAbatements()).isEmpty();
    }

    @Test
    void aPriorDishonoredPaymentPenaltyIsABar() {
        filed(2020);
        filed(2021);
        f.tx("D2021", 2021, "286", "2022-06-13", "25.00");
        filed(2022);
        f.tx("R2023", 2023, "150", "2024-04-15", "2000.00");
        f.tx("T2023", 2023, "276", "2024-06-17", "40.00");
        assertThat(abatements()).isEmpty();
    }

    // ---- IRC 6511(a): only a year an abatement can still help (run date 2025-09-01)

    /** 2008: return filed 2009-04-15, FTF $100.00, everything paid on {@code paid}; 2005-2007 clean. */
    private void oldYearWithPenalty(String paid, String amountPaid) {
        filed(2005);
        filed(2006);
        filed(2007);
        f.tx("R2008", 2008, "150", "2009-04-15", "1000.00");
        f.tx("F2008", 2008, "166", "2009-06-15", "100.00");
        f.tx("P2008", 2008, "670", paid, amountPaid);
    }

    /** 2021: return filed 2022-04-15 (over 3 years before the run date), FTF $100.00; 2018-2020 clean. */
    private void yearPaidOn(String paid) {
        filed(2018);
        filed(2019);
        filed(2020);
        f.tx("R2021", 2021, "150", "2022-04-15", "1000.00");
        f.tx("F2021", 2021, "166", "2022-06-13", "100.00");
        f.tx("P2021", 2021, "670", paid, "1100.00");
    }

    @Test
    void aPenaltyPaidOffIn2009CanNoLongerBeRefundedSoIsNeitherAFindingNorANote() {
        oldYearWithPenalty("2009-07-15", "1100.00");
        ClientReconciliation r = f.run();
        assertThat(r.findings()).noneMatch(x -> x.type() == FindingType.FIRST_TIME_ABATEMENT);
        assertThat(r.unconfirmedAbatements()).isEmpty();
    }

    @Test
    void aBalanceOfOneDollarCountsAsPaid() {
        // 2021 is still collectible (CSED 2032-04-15), so only the $1.00 threshold keeps it out
        filed(2018);
        filed(2019);
        filed(2020);
        f.tx("R2021", 2021, "150", "2022-04-15", "1000.00");
        f.tx("F2021", 2021, "166", "2022-06-13", "100.00");
        f.tx("P2021", 2021, "670", "2023-08-01", "1099.00");
        assertThat(abatements()).isEmpty();
    }

    @Test
    void aPenaltyPaidTwentyMonthsAgoCanStillBeRefunded() {
        yearPaidOn("2024-01-01");
        Finding finding = abatements().get(0);
        assertThat(abatements()).hasSize(1);
        assertThat(finding.taxYear()).isEqualTo(2021);
        assertThat(finding.difference()).isEqualByComparingTo("100.00");
        assertThat(finding.explanation()).endsWith("The abatement can still help: the last payment posted on"
                + " 2024-01-01, within the 2 years in which a refund can be claimed (IRC 6511(a)).");
    }

    @Test
    void aPenaltyPaidExactlyTwoYearsBeforeTheRunDateCanStillBeRefunded() {
        yearPaidOn("2023-09-01");
        assertThat(abatements()).extracting(Finding::taxYear).containsExactly(2021);
    }

    @Test
    void aPenaltyPaidTwentyFiveMonthsAgoWithAReturnOverThreeYearsOldCanNoLongerBeRefunded() {
        yearPaidOn("2023-08-01");
        ClientReconciliation r = f.run();
        assertThat(r.findings()).noneMatch(x -> x.type() == FindingType.FIRST_TIME_ABATEMENT);
        assertThat(r.unconfirmedAbatements()).isEmpty();
    }

    @Test
    void aReturnFiledWithinThreeYearsKeepsAPaidYearOpen() {
        filed(2018);
        filed(2019);
        filed(2020);
        f.tx("R2021", 2021, "150", "2022-09-01", "1000.00");
        f.tx("F2021", 2021, "166", "2022-09-01", "100.00");
        f.tx("P2021", 2021, "670", "2023-08-01", "1100.00");
        Finding finding = abatements().get(0);
        assertThat(abatements()).hasSize(1);
        assertThat(finding.explanation()).endsWith("The abatement can still help: the return posted on 2022-09-01,"
                + " within the 3 years in which a refund can be claimed (IRC 6511(a)).");
    }

    @Test
    void anOldPaidYearIsNotTheEarliestEligibleSoALaterYearWithCleanPriorsIsTheFinding() {
        oldYearWithPenalty("2009-07-15", "1100.00");
        filed(2009);
        filed(2010);
        filed(2011);
        f.tx("R2012", 2012, "150", "2013-04-15", "2000.00");
        // unpaid: $2,040.00 owed, and still collectible: the FTP assessed 2016-06-13 has its CSED on 2026-06-13
        f.tx("T2012", 2012, "276", "2016-06-13", "40.00");
        assertThat(abatements()).extracting(Finding::taxYear, Finding::reference, Finding::difference)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2012, "FTP", new java.math.BigDecimal("40.00")));
    }

    @Test
    void anOldPaidYearStillBarsTheNextThreeYears() {
        oldYearWithPenalty("2009-07-15", "1100.00");
        f.tx("R2009", 2009, "150", "2010-04-15", "2000.00");
        // owed and still collectible (CSED 2026-06-13), but 2008's FTF was never abated
        f.tx("T2009", 2009, "276", "2016-06-13", "40.00");
        assertThat(abatements()).isEmpty();
    }
}
