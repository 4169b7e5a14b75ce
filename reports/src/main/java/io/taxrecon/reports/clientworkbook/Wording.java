package io.taxrecon.reports.clientworkbook;

import io.taxrecon.core.findings.FindingTexts;
import java.math.BigDecimal;
import java.util.Locale;

/** How reports word values inside sentences (cells of their own keep real types). */
public final class Wording {

    private Wording() {
    }

    /** "INTENT_TO_LEVY" → "Intent to levy". */
    public static String humane(Enum<?> value) {
        if (value == null) {
            return null;
        }
        String s = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** "$1,234.56" / "-$12.00" as core's {@link FindingTexts#money} words money, for amounts quoted in a sentence. */
    public static String dollars(BigDecimal amount) {
        return amount == null ? "no amount" : FindingTexts.money(amount);
    }
}
