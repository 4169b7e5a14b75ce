package io.taxrecon.core.engine;

import static io.taxrecon.core.engine.Fixture.STRANGER_TIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.income.Category;
import io.taxrecon.core.returns.ReturnLine;
import org.junit.jupiter.api.Test;

class IdentityTest {

    private final Fixture f = new Fixture();

    @Test
    void aPaymentOnAnotherTinIsAnIdentityMismatchByPaymentId() {
        f.payment("P1", STRANGER_TIN, 2024, "2025-04-15", "100.00");
        f.tx("T1", STRANGER_TIN, 2024, "670", "2025-04-15", "100.00");
        assertThat(f.findings()).extracting(Finding::type, Finding::reference)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FindingType.IDENTITY_MISMATCH, "P1"));
    }

    @Test
    void aReturnLineOnAnotherTinIsAnIdentityMismatchByFileAndLine() {
        ReturnLine line = f.line(STRANGER_TIN, 2024, Category.TOTAL_TAX, "100");
        Finding finding = f.findings(FindingType.IDENTITY_MISMATCH).get(0);
        assertThat(finding.reference()).isEqualTo("return_lines.csv:" + line.source().line());
        assertThat(finding.explanation()).doesNotContain(STRANGER_TIN.digits());
    }

    @Test
    void transcriptLinesOfAnotherTinAreNotAnIdentityMismatch() {
        f.tx("T1", STRANGER_TIN, 2024, "150", "2025-04-15", "100.00");
        assertThat(f.findings()).isEmpty();
    }
}
