package io.taxrecon.core.income;

import static io.taxrecon.core.engine.Fixture.CLIENT_TIN;
import static io.taxrecon.core.engine.Fixture.SPOUSE_TIN;
import static io.taxrecon.core.engine.Fixture.STRANGER_TIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.core.engine.Fixture;
import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.returns.ReturnLine;
import org.junit.jupiter.api.Test;

class IncomeReconciliationTest {

    private final Fixture f = new Fixture();

    @Test
    void wagesAgreeingWithinOneDollarOfRoundingAreNoFinding() {
        f.box("D1", CLIENT_TIN, 2024, FormType.W2, "111111111", "1", "50000.60");
        f.line(2024, Category.WAGES, "50000");
        assertThat(f.findings()).isEmpty();
    }

    @Test
    void aCorrectedFormSupersedesTheOriginal() {
        f.box("D1", CLIENT_TIN, 2024, FormType.F1099_INT, "222222222", "1", "900.00");
        f.box("D2", CLIENT_TIN, 2024, FormType.F1099_INT, "222222222", "1", "400.00", true, InformationReturn.Origin.IRS);
        f.line(2024, Category.TAXABLE_INTEREST, "400");
        ClientReconciliation r = f.run();
        assertThat(r.findings()).isEmpty();
        CategoryComparison c = r.income().get(0);
        assertThat(c.irsTotal()).isEqualByComparingTo("400.00");
        assertThat(c.documents()).extracting(IncomeDocument::documentId, IncomeDocument::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("D1", IncomeDocument.Status.SUPERSEDED),
                org.assertj.core.groups.Tuple.tuple("D2", IncomeDocument.Status.COUNTED));
    }

    @Test
    void theSpousesW2CountsTowardTheJointReturn() {
        f.box("D1", CLIENT_TIN, 2024, FormType.W2, "111111111", "1", "50000.00");
        f.box("D2", SPOUSE_TIN, 2024, FormType.W2, "333333333", "1", "30000.00");
        f.line(2024, Category.WAGES, "80000");
        assertThat(f.findings()).isEmpty();
    }

    @Test
    void aGapThatAnotherLinesExcessExplainsIsReportedElsewhere() {
        f.box("D1", CLIENT_TIN, 2024, FormType.F1099_MISC, "444444444", "3", "5000.00");
        f.line(2024, Category.WAGES, "0");
        f.line(2024, Category.BUSINESS_GROSS_RECEIPTS, "5000");
        ClientReconciliation r = f.run();
        assertThat(r.findings()).isEmpty();
        assertThat(r.income()).extracting(CategoryComparison::reference)
                .containsExactly(Category.OTHER_INCOME, Category.BUSINESS_GROSS_RECEIPTS);
        assertThat(r.income()).allSatisfy(c -> assertThat(c.note()).contains("reported elsewhere"));
    }

    @Test
    void overReportingIsANoteNeverAFinding() {
        f.box("D1", CLIENT_TIN, 2024, FormType.W2, "111111111", "1", "50000.00");
        f.line(2024, Category.WAGES, "52000");
        ClientReconciliation r = f.run();
        assertThat(r.findings()).isEmpty();
        assertThat(r.income().get(0).note()).contains("$2,000.00");
    }

    @Test
    void incomeAbsentFromTheReturnIsUnreportedAndNamesTheDocument() {
        InformationReturn w2 = f.box("D1", CLIENT_TIN, 2024, FormType.W2, "111111111", "1", "50000.00");
        InformationReturn interest = f.box("D2", CLIENT_TIN, 2024, FormType.F1099_INT, "222222222", "1", "1200.00");
        f.line(2024, Category.WAGES, "50000");
        Finding finding = f.findings().get(0);
        assertThat(f.findings()).hasSize(1);
        assertThat(finding.type()).isEqualTo(FindingType.UNREPORTED_INCOME);
        assertThat(finding.reference()).isEqualTo("TAXABLE_INTEREST");
        assertThat(finding.difference()).isEqualByComparingTo("1200.00");
        assertThat(finding.irsAmount()).isEqualByComparingTo("1200.00");
        assertThat(finding.clientAmount()).isEqualByComparingTo("0");
        assertThat(finding.evidence()).containsExactly(interest.source());
        assertThat(finding.explanation()).contains("probably left off the return");
        assertThat(w2).isNotNull();
    }

    @Test
    void businessReceiptsComparedTogetherShowAMismatchUnderBusinessGrossReceipts() {
        f.box("D1", CLIENT_TIN, 2024, FormType.F1099_NEC, "444444444", "1", "6000.00");
        f.box("D2", CLIENT_TIN, 2024, FormType.F1099_K, "555555555", "1a", "4000.00");
        ReturnLine line = f.line(2024, Category.BUSINESS_GROSS_RECEIPTS, "6000");
        Finding finding = f.findings().get(0);
        assertThat(f.findings()).hasSize(1);
        assertThat(finding.type()).isEqualTo(FindingType.INCOME_AMOUNT_MISMATCH);
        assertThat(finding.reference()).isEqualTo("BUSINESS_GROSS_RECEIPTS");
        assertThat(finding.difference()).isEqualByComparingTo("4000.00");
        assertThat(finding.evidence()).hasSize(3).contains(line.source());
        assertThat(finding.explanation()).contains("1099-K D2");
    }

