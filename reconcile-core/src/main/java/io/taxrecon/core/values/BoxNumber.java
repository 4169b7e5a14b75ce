package io.taxrecon.core.values;

import java.util.Locale;

/**
 * Brings a W-2/1099 box label to its normal form: {@code Box 1a}, {@code 1A}, {@code box 2a},
 * {@code Box #1} → {@code 1}, {@code 1a}, {@code 2a}. Any other non-blank label is kept
 * (lower-cased, without spaces): a box outside the category map is loaded and shown, never summed.
 */
public final class BoxNumber {

    private BoxNumber() {
    }

    /** @throws InvalidValueException "missing value" when blank */
    public static String normalise(String text) {
        if (Text.isBlank(text)) {
            throw new InvalidValueException(Text.MISSING_VALUE);
        }
        String s = Text.clean(text).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        String withoutWord = s.startsWith("box") ? s.substring(3).replaceFirst("^[#:.]+", "") : s;
        return withoutWord.isEmpty() ? s : withoutWord;
    }
}
