package io.taxrecon.core.values;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads a tax year: four digits from 1990 to 2099. An Excel numeric cell may hold it as
 * {@code 2024.0}. A tax period such as {@code 202412} is not a year and is rejected: a fiscal-year
 * period cannot be turned into a tax year without knowing the taxpayer's year end.
 */
public final class TaxYear {

    public static final int FIRST = 1990;
    public static final int LAST = 2099;
    public static final String NOT_A_TAX_YEAR = "not a tax year";
    public static final String OUT_OF_RANGE = "not a tax year: expected a year from 1990 to 2099";
    private static final Pattern YEAR = Pattern.compile("\\d{4}(\\.0*)?");

    private TaxYear() {
    }

    /** @throws InvalidValueException with the reason for rejects.csv */
    public static int parse(String text, boolean numericCell) {
        if (Text.isBlank(text)) {
            throw new InvalidValueException(Text.MISSING_VALUE);
        }
        String s = Text.clean(text);
        int year = fourDigits(s);
        if (year < 0) {
            if (!YEAR.matcher(s).matches()) {
                throw new InvalidValueException(NOT_A_TAX_YEAR);
            }
            year = new BigDecimal(s).intValue();
        }
        if (year < FIRST || year > LAST) {
            throw new InvalidValueException(OUT_OF_RANGE);
        }
        return year;
    }

    /** The year of four ASCII digits, the usual way a year is written (read without a pattern); -1 for anything else. */
    private static int fourDigits(String s) {
        if (s.length() != 4) {
            return -1;
        }
        int year = 0;
        for (int i = 0; i < 4; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            year = year * 10 + (c - '0');
        }
        return year;
    }
}
