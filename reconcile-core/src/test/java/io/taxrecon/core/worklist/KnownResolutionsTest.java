package io.taxrecon.core.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.core.engine.Fixture;
import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.income.Category;
import io.taxrecon.core.income.FormType;
import io.taxrecon.core.income.InformationReturn;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Why last night's findings are gone, as tonight's reconciliation of the client shows it. */
class KnownResolutionsTest {

    private static final LocalDate LAST_NIGHT = Fixture.RUN_DATE.minusDays(1);

    private final Fixture f = new Fixture();

    private Optional<String> reasonFor(FindingType type, int year, String reference) {
        KnownResolutions hints = KnownResolutions.from(f.run());
        return hints.reasonFor(new PriorFinding(new FindingKey("C1", year, type.name(), reference), LAST_NIGHT,
                null, null, null, null, null));
    }

    @Test
    void aPaymentThatNowMatchesWasCreditedOnTheDateOfItsCredit() {
        f.payment("P1", 2024, "2025-04-15", "1000.00");
        f.tx("T1", 2024, "670", "2025-04-20", "-1000.00");
        assertThat(reasonFor(FindingType.UNPOSTED_PAYMENT, 2024, "P1")).contains("the IRS credited the payment on 2025-04-20");
        assertThat(reasonFor(FindingType.PAYMENT_AMOUNT_MISMATCH, 2024, "P1"))
                .contains("the IRS credited the payment on 2025-04-20");
        assertThat(reasonFor(FindingType.DUPLICATE_POSTING, 2024, "P1")).isEmpty();
        assertThat(reasonFor(FindingType.UNPOSTED_PAYMENT, 2023, "P1")).isEmpty();
    }

    @Test
    void aSplitPaymentIsCreditedWhenItsLastPartPosts() {
        f.payment("P1", 2024, "2025-04-15", "1000.00");
        f.tx("T1", 2024, "670", "2025-04-18", "-600.00");
        f.tx("T2", 2024, "670", "2025-04-25", "-400.00");
        assertThat(reasonFor(FindingType.UNPOSTED_PAYMENT, 2024, "P1")).contains("the IRS credited the payment on 2025-04-25");
    }

    @Test
    void anUnpostedPaymentNowPostedToAnotherYearSaysSo() {
        f.payment("P1", 2024, "2025-04-15", "1000.00");
        f.tx("T1", 2023, "670", "2025-04-20", "-1000.00");
        assertThat(reasonFor(FindingType.UNPOSTED_PAYMENT, 2024, "P1"))
                .contains("the IRS posted a credit for it on 2025-04-20, to another tax year");
        assertThat(reasonFor(FindingType.MISAPPLIED_PAYMENT_YEAR, 2024, "P1")).isEmpty();
    }

    @Test
    void aPaymentStillUnpostedExplainsNothing() {
        f.payment("P1", 2024, "2025-04-15", "1000.00");
        assertThat(reasonFor(FindingType.UNPOSTED_PAYMENT, 2024, "P1")).isEmpty();
    }

    @Test
    void aNoticeFollowedByALaterBillWasSupersededByIt() {
        f.tx("T0", 2023, "150", "2024-04-15", "5000.00");
        f.notice("N1", "CP14", 2023, "2024-05-20", "5000.00", null);
        f.notice("N2", "CP501", 2023, "2024-06-24", "5000.00", null);
        assertThat(reasonFor(FindingType.RESPONSE_DEADLINE, 2023, "N1"))
                .contains("a later notice superseded it (CP501 N2 of 2024-06-24)");
        assertThat(reasonFor(FindingType.NOTICE_BALANCE_MISMATCH, 2023, "N1"))
                .contains("a later notice superseded it (CP501 N2 of 2024-06-24)");
        assertThat(reasonFor(FindingType.RESPONSE_DEADLINE, 2023, "N2")).isEmpty();
    }

    @Test
    void aBillPaidOffSinceWasPaidOnTheDateOfTheLastCredit() {
        f.tx("T0", 2023, "150", "2024-04-15", "1200.00");
        f.notice("N1", "CP14", 2023, "2024-05-20", "1200.00", null);
        f.tx("T1", 2023, "670", "2024-06-15", "-700.00");
        f.tx("T2", 2023, "670", "2024-07-15", "-500.00");
        assertThat(reasonFor(FindingType.RESPONSE_DEADLINE, 2023, "N1"))
                .contains("the notice's balance was paid on 2024-07-15");
    }

    @Test
    void aCategoryThatNowAgreesThroughACorrectedFormHadThatFormArrive() {
        f.box("D1", Fixture.CLIENT_TIN, 2024, FormType.F1099_NEC, "041234567", "1", "5000.00");
        f.box("D2", Fixture.CLIENT_TIN, 2024, FormType.F1099_NEC, "041234567", "1", "3000.00", true,
                InformationReturn.Origin.IRS);
        f.line(2024, Category.BUSINESS_GROSS_RECEIPTS, "3000.00");
        assertThat(reasonFor(FindingType.INCOME_AMOUNT_MISMATCH, 2024, "BUSINESS_GROSS_RECEIPTS"))
                .contains("a corrected 1099-NEC arrived");
        assertThat(reasonFor(FindingType.UNREPORTED_INCOME, 2024, "BUSINESS_GROSS_RECEIPTS"))
                .contains("a corrected 1099-NEC arrived");
    }

    @Test
    void aCategoryThatAgreesWithoutACorrectedFormExplainsNothing() {
        f.box("D1", Fixture.CLIENT_TIN, 2024, FormType.W2, "041234567", "1", "5000.00");
        f.line(2024, Category.WAGES, "5000.00");
        assertThat(reasonFor(FindingType.INCOME_AMOUNT_MISMATCH, 2024, "WAGES")).isEmpty();
    }

    @Test
    void aCorrectedFormThatLeavesAGapExplainsNothing() {
        f.box("D1", Fixture.CLIENT_TIN, 2024, FormType.W2, "041234567", "1", "5000.00");
        f.box("D2", Fixture.CLIENT_TIN, 2024, FormType.W2, "041234567", "1", "6000.00", true,
                InformationReturn.Origin.IRS);
        f.line(2024, Category.WAGES, "5000.00");
        assertThat(reasonFor(FindingType.INCOME_AMOUNT_MISMATCH, 2024, "WAGES")).isEmpty();
    }

    @Test
    void theFactsOfSeveralReconciliationsAddUp() {
        f.payment("P1", 2024, "2025-04-15", "1000.00");
        f.tx("T1", 2024, "670", "2025-04-20", "-1000.00");
        Fixture other = new Fixture();
        other.payment("P2", 2024, "2025-05-01", "300.00");
        other.tx("T2", 2024, "610", "2025-05-03", "-300.00");
        KnownResolutions hints = KnownResolutions.from(f.run()).add(other.run());
        assertThat(hints.reasonFor(prior("P1"))).contains("the IRS credited the payment on 2025-04-20");
        assertThat(hints.reasonFor(prior("P2"))).contains("the IRS credited the payment on 2025-05-03");
    }

    private static PriorFinding prior(String paymentId) {
        return new PriorFinding(new FindingKey("C1", 2024, "UNPOSTED_PAYMENT", paymentId), LAST_NIGHT, null, null, null,
                null, null);
    }
}
