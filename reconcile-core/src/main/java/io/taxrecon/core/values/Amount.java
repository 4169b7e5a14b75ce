package io.taxrecon.core.values;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * Reads a money amount as accountants and their exports write it, into an exact
 * {@link BigDecimal} of scale 2.
 *
 * <p>Accepted: {@code 1234.56}, {@code 1,234.56}, {@code $1,234.56}, {@code $ 1,234.56},
 * {@code -1234.56}, {@code -$1,234.56}, {@code $-1,234.56}, {@code (1,234.56)} (negative),
 * {@code +12}, {@code .50}, surrounding spaces. Thousands separators must group by three
 * ({@code 1,23,4} is rejected: it is more likely a typing error than an amount). More than two
 * decimals are accepted only when the extra digits are zeros ({@code 12.3400}); otherwise the value
 * is rejected rather than rounded, because a return or a payment is never in fractions of a cent.
 * An Excel numeric cell holds a binary float, so there a difference from whole cents below
 * 0.000001 is float noise and is rounded away.
 */
public final class Amount {

    public static final String NOT_AN_AMOUNT = "not an amount";
    public static final String TOO_MANY_DECIMALS = "not an amount: more than two decimals";
    public static final String TOO_LARGE = "not an amount: ten trillion dollars or more";

    /** No tax figure reaches it; the staging store keeps 13 digits before the point. */
    private static final BigDecimal LIMIT = new BigDecimal("10000000000000");

    private static final Pattern PLAIN = Pattern.compile("(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d*)?|\\.\\d+");
    private static final BigDecimal FLOAT_NOISE = new BigDecimal("0.000001");

    private Amount() {
    }

    /** @throws InvalidValueException with the reason for rejects.csv */
    public static BigDecimal parse(String text, boolean numericCell) {
        BigDecimal amount = read(text, numericCell);
        if (amount.abs().compareTo(LIMIT) >= 0) {
            throw new InvalidValueException(TOO_LARGE);
        }
        return amount;
    }

    private static BigDecimal read(String text, boolean numericCell) {
        if (Text.isBlank(text)) {
            throw new InvalidValueException(Text.MISSING_VALUE);
        }
        if (numericCell) {
            BigDecimal number = Text.decimalOrNull(text);
            if (number != null) {
                BigDecimal cents = number.setScale(2, RoundingMode.HALF_UP);
                if (cents.subtract(number).abs().compareTo(FLOAT_NOISE) > 0) {
                    throw new InvalidValueException(TOO_MANY_DECIMALS);
                }
                return cents;
            }
        }
        return parseText(text);
    }

    private static BigDecimal parseText(String text) {
        String s = Text.clean(text).replace('\u2212', '-');
        boolean negative = false;
        if (s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            s = s.substring(1, s.length() - 1).strip();
        }
        boolean signed = false;
        if (s.startsWith("-") || s.startsWith("+")) {
            signed = true;
            negative ^= s.startsWith("-");
            s = s.substring(1).strip();
        }
        if (s.startsWith("$")) {
            s = s.substring(1).strip();
        }
        if (!signed && (s.startsWith("-") || s.startsWith("+"))) {
            signed = true;
            negative ^= s.startsWith("-");
            s = s.substring(1).strip();
        }
        if (signed && text.strip().startsWith("(")) {
            throw new InvalidValueException(NOT_AN_AMOUNT);
        }
        if (!PLAIN.matcher(s).matches()) {
            throw new InvalidValueException(NOT_AN_AMOUNT);
        }
        BigDecimal value = new BigDecimal(s.replace(",", ""));
        if (value.scale() > 2) {
            BigDecimal stripped = value.stripTrailingZeros();
            if (stripped.scale() > 2) {
                throw new InvalidValueException(TOO_MANY_DECIMALS);
            }
        }
        value = value.setScale(2, RoundingMode.UNNECESSARY);
        return negative ? value.negate() : value;
    }
}
