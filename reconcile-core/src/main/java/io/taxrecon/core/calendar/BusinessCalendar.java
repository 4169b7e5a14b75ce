package io.taxrecon.core.calendar;

import io.taxrecon.core.catalog.CatalogTable;
import java.io.Reader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * Business days as IRS deadlines count them: weekends and the legal holidays of legal-holidays.csv
 * (federal holidays and District of Columbia holidays, IRC 7503) are skipped. The holidays are
 * data so that a firm can extend the years without a rebuild.
 */
public final class BusinessCalendar {

    public static final String FILE = "legal-holidays.csv";

    private final Set<LocalDate> holidays;

    private BusinessCalendar(Set<LocalDate> holidays) {
        this.holidays = Collections.unmodifiableSet(holidays);
    }

    public static BusinessCalendar defaults() {
        return read(CatalogTable.resource(BusinessCalendar.class, FILE));
    }

    /** Columns: date (yyyy-mm-dd), name, source (opt). */
    public static BusinessCalendar read(Reader reader) {
        CatalogTable table = CatalogTable.read(FILE, reader, "date", "name");
        Set<LocalDate> holidays = new TreeSet<>();
        for (CatalogTable.Row row : table.rows()) {
            try {
                holidays.add(LocalDate.parse(row.required("date")));
            } catch (DateTimeParseException e) {
                throw row.error("date is not yyyy-mm-dd");
            }
        }
        return new BusinessCalendar(holidays);
    }

    public boolean isBusinessDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /** The day {@code days} business days after {@code start}, counting from the day after it. */
    public LocalDate plusBusinessDays(LocalDate start, int days) {
        LocalDate date = start;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isBusinessDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** Every holiday listed, in order. */
    public Set<LocalDate> holidays() {
        return holidays;
    }
}
