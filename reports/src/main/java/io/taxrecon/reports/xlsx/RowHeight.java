package io.taxrecon.reports.xlsx;

/**
 * How tall a row must be for wrapped text, estimated from its length and the width it wraps in.
 * Excel grows such rows by itself, LibreOffice (7.x) does not and prints the lines over the next
 * row; measuring glyphs is too slow, so the estimate errs on the tall side (one character per unit
 * of column width, whose unit is the width of a digit).
 */
final class RowHeight {

    /** The height of one line of 11-point text; Excel's row height limit; the lines that fill it. */
    private static final float LINE_POINTS = 15f;
    private static final float MAX_ROW_POINTS = 409f;
    private static final int MAX_LINES = 28;

    private RowHeight() {
    }

    /** The points that {@code text} needs when wrapped in {@code widthChars} characters. */
    static float points(String text, int widthChars) {
        int width = Math.max(1, widthChars);
        int lines = 0;
        int start = 0;
        while (start <= text.length() && lines < MAX_LINES) {
            int end = text.indexOf('\n', start);
            int length = (end < 0 ? text.length() : end) - start;
            lines += Math.max(1, (length + width - 1) / width);
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        return Math.min(MAX_ROW_POINTS, lines * LINE_POINTS + 2f);
    }
}
