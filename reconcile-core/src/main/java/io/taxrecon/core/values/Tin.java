package io.taxrecon.core.values;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A taxpayer identification number (SSN or EIN), held as its nine digits. {@link #toString()}
 * masks it, so a TIN that slips into a log line or a report never shows more than its last four
 * digits; {@link #digits()} is for storage and matching only.
 */
public final class Tin implements Comparable<Tin> {

    // compiled once: a TIN is read on every row of every file, and again on every row read back
    /** Nine digits, or the stored form of a TIN the IRS masked ({@code XXXXX1234}). */
    private static final Pattern STORED = Pattern.compile("\\d{9}|XXXXX\\d{4}");
    private static final Pattern DIGITS_SPACES_DASHES = Pattern.compile("[\\d\\s\\-]+");
    private static final Pattern NON_DIGIT = Pattern.compile("\\D");
    private static final Pattern MASKED = Pattern.compile("(?i)[X*]{5}\\d{4}|[X*]{2}-[X*]{3}\\d{4}|[X*]{3}-[X*]{2}-\\d{4}");

    private final String digits;

    private Tin(String digits) {
        this.digits = digits;
    }

    /** The prefix that stands for the five digits the IRS masks ({@link #lastFourOnly}). */
    private static final String MASK = "XXXXX";

    /**
     * @throws IllegalArgumentException unless {@code digits} is exactly nine digits, or the stored
     *                                  form of a masked TIN ({@code XXXXX1234})
     */
    public static Tin of(String digits) {
        Objects.requireNonNull(digits, "digits");
        if (!STORED.matcher(digits).matches()) {
            throw new IllegalArgumentException("a TIN has nine digits");
        }
        return new Tin(digits);
    }

    /**
     * A TIN of which only the last four digits are known: the payer's EIN as a Wage and Income
     * Transcript prints it ({@code XXXXX1234}, {@code XX-XXX1234}). It matches only the same masked
     * TIN, never a full one; {@link #digits()} gives {@code XXXXX1234}.
     */
    public static Tin lastFourOnly(String lastFour) {
        if (lastFour == null || !lastFour.matches("\\d{4}")) {
            throw new IllegalArgumentException("a masked TIN keeps four digits");
        }
        return new Tin(MASK + lastFour);
    }

    /**
     * Reads a payer's TIN: a whole one as {@link #parse} reads it, or one masked by the IRS
     * ({@code XXXXX1234}, {@code XX-XXX1234}, {@code ***-**-1234}) as {@link #lastFourOnly}.
     *
     * @throws InvalidValueException with the reason for rejects.csv
     */
    public static Tin parsePossiblyMasked(String text, boolean numericCell) {
        String written = text == null ? "" : Text.clean(text);
        if (hasMaskCharacter(written) && MASKED.matcher(written).matches()) {
            return lastFourOnly(written.substring(written.length() - 4));
        }
        return parse(text, numericCell);
    }

    /** True when only the last four digits are known ({@link #lastFourOnly}). */
    public boolean isMasked() {
        return digits.startsWith(MASK);
    }

    /**
     * Reads a TIN as an input file wrote it: {@code 123-45-6789}, {@code 123456789},
     * {@code 12-3456789}, with spaces or dashes anywhere. Text with eight digits is rejected: a
     * digit is missing and which one is unknown. An Excel numeric cell drops leading zeros, so
     * there fewer than nine digits are left-padded with zeros ({@code 12345678},
     * {@code 123456789.0}). No message ever quotes the value.
     *
     * @throws InvalidValueException with the reason for rejects.csv
     */
    public static Tin parse(String text, boolean numericCell) {
        if (Text.isBlank(text)) {
            throw new InvalidValueException(Text.MISSING_VALUE);
        }
        String written = Text.clean(text);
        // the common case, nine digits as stored, is read without a pattern
        String found = numericCell ? digitsOfNumber(written) : isNineDigits(written) ? written : null;
        if (found == null) {
            if (!DIGITS_SPACES_DASHES.matcher(written).matches()) {
                throw new InvalidValueException("not a TIN");
            }
            found = NON_DIGIT.matcher(written).replaceAll("");
        } else if (found.length() < 9) {
            found = "0".repeat(9 - found.length()) + found;
        }
        if (found.length() != 9) {
            String missing = found.length() == 8 ? ": a digit is missing"
                    : found.length() < 8 ? ": digits are missing" : ": there are extra digits";
            throw new InvalidValueException("a TIN has 9 digits; this one has " + found.length() + missing);
        }
        if (allZeros(found)) {
            throw new InvalidValueException("not a TIN: all digits are zero");
        }
        return new Tin(found);
    }

    private static boolean hasMaskCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'X' || c == 'x' || c == '*') {
                return true;
            }
        }
        return false;
    }

    private static boolean allZeros(String digits) {
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    private static boolean isNineDigits(String s) {
        if (s.length() != 9) {
            return false;
        }
        for (int i = 0; i < 9; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The digits of a whole, non-negative number; null when the cell's text is no such number. */
    private static String digitsOfNumber(String written) {
        BigDecimal number;
        try {
            number = new BigDecimal(written);
        } catch (NumberFormatException e) {
            return null;
        }
        if (number.signum() < 0) {
            throw new InvalidValueException("not a TIN");
        }
        BigDecimal whole = number.stripTrailingZeros();
        if (whole.scale() > 0) {
            throw new InvalidValueException("not a TIN");
        }
        return whole.toBigInteger().toString();
    }

    /**
     * A TIN column's value as written, fit to show in rejects.csv or a log: everything but the
     * last four digits hidden ({@code *****6789}). A value with four digits or fewer cannot be a
     * whole TIN and is shown as written, so that a reviewer can see what was wrong with it.
     */
    public static String maskAsWritten(String written) {
        if (written == null) {
            return "";
        }
        String digits = NON_DIGIT.matcher(written).replaceAll("");
        if (digits.length() <= 4) {
            return written;
        }
        return "*****" + digits.substring(digits.length() - 4);
    }

    public String digits() {
        return digits;
    }

    public String lastFour() {
        return digits.substring(5);
    }

    /** "***-**-6789": the only form a person ever sees. */
    public String masked() {
        return "***-**-" + lastFour();
    }

    /** The eight TINs that differ from this one by swapping two adjacent (different) digits. */
    public List<Tin> adjacentTranspositions() {
        List<Tin> result = new ArrayList<>(8);
        char[] c = digits.toCharArray();
        for (int i = 0; i < c.length - 1; i++) {
            if (c[i] == c[i + 1]) {
                continue;
            }
            char[] t = c.clone();
            t[i] = c[i + 1];
            t[i + 1] = c[i];
            result.add(new Tin(new String(t)));
        }
        return result;
    }

    /**
     * Where {@code other} swaps two adjacent digits of this TIN: the 1-based position of the first
     * swapped digit (2 for "the 2nd and 3rd digits"), or 0 when it is no such transposition. Says
     * which digits moved without revealing any of them.
     */
    public int transposedPosition(Tin other) {
        char[] a = digits.toCharArray();
        char[] b = other.digits.toCharArray();
        for (int i = 0; i < a.length - 1; i++) {
            if (a[i] != b[i]) {
                boolean swapped = a[i] == b[i + 1] && a[i + 1] == b[i] && a[i] != a[i + 1]
                        && digits.substring(i + 2).equals(other.digits.substring(i + 2));
                return swapped ? i + 1 : 0;
            }
        }
        return 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tin other && other.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public int compareTo(Tin o) {
        return digits.compareTo(o.digits);
    }

    @Override
    public String toString() {
        return masked();
    }
}
