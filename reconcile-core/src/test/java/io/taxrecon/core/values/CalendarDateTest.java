package io.taxrecon.core.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CalendarDateTest {

    @ParameterizedTest(name = "\"{0}\" is 15 April 2025")
    @ValueSource(strings = {"2025-04-15", "04/15/2025", "4/15/2025", "4/15/25", "04-15-2025", "15-Apr-2025",
            "15-APR-25", "15 April 2025", "Apr 15, 2025", "April 15 2025", "20250415", "2025/04/15",
            " 2025-04-15 ", "2025-04-15T00:00:00", "2025-04-15 00:00", "4/15/2025 0:00", "4/15/2025 12:00 AM"})
    void readsTheWaysExportsWriteADate(String text) {
        assertThat(CalendarDate.parse(text, false)).isEqualTo(LocalDate.of(2025, 4, 15));
    }

    @Test
    void aTwoDigitYearIsInThisCentury() {
        assertThat(CalendarDate.parse("1/2/99", false)).isEqualTo(LocalDate.of(2099, 1, 2));
        assertThat(CalendarDate.parse("1-Sep-07", false)).isEqualTo(LocalDate.of(2007, 9, 1));
    }

    @ParameterizedTest(name = "\"{0}\" is no day of the calendar")
    @ValueSource(strings = {"02/30/2025", "2025-02-29", "4/31/2025", "31-Jun-2025", "2025-04-00"})
    void rejectsImpossibleDates(String text) {
        assertThatThrownBy(() -> CalendarDate.parse(text, false))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("not a date: no such day");
    }

    @ParameterizedTest(name = "\"{0}\" is not a date")
    @ValueSource(strings = {"abc", "15/04/2025", "2025-13-01", "13/01/2025", "15-Foo-2025", "45762", "2025", "4/15"})
    void rejectsTextThatIsNoDate(String text) {
        assertThatThrownBy(() -> CalendarDate.parse(text, false))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("not a date");
    }

    @Test
    void blankIsAMissingValue() {
        assertThatThrownBy(() -> CalendarDate.parse(" ", false)).hasMessage("missing value");
    }

    @ParameterizedTest(name = "Excel serial {0} is {1}")
    @CsvSource({
            "45762, 2025-04-15",
            "45762.75, 2025-04-15",
            "1, 1900-01-01",
            "59, 1900-02-28",
            "61, 1900-03-01",
            "43831, 2020-01-01",
            "2958465, 9999-12-31",
    })
    void readsAnExcelSerialDayOfThe1900System(String serial, LocalDate expected) {
        assertThat(CalendarDate.parse(serial, true)).isEqualTo(expected);
    }

    @Test
    void rejectsExcelsFictitious29February1900() {
        assertThatThrownBy(() -> CalendarDate.parse("60", true)).hasMessage("not a date: no such day");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "2958466"})
    void rejectsAnExcelNumberOutsideTheCalendar(String serial) {
        assertThatThrownBy(() -> CalendarDate.parse(serial, true)).hasMessage("not a date");
    }

    @Test
    void anEightDigitExcelNumberReadsAsYearMonthDay() {
        assertThat(CalendarDate.parse("20250415", true)).isEqualTo(LocalDate.of(2025, 4, 15));
    }

    @Test
    void aTextCellInANumericColumnStillReadsAsText() {
        assertThat(CalendarDate.parse("4/15/2025", true)).isEqualTo(LocalDate.of(2025, 4, 15));
    }
}
