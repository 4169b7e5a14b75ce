package io.taxrecon.core.transcriptfiles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.DateTimeException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of transcript text: money ({@code -$1,200.00}, {@code $0.00}, {@code -$0.00}, the
 * older layout's bare {@code 0.00}; always with cents, so a bare integer such as "01" exemptions
 * or a cycle is never money), dates ({@code 05-08-2023}, {@code Dec. 31, 2024},
 * {@code December 31, 2024}; the placeholder {@code 00-00-0000} is no date), the masked TINs the
 * IRS prints, and the page furniture reprinted on every page.
 */
public final class TranscriptValues {

    /** Money as transcripts print it; group(0) is the whole token. */
    static final Pattern MONEY = Pattern.compile("(?<![\\w,$])-?\\$?-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)\\.\\d{2}(?![\\w.,])");
    static final Pattern NUMERIC_DATE = Pattern.compile("\\b(\\d{2})-(\\d{2})-(\\d{4})\\b");
    static final Pattern PLACEHOLDER_DATE = Pattern.compile("\\b00-00-0000\\b");
    static final Pattern WORD_DATE = Pattern.compile(
            "\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+(\\d{1,2}),\\s*(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    /** "December, 2023" (the Wage and Income Transcript's period). */
    static final Pattern MONTH_YEAR = Pattern.compile(
            "\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    /** An SSN masked as the IRS prints it: XXX-XX-1234. */
    static final Pattern MASKED_SSN = Pattern.compile("\\b[X*]{3}-[X*]{2}-(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    /** An EIN masked as the IRS prints it: XXXXX1234 or XX-XXX1234. */
    static final Pattern MASKED_EIN = Pattern.compile("(?<![\\w-])(?:[X*]{5}|[X*]{2}-[X*]{3})(\\d{4})\\b", Pattern.CASE_INSENSITIVE);

    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    /** Lines the IRS reprints on every page: they are never data, wherever they fall. */
    private static final List<Pattern> FURNITURE = List.of(
            Pattern.compile("(?i)^this product contains sensitive taxpayer data$"),
            Pattern.compile("(?i)^page\\s+\\d+\\s*(?:of|/)\\s*\\d+$"),
            Pattern.compile("(?i)^(?:request|response) date:?.*$"),
            Pattern.compile("(?i)^tracking number:?.*$"),
            Pattern.compile("(?i)^-*\\s*any minus sign shown below signifies a credit amount\\s*-*$"),
            Pattern.compile("(?i)^<<<<.*>>>>$"));

    private TranscriptValues() {
    }

    /** The first money token of the text, exact to the cent; "-$0.00" is zero. */
    public static Optional<BigDecimal> money(String text) {
        Matcher m = MONEY.matcher(text);
        return m.find() ? Optional.of(moneyOf(m.group())) : Optional.empty();
    }

    static BigDecimal moneyOf(String token) {
        boolean negative = token.contains("-");
        BigDecimal value = new BigDecimal(token.replaceAll("[^\\d.]", "")).setScale(2);
        return negative && value.signum() != 0 ? value.negate() : value;
    }

    /** The first date of the text, numeric or in words; empty for none or the 00-00-0000 placeholder. */
    public static Optional<LocalDate> date(String text) {
        Matcher numeric = NUMERIC_DATE.matcher(text);
        Matcher words = WORD_DATE.matcher(text);
        boolean hasNumeric = numeric.find();
        boolean hasWords = words.find();
        try {
            if (hasNumeric && (!hasWords || numeric.start() < words.start())) {
                return Optional.of(LocalDate.of(Integer.parseInt(numeric.group(3)), Integer.parseInt(numeric.group(1)),
                        Integer.parseInt(numeric.group(2))));
            }
            if (hasWords) {
                return Optional.of(LocalDate.of(Integer.parseInt(words.group(3)), month(words.group(1)),
                        Integer.parseInt(words.group(2))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The end of a tax period written as a date, or as "December, 2023" (the month's last day). */
    static Optional<LocalDate> periodEnd(String text) {
        Optional<LocalDate> date = date(text);
        if (date.isPresent()) {
            return date;
        }
        Matcher m = MONTH_YEAR.matcher(text);
        if (m.find()) {
            try {
                return Optional.of(YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1))).atEndOfMonth());
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The tax year of a period ending on {@code end}: its calendar year for a December period,
     * else the year the fiscal year began.
     */
    static int taxYear(LocalDate end) {
        return end.getMonthValue() == 12 ? end.getYear() : end.getYear() - 1;
    }

    static boolean isPlaceholderDate(String text) {
        return PLACEHOLDER_DATE.matcher(text).find();
    }

    /** Page headers and footers reprinted anywhere, even mid-table. */
    public static boolean isFurniture(String text) {
        for (Pattern p : FURNITURE) {
            if (p.matcher(text).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The last four digits of the first masked SSN on the line. */
    static Optional<String> maskedSsn(String text) {
        Matcher m = MASKED_SSN.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The last four digits of the first masked EIN on the line. */
    static Optional<String> maskedEin(String text) {
        Matcher m = MASKED_EIN.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** A label as a catalog key: lower case, runs of dots, spaces and colons squeezed, no trailing colon. */
    public static String labelKey(String label) {
        return label.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\.{2,}", " ")
                .replaceAll("[\\s:]+", " ").strip();
    }

    private static int month(String word) {
        return MONTHS.get(word.substring(0, 3).toLowerCase(Locale.ROOT));
    }
}
