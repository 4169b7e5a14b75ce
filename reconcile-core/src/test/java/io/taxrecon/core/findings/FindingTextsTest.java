package io.taxrecon.core.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the texts write an amount. */
class FindingTextsTest {

    @ParameterizedTest
    @CsvSource({"1234567.891,'$1,234,567.89'", "-0.5,-$0.50", "999.995,'$1,000.00'", "12,$12.00",
        "-1000,'-$1,000.00'", "0.004,$0.00", "100,$100.00"})
    void moneyIsWrittenWithDollarsThousandsAndCentsRoundedHalfUp(String amount, String text) {
        assertThat(FindingTexts.money(new BigDecimal(amount))).isEqualTo(text);
    }
}
