package io.taxrecon.core.values;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Brings a W-2/1099 box label to its normal form: {@code Box 1a}, {@code 1A}, {@code box 2a},
 * {@code Box #1} → {@code 1}, {@code 1a}, {@code 2a}. Any other non-blank label is kept
 * (lower-cased, without spaces): a box outside the category map is loaded and shown, never summed.
 */
public final class BoxNumber {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_MARKS = Pattern.compile("^[#:.]+");

    private BoxNumber() {
    }

    /** @throws InvalidValueException "missing value" when blank */
    public static String normalise(String text) {
        if (Text.isBlank(text)) {
            throw new InvalidValueException(Text.MISSING_VALUE);
        }
        String s = SPACES.matcher(Text.clean(text).toLowerCase(Locale.ROOT)).replaceAll("");
        String withoutWord = s.startsWith("box") ? LEADING_MARKS.matcher(s.substring(3)).replaceFirst("") : s;
        return withoutWord.isEmpty() ? s : withoutWord;
    }
}
