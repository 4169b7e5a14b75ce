package io.taxrecon.core.values;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date as US tax-practice exports write it.
 *
 * <p>Text: ISO {@code 2025-04-15} (a time after it is ignored), {@code 20250415},
 * {@code 2025/04/15}, US month-first {@code 04/15/2025}, {@code 4/15/2025}, {@code 4/15/25},
 * {@code 04-15-2025} (a time after it, as Excel's CSV export writes, is ignored),
 * {@code 15-Apr-2025}, {@code 15-APR-25}, {@code 15 April 2025}, {@code Apr 15, 2025}.
 * A two-digit year is 2000 + yy: the product reads notices and payments of this century only.
 * Day-first numeric dates ({@code 15/04/2025}) are not guessed at: 15 is no month, so they are
 * rejected rather than read wrongly.
 *
 * <p>An Excel numeric cell holds a serial day number of the 1900 date system, which counts the
 * 29 February 1900 that never was (serial 60, rejected); a fraction is a time of day and is
 * dropped. An 8-digit number such as 20250415 that reads as yyyymmdd in 1900-2099 is taken as
 * that date: as a serial it would be beyond the year 9999.
 */
public final class CalendarDate {

    public static final String NOT_A_DATE = "not a date";
    public static final String NO_SUCH_DAY = "not a date: no such day";

    private static final LocalDate SERIAL_BEFORE_LEAP_BUG = LocalDate.of(1899, 12, 31);
    private static final LocalDate SERIAL_AFTER_LEAP_BUG = LocalDate.of(1899, 12, 30);
    private static final long LAST_EXCEL_SERIAL = 2_958_465; // 9999-12-31

    private static final String TIME = "(?:[T ]\\s*\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?\\s*(?:[AaPp][Mm])?)?";
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})" + TIME);
    private static final Pattern YEAR_FIRST_SLASH = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})" + TIME);
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern US = Pattern.compile("(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{4}|\\d{2})" + TIME);
    private static final Pattern DAY_MONTH_NAME =
            Pattern.compile("(\\d{1,2})[- ]([A-Za-z]{3,9})\\.?[- ,]\\s*(\\d{4}|\\d{2})");
    private static final Pattern MONTH_NAME_DAY =
            Pattern.compile("([A-Za-z]{3,9})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4}|\\d{2})");
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");

    private CalendarDate() {
    }

    /** @throws InvalidValueException with the reason for rejects.csv */
    public static LocalDate parse(String text, boolean numericCell) {
        if (Text.isBlank(text)) {
            throw new InvalidValueException(Text.MISSING_VALUE);
        }
        if (numericCell) {
            BigDecimal number = Text.decimalOrNull(text);
            if (number != null) {
                return fromExcelNumber(number);
            }
        }
        return parseText(Text.clean(text));
    }

    private static LocalDate fromExcelNumber(BigDecimal number) {
        if (number.signum() <= 0) {
            throw new InvalidValueException(NOT_A_DATE);
        }
        long whole = number.setScale(0, RoundingMode.FLOOR).longValueExact();
        if (whole >= 19_000_101L && whole <= 20_991_231L) {
            return parseText(Long.toString(whole));
        }
        if (whole == 0 || whole > LAST_EXCEL_SERIAL) {
            throw new InvalidValueException(NOT_A_DATE);
        }
        if (whole == 60) {
            throw new InvalidValueException(NO_SUCH_DAY);
        }
        return whole < 60 ? SERIAL_BEFORE_LEAP_BUG.plusDays(whole) : SERIAL_AFTER_LEAP_BUG.plusDays(whole);
    }

    private static LocalDate parseText(String s) {
        Matcher m;
        if ((m = ISO.matcher(s)).matches() || (m = YEAR_FIRST_SLASH.matcher(s)).matches()
                || (m = COMPACT.matcher(s)).matches()) {
            return of(year(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        if ((m = US.matcher(s)).matches()) {
            return of(year(m.group(4)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)));
        }
        if ((m = DAY_MONTH_NAME.matcher(s)).matches()) {
            return of(year(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        if ((m = MONTH_NAME_DAY.matcher(s)).matches()) {
            return of(year(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
        }
        throw new InvalidValueException(NOT_A_DATE);
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        return digits.length() == 2 ? 2000 + year : year;
    }

    /** "Apr", "APR", "April", "Sept": any prefix of at least three letters of an English month. */
    private static int month(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.size(); i++) {
            if (MONTHS.get(i).startsWith(lower)) {
                return i + 1;
            }
        }
        throw new InvalidValueException(NOT_A_DATE);
    }

    private static LocalDate of(int year, int month, int day) {
        if (month < 1 || month > 12) {
            throw new InvalidValueException(NOT_A_DATE);
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new InvalidValueException(NO_SUCH_DAY);
        }
    }
}
