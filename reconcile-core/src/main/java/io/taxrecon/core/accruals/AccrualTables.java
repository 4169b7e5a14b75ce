package io.taxrecon.core.accruals;

import io.taxrecon.core.catalog.CatalogTable;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The numbers the accrual rules take from data: the underpayment rate of each calendar quarter
 * (underpayment-rates.csv, IRC 6621(a)(2)) and the minimum late-filing penalty by the year a return
 * was due (late-filing-minimums.csv, IRC 6651(a)). A date past the last row uses the last row, so a
 * night after a quarter's turn still runs until the firm adds the new rate.
 */
public final class AccrualTables {

    public static final String RATES_FILE = "underpayment-rates.csv";
    public static final String MINIMUMS_FILE = "late-filing-minimums.csv";
    public static final List<String> FILES = List.of(RATES_FILE, MINIMUMS_FILE);

    /** Quarter start → rate in percent. */
    private final TreeMap<LocalDate, BigDecimal> rates;
    private final TreeMap<Integer, BigDecimal> minimums;

    private AccrualTables(TreeMap<LocalDate, BigDecimal> rates, TreeMap<Integer, BigDecimal> minimums) {
        this.rates = rates;
        this.minimums = minimums;
    }

    public static AccrualTables defaults() {
        return read(CatalogTable.resource(AccrualTables.class, RATES_FILE),
                CatalogTable.resource(AccrualTables.class, MINIMUMS_FILE));
    }

    /** Rates: year, quarter (1-4), rate_percent, source. Minimums: year_due, minimum, source. */
    public static AccrualTables read(Reader rateFile, Reader minimumFile) {
        TreeMap<LocalDate, BigDecimal> rates = new TreeMap<>();
        for (CatalogTable.Row row : CatalogTable.read(RATES_FILE, rateFile, "year", "quarter", "rate_percent").rows()) {
            int quarter = integer(row, "quarter");
            if (quarter < 1 || quarter > 4) {
                throw row.error("quarter must be 1 to 4");
            }
            if (rates.put(LocalDate.of(integer(row, "year"), 3 * quarter - 2, 1), decimal(row, "rate_percent")) != null) {
                throw row.error("quarter listed twice");
            }
        }
        TreeMap<Integer, BigDecimal> minimums = new TreeMap<>();
        for (CatalogTable.Row row : CatalogTable.read(MINIMUMS_FILE, minimumFile, "year_due", "minimum").rows()) {
            if (minimums.put(integer(row, "year_due"), decimal(row, "minimum")) != null) {
                throw row.error("year listed twice");
            }
        }
        if (rates.isEmpty() || minimums.isEmpty()) {
            throw new io.taxrecon.core.catalog.CatalogException(RATES_FILE + " and " + MINIMUMS_FILE + " need a row each");
        }
        return new AccrualTables(rates, minimums);
    }

    /** The underpayment rate, in percent a year, of the quarter {@code date} falls in. */
    public BigDecimal ratePercent(LocalDate date) {
        Map.Entry<LocalDate, BigDecimal> e = rates.floorEntry(date);
        return e == null ? rates.firstEntry().getValue() : e.getValue();
    }

    /**
     * The first quarter start after {@code date} listed in the rates, or null past the last one: the
     * rate of {@link #ratePercent} stays the same from {@code date} up to the day before it.
     */
    public LocalDate nextRateChange(LocalDate date) {
        return rates.higherKey(date);
    }

    /** The minimum late-filing penalty for a return required to be filed in {@code yearDue}. */
    public BigDecimal lateFilingMinimum(int yearDue) {
        Map.Entry<Integer, BigDecimal> e = minimums.floorEntry(yearDue);
        return e == null ? minimums.firstEntry().getValue() : e.getValue();
    }

    private static int integer(CatalogTable.Row row, String column) {
        try {
            return Integer.parseInt(row.required(column));
        } catch (NumberFormatException e) {
            throw row.error(column + " is not a whole number");
        }
    }

    private static BigDecimal decimal(CatalogTable.Row row, String column) {
        try {
            return new BigDecimal(row.required(column));
        } catch (NumberFormatException e) {
            throw row.error(column + " is not a number");
        }
    }
}
