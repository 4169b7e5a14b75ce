package io.taxrecon.reports.csv;

import java.util.regex.Pattern;

/**
 * Keeps a CSV cell from starting a formula when the file is opened in a spreadsheet: text that
 * begins with {@code = + - @}, a tab or a carriage return gets a leading apostrophe (OWASP's
 * "CSV injection" advice). A plain number such as {@code -12.34} is left alone, since that is
 * a value, not a formula, and amounts must stay numbers.
 */
final class FormulaGuard {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?(\\d+(\\.\\d+)?|\\.\\d+)");

    private FormulaGuard() {
    }

    static String guard(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        if (risky && !PLAIN_NUMBER.matcher(value).matches()) {
            return "'" + value;
        }
        return value;
    }
}
