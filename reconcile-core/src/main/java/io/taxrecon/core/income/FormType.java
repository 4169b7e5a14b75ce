package io.taxrecon.core.income;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The information-return forms the product reads. {@link #label()} is how people write it. */
public enum FormType {
    W2("W-2"),
    F1099_INT("1099-INT"),
    F1099_DIV("1099-DIV"),
    F1099_B("1099-B"),
    F1099_R("1099-R"),
    F1099_NEC("1099-NEC"),
    F1099_MISC("1099-MISC"),
    F1099_G("1099-G"),
    F1099_K("1099-K"),
    SSA_1099("SSA-1099"),
    W2G("W-2G"),
    F1099_OID("1099-OID"),
    F1099_C("1099-C");

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-_.]");

    private final String label;

    FormType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Reads "W-2", "W2", "1099INT", "1099-int", "1099 INT", "Form 1099-INT", "Form W-2",
     * "SSA1099", "SSA 1099", "SSA-1099", and the enum's own names ("F1099_INT"). Empty when the
     * text names no form this product knows ("W-2G" is a form of its own, not a W-2).
     */
    public static Optional<FormType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = SEPARATORS.matcher(text.toUpperCase(Locale.ROOT)).replaceAll("");
        if (key.startsWith("FORM")) {
            key = key.substring(4);
        }
        return Optional.ofNullable(Keys.BY_KEY.get(key));
    }

    /** Each form under its label and its name without separators ("W2", "1099INT", "F1099INT"). */
    private static final class Keys {
        static final Map<String, FormType> BY_KEY = new HashMap<>();

        static {
            for (FormType type : values()) {
                BY_KEY.putIfAbsent(type.label.replace("-", ""), type);
                BY_KEY.putIfAbsent(type.name().replace("_", ""), type);
            }
        }
    }

    @Override
    public String toString() {
        return label;
    }
}
