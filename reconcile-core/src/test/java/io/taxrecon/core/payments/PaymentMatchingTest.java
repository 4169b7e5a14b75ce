package io.taxrecon.core.payments;

import static io.taxrecon.core.engine.Fixture.SPOUSE_TIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.core.engine.Fixture;
import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.transcripts.TranscriptTransaction;
import io.taxrecon.core.values.Tin;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PaymentMatchingTest {

    private final Fixture f = new Fixture();

    private PaymentOutcome.Status statusOf(ClientReconciliation r, String paymentId) {
        return r.payments().stream().filter(o -> o.payment().paymentId().equals(paymentId)).findFirst().orElseThrow().status();
    }

    @Test
    void aCreditPostedThirtyDaysLateIsStillAMatch() {
        f.payment("P1", 2024, "2025-04-15", "2500.00");
        f.tx("T1", 2024, "670", "2025-05-15", "-2500.00");
        ClientReconciliation r = f.run();
        assertThat(r.findings()).isEmpty();
        assertThat(statusOf(r, "P1")).isEqualTo(PaymentOutcome.Status.MATCHED);
    }

    @Test
    void aCreditDatedFiveDaysBeforeThePaymentIsStillAMatch() {
        f.payment("P1", 2024, "2025-04-15", "2500.00");
        f.tx("T1", 2024, "610", "2025-04-10", "2500.00");
        assertThat(f.findings()).isEmpty();
    }

    @Test
    void aCreditThirtyOneDaysLateLeavesThePaymentUnposted() {
        f.payment("P1", 2024, "2025-04-15", "2500.00");
        f.tx("T1", 2024, "670", "2025-05-16", "2500.00");
        assertThat(f.findings()).extracting(Finding::type).containsExactly(FindingType.UNPOSTED_PAYMENT);
    }

    @Test
    void creditsGivenWithANegativeSignMatchByMagnitude() {
        f.payment("P1", 2024, "2025-04-15", "1000.00");
        f.tx("T1", 2024, "660", "2025-04-16", "-1000");
        assertThat(f.findings()).isEmpty();
    }

    @Test
    void aPaymentPostedAsTwoCreditsIsASplitMatch() {
        f.payment("P1", 2024, "2025-04-15", "3000.00");
        f.tx("T1", 2024, "670", "2025-04-16", "1000.00");
        f.tx("T2", 2024, "670", "2025-04-20", "2000.00");
        ClientReconciliation r = f.run();
        assertThat(r.findings()).isEmpty();
        assertThat(statusOf(r, "P1")).isEqualTo(PaymentOutcome.Status.MATCHED_SPLIT);
        assertThat(r.payments().get(0).credits()).hasSize(2);
    }

    @Test
    void aPaymentPostedAsThreeCreditsIsASplitMatch() {
        f.payment("P1", 2024, "2025-04-15", "3000.00");
        f.tx("T1", 2024, "670", "2025-04-16", "1000.00");
        f.tx("T2", 2024, "670", "2025-04-20", "1500.00");
        f.tx("T3", 2024, "670", "2025-05-01", "500.00");
        ClientReconciliation r = f.run();
        assertThat(r.findings()).isEmpty();
        assertThat(statusOf(r, "P1")).isEqualTo(PaymentOutcome.Status.MATCHED_SPLIT);
        assertThat(r.payments().get(0).credits()).hasSize(3);
    }

    @Test
    void aPaymentWhoseWindowIsStillOpenIsPendingNotAFinding() {
        f.payment("P1", 2025, "2025-08-10", "800.00");
        ClientReconciliation r = f.run(LocalDate.of(2025, 9, 9)); // payment date + 30
        assertThat(r.findings()).isEmpty();
        assertThat(statusOf(r, "P1")).isEqualTo(PaymentOutcome.Status.PENDING);
        assertThat(f.run(LocalDate.of(2025, 9, 10)).findings())
                .extracting(Finding::type).containsExactly(FindingType.UNPOSTED_PAYMENT);
    }

    @Test
    void aPaymentWithNoCreditAnywhereIsUnposted() {
        Payment p = f.payment("P1", 2024, "2025-04-15", "2500.00");
        f.tx("T9", 2024, "150", "2025-04-15", "9000.00");
        Finding finding = f.findings().get(0);
        assertThat(f.findings()).hasSize(1);
        assertThat(finding.type()).isEqualTo(FindingType.UNPOSTED_PAYMENT);
        assertThat(finding.reference()).isEqualTo("P1");
        assertThat(finding.taxYear()).isEqualTo(2024);
        assertThat(finding.difference()).isEqualByComparingTo("2500.00");
        assertThat(finding.irsAmount()).isNull();
        assertThat(finding.clientAmount()).isEqualByComparingTo("2500.00");
        assertThat(finding.evidence()).containsExactly(p.source());
        assertThat(finding.explanation()).contains("$2,500.00 EFTPS payment on 2025-04-15", "confirmation 270P1",
                "no matching credit");
        assertThat(finding.recommendedAction()).contains("proof of payment", "EFTPS confirmation 270P1", "Form 843");
    }

    @Test
    void aCreditOnAnotherYearOfTheSameTinIsMisappliedYear() {
        Payment p = f.payment("P1", 2024, "2025-04-15", "2500.00");
        TranscriptTransaction t = f.tx("T1", 2023, "670", "2025-04-17", "2500.00");
        Finding finding = f.findings().get(0);
        assertThat(f.findings()).hasSize(1);
        assertThat(finding.type()).isEqualTo(FindingType.MISAPPLIED_PAYMENT_YEAR);
        assertThat(finding.reference()).isEqualTo("P1");
        assertThat(finding.difference()).isEqualByComparingTo("2500.00");
        assertThat(finding.irsAmount()).isEqualByComparingTo("2500.00");
        assertThat(finding.evidence()).containsExactlyInAnyOrder(p.source(), t.source());
        assertThat(finding.recommendedAction()).contains("from 2023 to 2024");
    }

    @Test
    void aCreditOnTheSpousesTinIsMisappliedTin() {
        f.payment("P1", 2024, "2025-04-15", "2500.00");
        f.tx("T1", SPOUSE_TIN, 2024, "670", "2025-04-17", "2500.00");
        Finding finding = f.findings().get(0);
        assertThat(finding.type()).isEqualTo(FindingType.MISAPPLIED_PAYMENT_TIN);
        assertThat(finding.difference()).isEqualByComparingTo("2500.00");
        assertThat(finding.explanation()).contains(SPOUSE_TIN.masked()).doesNotContain(SPOUSE_TIN.digits());
    }

    @Test
    void aCreditOnATransposedTinIsMisappliedTin() {
        Tin transposed = Tin.of("213456789");
        f.payment("P1", 2024, "2025-04-15", "2500.00");
        f.tx("T1", transposed, 2024, "670", "2025-04-17", "2500.00");
        assertThat(f.findings()).extracting(Finding::type, Finding::reference)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FindingType.MISAPPLIED_PAYMENT_TIN, "P1"));
    }

    @Test
    void aCreditOnATransposedTinSaysWhichDigitsSwappedSinceBothMaskAlike() {
        Tin transposed = Tin.of("132456789"); // masks to ***-**-6789 like the client's own
        f.payment("P1", 2024, "2025-04-15", "2500.00");
        f.tx("T1", transposed, 2024, "670", "2025-04-17", "2500.00");
        Finding finding = f.findings().get(0);
        assertThat(finding.explanation()).isEqualTo("Your records show a $2,500.00 EFTPS payment on 2025-04-15"
                + " (confirmation 270P1) for 2024; the IRS posted a matching $2,500.00 credit (TC 670, 2025-04-17) to TIN"
                + " ***-**-6789 (the client's TIN with the 2nd and 3rd digits swapped) instead of ***-**-6789.");
        assertThat(finding.recommendedAction()).contains("from TIN ***-**-6789 (the client's TIN with the 2nd and 3rd"
                + " digits swapped) to ***-**-6789").doesNotContain("132456789");
        assertThat(f.run().payments().get(0).note()).isEqualTo("Credited to TIN ***-**-6789 (the client's TIN with the"
                + " 2nd and 3rd digits swapped) instead of ***-**-6789 (TC 670, 2025-04-17).");
    }

    @Test
    void aCreditOfAnotherAmountIsAnAmountMismatchByTheAbsoluteDifference() {
        f.payment("P1", 2024, "2025-04-15", "2500.00");
        f.tx("T1", 2024, "670", "2025-04-17", "2000.00");
        Finding finding = f.findings().get(0);
        assertThat(finding.type()).isEqualTo(FindingType.PAYMENT_AMOUNT_MISMATCH);
        assertThat(finding.difference()).isEqualByComparingTo("500.00");
        assertThat(finding.irsAmount()).isEqualByComparingTo("2000.00");
        assertThat(finding.clientAmount()).isEqualByComparingTo("2500.00");
    }

    @Test
    void aReversalOfTheMatchedCreditIsADishonoredPayment() {
        f.payment("P1", 2024, "2025-04-15", "2500.00");
        TranscriptTransaction credit = f.tx("T1", 2024, "670", "2025-04-17", "2500.00");
        TranscriptTransaction reversal = f.tx("T2", 2024, "671", "2025-05-01", "2500.00");
        Finding finding = f.findings().get(0);
        assertThat(f.findings()).hasSize(1);
        assertThat(finding.type()).isEqualTo(FindingType.DISHONORED_PAYMENT);
        assertThat(finding.difference()).isEqualByComparingTo("2500.00");
        assertThat(finding.evidence()).contains(credit.source(), reversal.source());
    }

    @Test
    void aReversalMoreThan180DaysAfterTheCreditIsNotADishonour() {
        f.payment("P1", 2024, "2025-01-15", "2500.00");
        f.tx("T1", 2024, "670", "2025-01-17", "2500.00");
        f.tx("T2", 2024, "671", "2025-07-17", "2500.00"); // 181 days
        assertThat(f.findings()).isEmpty();
    }

    @Test
    void aSecondCreditOfTheSameAmountIsADuplicatePosting() {
        f.payment("P1", 2024, "2025-04-15", "2500.00");
        f.tx("T1", 2024, "670", "2025-04-17", "2500.00");
        TranscriptTransaction dup = f.tx("T2", 2024, "670", "2025-04-20", "2500.00");
        Finding finding = f.findings().get(0);
        assertThat(f.findings()).hasSize(1);
        assertThat(finding.type()).isEqualTo(FindingType.DUPLICATE_POSTING);
        assertThat(finding.difference()).isEqualByComparingTo("2500.00");
        assertThat(finding.evidence()).contains(dup.source());
    }

    @Test
    void theClosestCreditWinsAndEachCreditIsUsedOnce() {
        f.payment("P1", 2024, "2025-04-15", "1000.00");
        f.payment("P2", 2024, "2025-04-20", "1000.00");
        f.tx("T1", 2024, "670", "2025-04-21", "1000.00");
        f.tx("T2", 2024, "670", "2025-04-15", "1000.00");
        ClientReconciliation r = f.run();
        assertThat(r.findings()).isEmpty();
        assertThat(r.payments().get(0).credits().get(0).transactionId()).isEqualTo("T2");
        assertThat(r.payments().get(1).credits().get(0).transactionId()).isEqualTo("T1");
    }

    @Test
    void withholdingAndTransfersAreNotClientPayments() {
        f.payment("P1", 2024, "2025-04-15", "1000.00");
        f.tx("T1", 2024, "806", "2025-04-15", "1000.00");
        f.tx("T2", 2024, "716", "2025-04-15", "1000.00");
        assertThat(f.findings()).extracting(Finding::type).containsExactly(FindingType.UNPOSTED_PAYMENT);
    }

    @Test
    void aCorrectionOfTheMatchedCreditMovesThePaymentAndIsNoDishonour() {
        f.payment("P1", 2024, "2025-04-15", "2500.00");
        f.tx("T1", 2024, "660", "2025-04-17", "2500.00");
        f.tx("T2", 2024, "662", "2025-05-01", "2500.00"); // TC 662: the 660 moved to another module
        ClientReconciliation r = f.run();
        assertThat(r.findings()).isEmpty();
        assertThat(statusOf(r, "P1")).isEqualTo(PaymentOutcome.Status.MATCHED);
    }

    @ParameterizedTest(name = "TC {0}")
    @ValueSource(strings = {"612", "642", "652", "662", "672"})
    void noPaymentCorrectionIsReadAsADishonour(String code) {
        f.payment("P1", 2024, "2025-04-15", "2500.00");
        f.tx("T1", 2024, "670", "2025-04-17", "2500.00");
        f.tx("T2", 2024, code, "2025-05-01", "2500.00");
        assertThat(f.findings()).isEmpty();
    }
}
