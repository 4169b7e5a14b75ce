package io.taxrecon.core.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SmallValuesTest {

    @Nested
    class NoticeCodes {

        @ParameterizedTest(name = "\"{0}\" is {1}")
        @CsvSource({
                "CP14, CP14", "cp 14, CP14", "CP-14, CP14", "cp14, CP14", "CP2000, CP2000",
                "CP22A, CP22A", "cp 22a, CP22A", "CP-504, CP504",
                "LT11, LT11", "LT 11, LT11", "lt-11, LT11",
                "Letter 1058, LTR1058", "LTR1058, LTR1058", "LTR 1058, LTR1058", "L1058, LTR1058",
                "Ltr. 1058, LTR1058", "letter-3172, LTR3172", "Letter 3172, LTR3172", "Notice CP14, CP14",
                "Letter 5071C, LTR5071C", "LTR 5071C, LTR5071C", "5071C, LTR5071C", "4883C, LTR4883C",
                "ltr5747c, LTR5747C", "LT1058, LTR1058", "LT 1058, LTR1058", "LT16, LT16", "LT38, LT38",
        })
        void normaliseToOneForm(String text, String code) {
            assertThat(NoticeCode.normalise(text)).isEqualTo(code);
        }

        @Test
        void aWellFormedCodeOutsideTheCatalogIsStillACode() {
            assertThat(NoticeCode.normalise("CP9999Z")).isEqualTo("CP9999Z");
        }

        @ParameterizedTest
        @ValueSource(strings = {"14", "CP", "XY14", "CP14AB", "Letter", "balance due", "CP 1 4 X Y"})
        void rejectTextThatIsNoNoticeCode(String text) {
            assertThatThrownBy(() -> NoticeCode.normalise(text)).hasMessage("not a notice code");
        }

        @Test
        void blankIsAMissingValue() {
            assertThatThrownBy(() -> NoticeCode.normalise(" ")).hasMessage("missing value");
        }
    }

    @Nested
    class TaxYears {

        @ParameterizedTest
        @CsvSource({"2024, false, 2024", "2024.0, true, 2024", " 1990 , false, 1990", "2099, false, 2099"})
        void readAFourDigitYear(String text, boolean numeric, int year) {
            assertThat(TaxYear.parse(text, numeric)).isEqualTo(year);
        }

        @ParameterizedTest
        @ValueSource(strings = {"1989", "2100", "0000"})
        void rejectYearsOutsideTheProductsRange(String text) {
            assertThatThrownBy(() -> TaxYear.parse(text, false))
                    .hasMessage("not a tax year: expected a year from 1990 to 2099");
        }

        @ParameterizedTest
        @ValueSource(strings = {"24", "202412", "TY2024", "2024.5", "abcd", "\u0662\u0660\u0662\u0664"})
        void rejectWhatIsNoYear(String text) {
            assertThatThrownBy(() -> TaxYear.parse(text, false)).hasMessage("not a tax year");
        }
    }

    @Nested
    class YesNoFlags {

        @ParameterizedTest
        @ValueSource(strings = {"true", "TRUE", "yes", "Yes", "y", "Y", "1", "x", "X", " yes "})
        void readYes(String text) {
            assertThat(YesNo.parse(text)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"false", "FALSE", "no", "No", "n", "N", "0", "", "  "})
        void readNoAndBlankAsFalse(String text) {
            assertThat(YesNo.parse(text)).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"maybe", "2", "corrected", "t"})
        void rejectOtherWords(String text) {
            assertThatThrownBy(() -> YesNo.parse(text)).hasMessage("not a yes/no value");
        }
    }

    @Nested
    class Boxes {

        @ParameterizedTest(name = "\"{0}\" is box {1}")
        @CsvSource({"1, 1", "Box 1a, 1a", "1A, 1a", "box 2a, 2a", "BOX2A, 2a", "Box #1, 1", " 12 ,12", "Box, box", "b, b"})
        void normaliseToNumberAndLowerCaseLetter(String text, String box) {
            assertThat(BoxNumber.normalise(text)).isEqualTo(box);
        }

        @Test
        void blankIsAMissingValue() {
            assertThatThrownBy(() -> BoxNumber.normalise("")).hasMessage("missing value");
        }
    }
}
