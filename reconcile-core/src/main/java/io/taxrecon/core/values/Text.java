package io.taxrecon.core.values;

import java.math.BigDecimal;

/** What every value reader shares: how blank looks and how an Excel number arrives as text. */
final class Text {

    static final String MISSING_VALUE = "missing value";

    private Text() {
    }

    /** Exports pad with non-breaking spaces as often as with plain ones. */
    static String clean(String text) {
        return text == null ? "" : text.replace('\u00A0', ' ').strip();
    }

    static boolean isBlank(String text) {
        return clean(text).isEmpty();
    }

    static BigDecimal decimalOrNull(String text) {
        try {
            return new BigDecimal(clean(text));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
