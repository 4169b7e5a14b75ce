package io.taxrecon.sampledata;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Set;

/**
 * The generator's own count of business days for a large bill's 10-day window (IRC 6651(a)(3)):
 * weekends and the legal holidays of IRC 7503 skipped. Where readings of that list can differ (a
 * holiday on a weekend and the day observed instead, DC's Emancipation Day, Inauguration Day),
 * {@link #clear} tells the planters to choose another date, so the truth never rests on one reading.
 */
final class BusinessDays {

    private BusinessDays() {}

    /** {@code from} plus {@code days} business days. */
    static LocalDate plus(LocalDate from, int days) {
        LocalDate d = from;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (business(d)) {
                left--;
            }
        }
        return d;
    }

    /** True when no day in (from, to] is one whose status as a legal holiday depends on the reading. */
    static boolean clear(LocalDate from, LocalDate to) {
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (doubtful(d.getYear()).contains(d)) {
                return false;
            }
        }
        return true;
    }

    static boolean business(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays(d.getYear()).contains(d);
    }

    /** The federal holidays (5 U.S.C. 6103) on the weekdays they fall on, with no observed days. */
    static Set<LocalDate> holidays(int y) {
        Set<LocalDate> s = new HashSet<>();
        for (LocalDate fixed : fixed(y)) {
            s.add(fixed);
        }
        s.add(nth(y, Month.JANUARY, DayOfWeek.MONDAY, 3));
        s.add(nth(y, Month.FEBRUARY, DayOfWeek.MONDAY, 3));
        s.add(LocalDate.of(y, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        s.add(nth(y, Month.SEPTEMBER, DayOfWeek.MONDAY, 1));
        s.add(nth(y, Month.OCTOBER, DayOfWeek.MONDAY, 2));
        s.add(nth(y, Month.NOVEMBER, DayOfWeek.THURSDAY, 4));
        return s;
    }

    /** Days a reader of the holiday list might count differently. */
    private static Set<LocalDate> doubtful(int y) {
        Set<LocalDate> s = new HashSet<>();
        for (LocalDate fixed : fixed(y)) {
            if (fixed.getDayOfWeek() == DayOfWeek.SATURDAY) {
                s.add(fixed.minusDays(1));
            } else if (fixed.getDayOfWeek() == DayOfWeek.SUNDAY) {
                s.add(fixed.plusDays(1));
            }
        }
        // Dec 31 observed for a Saturday Jan 1 of the next year.
        if (LocalDate.of(y + 1, 1, 1).getDayOfWeek() == DayOfWeek.SATURDAY) {
            s.add(LocalDate.of(y, 12, 31));
        }
        LocalDate emancipation = LocalDate.of(y, Month.APRIL, 16);
        s.add(emancipation);
        s.add(emancipation.minusDays(1));
        s.add(emancipation.plusDays(1));
        if (y % 4 == 1) {
            s.add(LocalDate.of(y, Month.JANUARY, 20));
            s.add(LocalDate.of(y, Month.JANUARY, 21));
        }
        return s;
    }

    private static LocalDate[] fixed(int y) {
        return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 6, 19), LocalDate.of(y, 7, 4),
            LocalDate.of(y, 11, 11), LocalDate.of(y, 12, 25)};
    }

    private static LocalDate nth(int y, Month m, DayOfWeek day, int n) {
        return LocalDate.of(y, m, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
    }
}
