package io.taxrecon.core.values;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Brings an IRS notice or letter code to its one normal form (docs/RULES.md): {@code cp 14},
 * {@code CP-14} → {@code CP14}; {@code LT 11} → {@code LT11}; {@code Letter 1058},
 * {@code LTR 1058}, {@code Ltr. 1058}, {@code L1058}, {@code LT1058} → {@code LTR1058}; a bare letter
 * number of four or more digits ({@code 5071C}) → {@code LTR5071C}. A leading "Notice" is dropped.
 * Well formed means {@code CP\d+[A-Z]?}, {@code LT\d+[A-Z]?} or {@code LTR\d+[A-Z]?};
 * whether the code is in the catalog is the engine's business, not this class's.
 */
public final class NoticeCode {

    public static final String NOT_A_NOTICE_CODE = "not a notice code";

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-_.#]");
    private static final Pattern WELL_FORMED = Pattern.compile("(?:CP|LTR|LT)\\d+[A-Z]?");
    private static final Pattern SHORT_LETTER = Pattern.compile("L\\d.*");
    // LT notices have two digits (LT11, LT16, LT38); "LT" before four digits is a Letter written short
    private static final Pattern LT_LETTER = Pattern.compile("LT\\d{4,}[A-Z]?");
    // IRS letters are numbered from 4 digits up; notices always carry their CP/LT prefix
    private static final Pattern BARE_LETTER = Pattern.compile("\\d{4,}[A-Z]?");

    private NoticeCode() {
    }

    /** @throws InvalidValueException with the reason for rejects.csv */
    public static String normalise(String text) {
        if (Text.isBlank(text)) {
            throw new InvalidValueException(Text.MISSING_VALUE);
        }
        String key = SEPARATORS.matcher(Text.clean(text).toUpperCase(Locale.ROOT)).replaceAll("");
        if (key.startsWith("NOTICE") && key.length() > 6) {
            key = key.substring(6);
        }
        if (key.startsWith("LETTER")) {
            key = "LTR" + key.substring(6);
        } else if (LT_LETTER.matcher(key).matches()) {
            key = "LTR" + key.substring(2);
        } else if (SHORT_LETTER.matcher(key).matches()) {
            key = "LTR" + key.substring(1);
        } else if (BARE_LETTER.matcher(key).matches()) {
            key = "LTR" + key;
        }
        if (!WELL_FORMED.matcher(key).matches()) {
            throw new InvalidValueException(NOT_A_NOTICE_CODE);
        }
        return key;
    }
}
