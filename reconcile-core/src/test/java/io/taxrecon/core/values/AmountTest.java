package io.taxrecon.core.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountTest {

    @ParameterizedTest(name = "\"{0}\" reads as {1}")
    @CsvSource(delimiter = ';', value = {
            "1234.56;1234.56",
            "1,234.56;1234.56",
            "$1,234.56;1234.56",
            "$ 1,234.56;1234.56",
            "-1234.56;-1234.56",
            "(1,234.56);-1234.56",
            "($1,234.56);-1234.56",
            "-$1,234.56;-1234.56",
            "$-1,234.56;-1234.56",
            "'  1234.56  ';1234.56",
            "+12;12.00",
            "1234;1234.00",
            "1234.5;1234.50",
            ".5;0.50",
            "1,000,000;1000000.00",
            "12.3400;12.34",
            "0;0.00",
            "\u22125.00;-5.00",
    })
    void readsTheWaysAccountantsWriteAmounts(String text, String expected) {
        assertThat(Amount.parse(text, false)).isEqualTo(new BigDecimal(expected));
    }

    @Test
    void alwaysHasScaleTwoSoThatEqualAmountsAreEqual() {
        assertThat(Amount.parse("7", false).scale()).isEqualTo(2);
        assertThat(Amount.parse("7", false)).isEqualTo(Amount.parse("$7.00", false));
    }

    @ParameterizedTest(name = "\"{0}\" is not an amount")
    @ValueSource(strings = {"abc", "1.2.3", "1,23,4", "12,34", "$", "()", "(-5)", "--5", "1 234", "12a", "1e5", "$$5"})
    void rejectsTextThatIsNoAmount(String text) {
        assertThatThrownBy(() -> Amount.parse(text, false))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("not an amount");
    }

    @Test
    void rejectsFractionsOfACentRatherThanRoundingThem() {
        assertThatThrownBy(() -> Amount.parse("1234.567", false))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("not an amount: more than two decimals");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blankIsAMissingValue(String text) {
        assertThatThrownBy(() -> Amount.parse(text, false)).hasMessage("missing value");
    }

    @Test
    void anExcelNumberLosesItsFloatingPointNoise() {
        assertThat(Amount.parse("1234.5600000000002", true)).isEqualTo(new BigDecimal("1234.56"));
        assertThat(Amount.parse("0.30000000000000004", true)).isEqualTo(new BigDecimal("0.30"));
    }

    @Test
    void anExcelNumberWithRealFractionsOfACentIsRejected() {
        assertThatThrownBy(() -> Amount.parse("12.345", true)).hasMessage("not an amount: more than two decimals");
    }

    @Test
    void anExcelNumberReadsAsAPlainDecimal() {
        assertThat(Amount.parse("-1234.5", true)).isEqualTo(new BigDecimal("-1234.50"));
    }

    @Test
    void anAmountTooLargeForAnyTaxFigureIsRejectedNotOverflowed() {
        assertThat(Amount.parse("9,999,999,999,999.99", false)).isEqualByComparingTo("9999999999999.99");
        assertThatThrownBy(() -> Amount.parse("10000000000000", false)).hasMessage(Amount.TOO_LARGE);
        assertThatThrownBy(() -> Amount.parse("1E+13", true)).hasMessage(Amount.TOO_LARGE);
    }

    @Test
    void everyAmountWrittenWithSeparatorsAndDollarSignReadsBackExactly() {
        // 1,000 amounts from a fixed seed: the same cases every run, so a failure can be replayed
        SplittableRandom random = new SplittableRandom(20261123);
        DecimalFormat format = new DecimalFormat("$#,##0.00;($#,##0.00)");
        format.setParseBigDecimal(true);
        for (int i = 0; i < 1000; i++) {
            BigDecimal amount = BigDecimal.valueOf(random.nextLong(-10_000_000_000L, 10_000_000_001L), 2);
            assertThat(Amount.parse(format.format(amount), false)).as(format.format(amount)).isEqualByComparingTo(amount);
        }
    }
}
