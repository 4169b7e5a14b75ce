package io.taxrecon.reports.xlsx;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out sheet names Excel accepts: at most 31 characters, none of {@code / \ ? * : [ ]},
 * not starting or ending with an apostrophe, and unique in the workbook regardless of case
 * (POI's {@code WorkbookUtil.createSafeSheetName} does not de-duplicate).
 */
public final class SheetNames {

    private static final int MAX_LENGTH = 31;

    private final Set<String> taken = new HashSet<>();

    /** A safe, unique name as close to {@code wanted} as possible; reserves it. */
    public String claim(String wanted) {
        String base = clean(wanted);
        String name = base;
        for (int n = 2; taken.contains(key(name)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length())) + suffix;
        }
        taken.add(key(name));
        return name;
    }

    private static String clean(String wanted) {
        String s = wanted == null ? "" : wanted;
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean forbidden = "/\\?*:[]".indexOf(c) >= 0 || Character.isISOControl(c);
            out.append(forbidden ? '_' : c);
        }
        String name = out.toString().strip();
        while (name.startsWith("'")) {
            name = name.substring(1);
        }
        if (name.length() > MAX_LENGTH) {
            name = name.substring(0, MAX_LENGTH);
        }
        while (name.endsWith("'")) {
            name = name.substring(0, name.length() - 1);
        }
        // "History" is reserved by Excel.
        if (name.isBlank() || name.equalsIgnoreCase("History")) {
            name = "Sheet";
        }
        return name;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
