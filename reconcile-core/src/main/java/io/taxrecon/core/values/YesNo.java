package io.taxrecon.core.values;

import java.util.Locale;
import java.util.Set;

/**
 * Reads a yes/no flag such as {@code corrected}: true/false, yes/no, y/n, 1/0 and x (a ticked box),
 * in any case. Blank is false: a form is not corrected unless someone said so.
 */
public final class YesNo {

    public static final String NOT_YES_OR_NO = "not a yes/no value";

    private static final Set<String> YES = Set.of("true", "yes", "y", "1", "x", "1.0");
    private static final Set<String> NO = Set.of("false", "no", "n", "0", "0.0");

    private YesNo() {
    }

    /** @throws InvalidValueException with the reason for rejects.csv */
    public static boolean parse(String text) {
        String s = Text.clean(text).toLowerCase(Locale.ROOT);
        if (s.isEmpty() || NO.contains(s)) {
            return false;
        }
        if (YES.contains(s)) {
            return true;
        }
        throw new InvalidValueException(NOT_YES_OR_NO);
    }
}