    @Test
    void anExactRepeatIsADuplicateInformationReturnAndCountedOnce() {
        f.box("D1", CLIENT_TIN, 2024, FormType.W2, "111111111", "1", "50000.00");
        f.box("D1", CLIENT_TIN, 2024, FormType.W2, "111111111", "2", "5000.00");
        f.box("D10", CLIENT_TIN, 2024, FormType.W2, "111111111", "1", "50000");
        f.box("D10", CLIENT_TIN, 2024, FormType.W2, "111111111", "2", "5000");
        f.line(2024, Category.WAGES, "50000");
        f.line(2024, Category.FEDERAL_WITHHOLDING, "5000");
        Finding finding = f.findings().get(0);
        assertThat(f.findings()).hasSize(1);
        assertThat(finding.type()).isEqualTo(FindingType.DUPLICATE_INFORMATION_RETURN);
        assertThat(finding.reference()).isEqualTo("D10");
        assertThat(finding.difference()).isNull();
        assertThat(finding.evidence()).hasSize(4);
    }

    @Test
    void withholdingThatDisagreesWithTheTranscriptIsFlaggedByLargestMinusSmallest() {
        f.box("D1", CLIENT_TIN, 2024, FormType.W2, "111111111", "1", "50000.00");
        f.box("D1", CLIENT_TIN, 2024, FormType.W2, "111111111", "2", "6000.00");
        f.line(2024, Category.WAGES, "50000");
        f.line(2024, Category.FEDERAL_WITHHOLDING, "6000");
        f.tx("T1", 2024, "806", "2025-04-15", "-6000.00");
        f.tx("T2", 2024, "807", "2025-05-15", "1500.00");
        Finding finding = f.findings().get(0);
        assertThat(f.findings()).hasSize(1);
        assertThat(finding.type()).isEqualTo(FindingType.WITHHOLDING_MISMATCH);
        assertThat(finding.reference()).isEqualTo("FEDERAL_WITHHOLDING");
        assertThat(finding.difference()).isEqualByComparingTo("1500.00");
        assertThat(finding.evidence()).hasSize(4);
    }

    @Test
    void aDocumentForSomeoneElsesTinIsAnIdentityMismatchAndNotSummed() {
        f.box("D7", STRANGER_TIN, 2024, FormType.W2, "111111111", "1", "50000.00");
        f.line(2024, Category.WAGES, "0");
        Finding finding = f.findings().get(0);
        assertThat(f.findings()).hasSize(1);
        assertThat(finding.type()).isEqualTo(FindingType.IDENTITY_MISMATCH);
        assertThat(finding.reference()).isEqualTo("D7");
        assertThat(finding.explanation()).doesNotContain(STRANGER_TIN.digits(), CLIENT_TIN.digits());
    }

    @Test
    void clientCopiesAreEvidenceNotIrsIncome() {
        f.box("D1", CLIENT_TIN, 2024, FormType.W2, "111111111", "1", "50000.00", false, InformationReturn.Origin.CLIENT);
        f.line(2024, Category.WAGES, "0");
        assertThat(f.findings()).isEmpty();
    }

    @Test
    void aYearWithoutReturnLinesIsNotCompared() {
        f.box("D1", CLIENT_TIN, 2024, FormType.W2, "111111111", "1", "50000.00");
        assertThat(f.findings()).isEmpty();
    }

    @Test
    void anOpenCp2000ShapesTheIncomeStepButOneAlreadyFollowedByABillDoesNot() {
        wagesReturnLeavesOff2000();
        f.notice("N1", "CP2000", 2024, "2025-08-20", "440.00", null);
        assertThat(f.findings(FindingType.INCOME_AMOUNT_MISMATCH).get(0).recommendedAction())
                .startsWith("Respond to the CP2000 by 2025-09-19:");
        f.notice("N2", "CP22A", 2024, "2025-08-27", "440.00", null);
        Finding gap = f.findings(FindingType.INCOME_AMOUNT_MISMATCH).get(0);
        assertThat(gap.recommendedAction()).doesNotContain("Respond to the CP2000").startsWith("If the income is the client's");
        assertThat(gap.noticeId()).isEqualTo("N2");
    }

    @Test
    void aCp2000PastItsResponseDateIsStillAnsweredAndTheStepSaysTheDateHasPassed() {
        wagesReturnLeavesOff2000();
        f.notice("N1", "CP2000", 2024, "2025-07-01", "440.00", null);
        assertThat(f.findings(FindingType.INCOME_AMOUNT_MISMATCH).get(0).recommendedAction())
                .startsWith("Respond to the CP2000 by 2025-07-31 (already passed):");
    }

    /** A W-2 of $52,000 for 2024 on a return that reports $50,000 of wages. */
    private void wagesReturnLeavesOff2000() {
        f.box("D1", CLIENT_TIN, 2024, FormType.W2, "111111111", "1", "52000.00");
        f.line(2024, Category.WAGES, "50000");
    }
}
