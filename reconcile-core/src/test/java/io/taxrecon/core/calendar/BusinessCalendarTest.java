package io.taxrecon.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    private final BusinessCalendar calendar = BusinessCalendar.defaults();

    @Test
    void tenBusinessDaysSkipWeekendsAndIndependenceDay() {
        assertThat(calendar.plusBusinessDays(LocalDate.of(2025, 6, 30), 10)).isEqualTo(LocalDate.of(2025, 7, 15));
    }

    @Test
    void aHolidayOnASaturdayIsObservedTheFridayBeforeAndOnASundayTheMondayAfter() {
        assertThat(calendar.isBusinessDay(LocalDate.of(2021, 6, 18))).isFalse(); // Juneteenth 2021 fell on a Saturday
        assertThat(calendar.isBusinessDay(LocalDate.of(2023, 1, 2))).isFalse();  // New Year's Day 2023 was a Sunday
        assertThat(calendar.isBusinessDay(LocalDate.of(2022, 4, 15))).isFalse(); // DC Emancipation Day observed
        assertThat(calendar.isBusinessDay(LocalDate.of(2023, 4, 17))).isFalse(); // ... and in 2023
        assertThat(calendar.isBusinessDay(LocalDate.of(2025, 7, 3))).isTrue();
    }

    @Test
    void everyYearFrom2019To2030HasItsElevenOrMoreHolidays() {
        IntStream.rangeClosed(2019, 2030).forEach(year -> assertThat(calendar.holidays().stream()
                .filter(d -> d.getYear() == year).count()).as("%d", year).isGreaterThanOrEqualTo(11));
    }
}
