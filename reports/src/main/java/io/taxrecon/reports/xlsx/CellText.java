package io.taxrecon.reports.xlsx;

/**
 * Fits text into one Excel cell. A cell holds at most 32,767 characters; longer text would make
 * POI throw (and the workbook never be written), so it is cut and visibly marked instead.
 */
public final class CellText {

    /** Excel's limit on the characters of one cell. */
    public static final int MAX_LENGTH = 32_767;

    private CellText() {
    }

    /** The text itself when it fits, else its start followed by a marker saying how long it was. */
    public static String fit(String text) {
        return fit(text, MAX_LENGTH);
    }

    /** As {@link #fit(String)} with a smaller limit (header and footer texts allow 255 in all). */
    public static String fit(String text, int maxLength) {
        if (text == null || text.length() <= maxLength) {
            return text;
        }
        String marker = " [... truncated: " + text.length() + " characters in all]";
        int keep = Math.max(0, maxLength - marker.length());
        // Never split a surrogate pair: a lone half is not valid XML.
        if (keep > 0 && Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--;
        }
        return text.substring(0, keep) + marker;
    }

    /**
     * Text for a printed page's header or footer: '&amp;' starts a control code there, so it is
     * doubled, and Excel limits the whole header to 255 characters.
     */
    public static String pageMargin(String redacted) {
        return fit((redacted == null ? "" : redacted).replace("&", "&&"), 200);
    }
}
