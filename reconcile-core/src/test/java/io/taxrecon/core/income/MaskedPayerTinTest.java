package io.taxrecon.core.income;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.core.engine.Fixture;
import io.taxrecon.core.findings.FindingType;
import org.junit.jupiter.api.Test;

/** A Wage and Income Transcript masks payer EINs (XXXXX1234): last four digits and payer name tell payers apart. */
class MaskedPayerTinTest {

    private final Fixture f = new Fixture();

    @Test
    void aCorrectedFormSupersedesTheOriginalOfTheSameMaskedPayer() {
        f.transcriptBox("T1", 2024, FormType.F1099_NEC, "SMIT", "5555", "1", "9000.00", false);
        f.transcriptBox("T2", 2024, FormType.F1099_NEC, "SMIT", "5555", "1", "7500.00", true);
        f.line(2024, Category.BUSINESS_GROSS_RECEIPTS, "7500");
        ClientReconciliation r = f.run();
        assertThat(r.findings()).isEmpty();
        assertThat(r.income().get(0).documents()).extracting(IncomeDocument::documentId, IncomeDocument::status)
                .containsExactly(tuple("T1", IncomeDocument.Status.SUPERSEDED), tuple("T2", IncomeDocument.Status.COUNTED));
    }

    @Test
    void twoPayersSharingTheLastFourDigitsAreTwoPayers() {
        f.transcriptBox("T1", 2024, FormType.F1099_NEC, "SMIT", "5555", "1", "9000.00", false);
        f.transcriptBox("T2", 2024, FormType.F1099_NEC, "JONE", "5555", "1", "7500.00", true);
        f.line(2024, Category.BUSINESS_GROSS_RECEIPTS, "16500");
        ClientReconciliation r = f.run();
        assertThat(r.findings()).isEmpty();
        assertThat(r.income().get(0).documents()).extracting(IncomeDocument::status)
                .containsOnly(IncomeDocument.Status.COUNTED);
    }

    @Test
    void theSameFormListedTwiceByTheIrsIsADuplicate() {
        f.transcriptBox("T1", 2024, FormType.W2, "ACME", "4321", "1", "52310.00", false);
        f.transcriptBox("T2", 2024, FormType.W2, "ACME", "4321", "1", "52310.00", false);
        f.line(2024, Category.WAGES, "52310");
        assertThat(f.findings()).extracting(fi -> fi.type(), fi -> fi.reference())
                .containsExactly(tuple(FindingType.DUPLICATE_INFORMATION_RETURN, "T2"));
    }
}
