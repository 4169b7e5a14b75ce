package io.taxrecon.core.accruals;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.core.engine.Fixture;
import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.notices.NoticeAssessment;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The penalty and interest a payment finding caused: in penalties.csv, the explanation and the bridge. */
class CausedByFindingsTest {

    private final Fixture f = new Fixture();

    /** 2024: 5,000.00 tax, 2,000.00 withheld; the client paid the 3,000.00 balance on the due date. */
    private void aBalancePaidOnTheDueDate() {
        f.tx("T1", 2024, "150", "2025-04-10", "5000.00");
        f.tx("T2", 2024, "806", "2025-04-15", "-2000.00");
        f.payment("P1", 2024, "2025-04-15", "3000.00");
    }

    @Test
    void aPaymentTheIrsMissedForFiveMonthsCausedItsFailureToPayAndInterest() {
        aBalancePaidOnTheDueDate(); // never credited
        ClientReconciliation r = f.run(Fixture.date("2025-09-15"));
        // On the IRS's credits: FTP months 04-15 .. 09-15, 6 x 0.5% x 3,000 = 90.00; interest on 3,000 from 04-16 to
        // 09-15, 153 days at 7%: 3,000 x ((1 + 0.07/365)^153 - 1) = 89.3229. With P1 credited on 04-15 the unpaid
        // tax is 0 from the due date: no FTP, no interest. Caused: 90.00 + 89.3229 = 179.3229 -> 179.32
        PenaltyFigures p = r.accruals().figures().get(0);
        assertThat(p.causedByFindings()).isEqualByComparingTo("179.32");
        assertThat(p.ftpComputed()).isEqualByComparingTo("90.00");
        assertThat(p.interestComputed()).isEqualByComparingTo("89.32");
        // owed today: balance 3,000.00 + 90.00 + 89.32 not yet assessed
        assertThat(p.owedToday()).isEqualByComparingTo("3179.32");
        assertThat(r.accruals().years().get(0).caused()).singleElement().satisfies(c -> {
            assertThat(c.paymentId()).isEqualTo("P1");
            assertThat(c.finding()).isEqualTo(FindingType.UNPOSTED_PAYMENT);
            assertThat(c.amount()).isEqualByComparingTo("179.32");
        });
        Finding unposted = r.findings().stream().filter(x -> x.type() == FindingType.UNPOSTED_PAYMENT).findFirst()
                .orElseThrow();
        assertThat(unposted.explanation()).endsWith(" By the run date the IRS has charged $179.32 of failure-to-pay"
                + " penalty and interest on this payment it had received on 2025-04-15: ask for it to be removed when"
                + " the credit is posted.");
    }

    @Test
    void theBridgeNetsOutTheChargesTheMissingCreditCausedAsFarAsTheIrsCharged() {
        aBalancePaidOnTheDueDate();
        f.tx("T3", 2024, "276", "2025-05-19", "15.00");
        f.tx("T4", 2024, "196", "2025-05-19", "20.00");
        f.notice("N1", "CP14", 2024, "2025-06-02", "3035.00", null);
        ClientReconciliation r = f.run(Fixture.date("2025-09-15"));
        // Caused to the notice date: FTP 04-15 and 05-15 = 30.00; interest 3,000 x ((1 + 0.07/365)^48 - 1) = 27.7413;
        // 57.74, but the claim holds 35.00 of charges (the assessed 15.00 + 20.00, and it equals the balance):
        // 3,035.00 - 3,000.00 (P1) - 35.00 = 0.00 supported.
        NoticeAssessment a = r.notices().get(0);
        assertThat(a.adjustments()).extracting(NoticeAssessment.Adjustment::amount)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("-3000.00"), new BigDecimal("-35.00"));
        assertThat(a.adjustments().get(1).label()).isEqualTo(
                "the IRS charged $35.00 of penalty and interest on a payment it had received on 2025-04-15");
        assertThat(a.adjustments().get(1).charges()).isTrue();
        assertThat(a.supported()).isEqualByComparingTo("0.00");
        // penalties.csv to the run date: assessed FTP 15.00 and interest 20.00 reduce what is not yet assessed:
        // balance 3,035.00 + (90.00 + 89.32 - 15.00 - 20.00 = 144.32) = 3,179.32
        PenaltyFigures p = r.accruals().figures().get(0);
        assertThat(p.ftpAssessed()).isEqualByComparingTo("15.00");
        assertThat(p.interestAssessed()).isEqualByComparingTo("20.00");
        assertThat(p.owedToday()).isEqualByComparingTo("3179.32");
        assertThat(p.causedByFindings()).isEqualByComparingTo("179.32");
    }

    @Test
    void aShortCreditCausedTheChargesOnItsShortfallOnly() {
        aBalancePaidOnTheDueDate();
        f.tx("T3", 2024, "670", "2025-04-15", "-2000.00"); // credited 2,000.00 of the 3,000.00
        ClientReconciliation r = f.run(Fixture.date("2025-09-15"));
        // shortfall 1,000.00: FTP 6 x 5.00 = 30.00; interest 1,000 x ((1 + 0.07/365)^153 - 1) = 29.7743; 59.77
        assertThat(r.accruals().figures().get(0).causedByFindings()).isEqualByComparingTo("59.77");
    }

    @Test
    void aPaymentPostedToAnotherYearIsCreditedBackOnItsOwnDate() {
        aBalancePaidOnTheDueDate();
        f.tx("T3", 2023, "150", "2024-04-10", "100.00");
        f.tx("T4", 2023, "670", "2025-04-15", "-3000.00"); // the 2024 payment, posted to 2023
        ClientReconciliation r = f.run(Fixture.date("2025-09-15"));
        assertThat(r.payments()).extracting(o -> o.status().name()).containsExactly("MISAPPLIED_YEAR");
        assertThat(r.accruals().figures()).extracting(PenaltyFigures::taxYear).containsExactly(2023, 2024);
        assertThat(r.accruals().figures().get(1).causedByFindings()).isEqualByComparingTo("179.32");
        assertThat(r.accruals().figures().get(0).causedByFindings()).isEqualByComparingTo("0.00");
    }

    @Test
    void everyClientTinYearWithAFiledReturnHasAPenaltiesRowAndNoOther() {
        f.tx("T1", 2024, "150", "2025-04-10", "100.00");
        f.tx("T2", Fixture.SPOUSE_TIN, 2023, "150", "2024-04-10", "50.00");
        f.tx("T3", 2022, "670", "2023-04-10", "-50.00"); // no return filed for 2022
        f.tx("T4", Fixture.STRANGER_TIN, 2024, "150", "2025-04-10", "70.00"); // not the client's
        ClientReconciliation r = f.run(Fixture.date("2025-09-15"));
        assertThat(r.accruals().figures()).extracting(PenaltyFigures::taxYear, PenaltyFigures::tinLast4)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2023, "3333"),
                        org.assertj.core.groups.Tuple.tuple(2024, "6789"));
    }
}
