package io.taxrecon.core.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TinParseTest {

    @ParameterizedTest(name = "\"{0}\" is TIN {1}")
    @CsvSource(delimiter = ';', value = {
            "123-45-6789;123456789",
            "123456789;123456789",
            "12-3456789;123456789",
            "123 45 6789;123456789",
            "'  123-45-6789 ';123456789",
            "012-34-5678;012345678",
    })
    void readsSsnAndEinLayoutsAsNineDigits(String text, String digits) {
        assertThat(Tin.parse(text, false).digits()).isEqualTo(digits);
    }

    @Test
    void eightDigitsOfTextAreRejectedBecauseWhichDigitIsMissingIsUnknown() {
        assertThatThrownBy(() -> Tin.parse("12345678", false))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("a TIN has 9 digits; this one has 8: a digit is missing");
    }

    @Test
    void eightDigitsInAnExcelNumberAreLeftPaddedBecauseExcelDropsLeadingZeros() {
        assertThat(Tin.parse("12345678", true).digits()).isEqualTo("012345678");
        assertThat(Tin.parse("1234567", true).digits()).isEqualTo("001234567");
    }

    @Test
    void anExcelNumberWithATrailingPointZeroIsWhole() {
        assertThat(Tin.parse("123456789.0", true).digits()).isEqualTo("123456789");
        assertThat(Tin.parse("12345678.0", true).digits()).isEqualTo("012345678");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1234567|a TIN has 9 digits; this one has 7: digits are missing",
            "1234567890|a TIN has 9 digits; this one has 10: there are extra digits",
            "12-345-67890|a TIN has 9 digits; this one has 10: there are extra digits",
    })
    void rejectsTextWithTheWrongNumberOfDigits(String text, String reason) {
        assertThatThrownBy(() -> Tin.parse(text, false)).hasMessage(reason);
    }

    @Test
    void rejectsAnExcelNumberWithTooManyDigits() {
        assertThatThrownBy(() -> Tin.parse("1234567890", true))
                .hasMessage("a TIN has 9 digits; this one has 10: there are extra digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678A", "N/A", "123.45.6789", "SSN 123456789"})
    void rejectsLettersAndOtherMarks(String text) {
        assertThatThrownBy(() -> Tin.parse(text, false)).hasMessage("not a TIN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789.5", "-123456789"})
    void rejectsAnExcelNumberThatIsNotAWholePositiveNumber(String text) {
        assertThatThrownBy(() -> Tin.parse(text, true)).hasMessage("not a TIN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000-00-0000", "000000000", " 000000000 "})
    void rejectsAllZerosAsAPlaceholder(String text) {
        assertThatThrownBy(() -> Tin.parse(text, false)).hasMessage("not a TIN: all digits are zero");
    }

    @Test
    void readsNineDigitsWrittenPlainlyAsTheyStand() {
        assertThat(Tin.parse("012345678", false).digits()).isEqualTo("012345678");
        assertThat(Tin.parse("\u00A0987654321 ", false).digits()).isEqualTo("987654321");
    }

    @Test
    void digitsOfAnotherScriptAreNoTin() {
        assertThatThrownBy(() -> Tin.parse("\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669", false))
                .hasMessage("not a TIN");
    }

    @Test
    void blankIsAMissingValue() {
        assertThatThrownBy(() -> Tin.parse("", false)).hasMessage("missing value");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "1234567890", "12345678A", "987654321.0"})
    void noReasonEverQuotesTheDigits(String text) {
        assertThatThrownBy(() -> Tin.parse(text, false))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("1234").doesNotContain("4321"));
    }

    @Test
    void reasonsNeverQuoteTheValueEvenForValidLookingTinsRejected() {
        assertThatThrownBy(() -> Tin.parse("123-45-6789X", false))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("6789"));
    }

    @ParameterizedTest(name = "\"{0}\" is shown as \"{1}\"")
    @CsvSource(delimiter = ';', value = {
            "123-45-6789;*****6789",
            "12345678;*****5678",
            "12-3456789;*****6789",
            "1234567890;*****7890",
            "N/A;N/A",
            "12;12",
    })
    void masksAWrittenTinToItsLastFourDigits(String written, String shown) {
        assertThat(Tin.maskAsWritten(written)).isEqualTo(shown);
    }

    @Test
    void aParsedTinPrintsMasked() {
        assertThat(Tin.parse("123-45-6789", false).toString()).isEqualTo("***-**-6789").doesNotContain("12345");
    }

    @ParameterizedTest(name = "{1} swaps position {2} of 123456789")
    @CsvSource({"123456789, 213456789, 1", "123456789, 132456789, 2", "123456789, 123456798, 8",
            "123456789, 123456789, 0", "123456789, 321456789, 0", "123456789, 124356798, 0"})
    void aTranspositionSaysWhichAdjacentPositionsSwapped(String tin, String other, int position) {
        assertThat(Tin.of(tin).transposedPosition(Tin.of(other))).isEqualTo(position);
    }
}
