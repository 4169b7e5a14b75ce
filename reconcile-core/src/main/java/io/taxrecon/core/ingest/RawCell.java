package io.taxrecon.core.ingest;

/**
 * One cell as a reader found it. For an Excel numeric cell {@code numeric} is true and
 * {@code text} is the plain decimal ("123456789", "1234.5"); an Excel date cell arrives as ISO
 * text ("2025-04-15") with {@code numeric} false. A CSV cell is never numeric.
 */
public record RawCell(String text, boolean numeric) {

    public RawCell {
        text = text == null ? "" : text;
    }

    public static RawCell text(String text) {
        return new RawCell(text, false);
    }

    public static RawCell number(String plainDecimal) {
        return new RawCell(plainDecimal, true);
    }

    /** Empty or only spaces (non-breaking ones included). */
    public boolean isBlank() {
        // asked several times of every cell of every row: a scan, not a copy of the text
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\u00A0' && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }
}
