package io.taxrecon.reports.xlsx;

import io.taxrecon.core.findings.Severity;

/**
 * The named looks of report cells, each defined once here and made once per workbook by whichever
 * writer draws it (POI's {@link XlsxStyles} or the streaming {@link FastStyles}), so that a cell
 * looks the same in every report whatever wrote it. Every look is top-aligned except the titles:
 * wrapped neighbours make rows tall, and top alignment keeps a row readable left to right.
 */
public enum Look {

    TEXT(Spec.PLAIN),
    WRAPPED(Spec.PLAIN.wrapping()),
    BOLD(Spec.PLAIN.emboldened()),
    TITLE(Spec.PLAIN.withFont(true, false, false, 14, null).untopped()),
    SECTION_TITLE(Spec.PLAIN.withFont(true, false, false, 12, null).untopped()),
    HEADER(Spec.PLAIN.emboldened().wrapping().filled("D9E1F2").bordered()),
    WARNING(Spec.PLAIN.withFont(true, false, false, 0, Spec.ALERT_RGB).filled("FFEB9C")),
    CURRENCY(Spec.PLAIN.formatted(XlsxStyles.CURRENCY_FORMAT)),
    CURRENCY_BOLD(Spec.PLAIN.formatted(XlsxStyles.CURRENCY_FORMAT).emboldened()),
    DATE(Spec.PLAIN.formatted(XlsxStyles.DATE_FORMAT)),
    INTEGER(Spec.PLAIN.formatted(XlsxStyles.INTEGER_FORMAT)),
    INTEGER_ALERT(Spec.PLAIN.formatted(XlsxStyles.INTEGER_FORMAT).withFont(true, false, false, 0, Spec.ALERT_RGB)),
    /** A rate such as 0.5 or 7 percent: decimals, not cents. */
    RATE(Spec.PLAIN.formatted(XlsxStyles.RATE_FORMAT)),
    ATTENTION(Spec.PLAIN.emboldened().filled("FFEB9C")),
    // a link may stand in a column of wrapped text (a finding's evidence)
    LINK(Spec.PLAIN.withFont(false, false, true, 0, "0563C1").wrapping()),
    SEVERITY_HIGH(Spec.PLAIN.emboldened().filled(XlsxStyles.SEVERITY_FILL_RGB.get(Severity.HIGH))),
    SEVERITY_MEDIUM(Spec.PLAIN.emboldened().filled(XlsxStyles.SEVERITY_FILL_RGB.get(Severity.MEDIUM))),
    SEVERITY_LOW(Spec.PLAIN.emboldened().filled(XlsxStyles.SEVERITY_FILL_RGB.get(Severity.LOW)));

    private final Spec spec;

    Look(Spec spec) {
        this.spec = spec;
    }

    /** What the look is made of. */
    public Spec spec() {
        return spec;
    }

    /** The look of a severity cell: bold on the severity's fill colour; plain text for none. */
    public static Look severity(Severity s) {
        if (s == null) {
            return TEXT;
        }
        return switch (s) {
            case HIGH -> SEVERITY_HIGH;
            case MEDIUM -> SEVERITY_MEDIUM;
            case LOW -> SEVERITY_LOW;
        };
    }

    /**
     * A look's parts: the font (bold, italic, underlined, size in points with 0 for the default,
     * colour as RGB hex or null), the solid fill (RGB hex or null), the number format (null for
     * General), wrapping, a thin bottom border and top alignment.
     */
    public record Spec(boolean bold, boolean italic, boolean underline, int points, String fontRgb, String fillRgb,
                       String format, boolean wrap, boolean bottomBorder, boolean top) {

        static final String ALERT_RGB = "9C0006";
        static final Spec PLAIN = new Spec(false, false, false, 0, null, null, null, false, false, true);

        Spec emboldened() {
            return withFont(true, italic, underline, points, fontRgb);
        }

        Spec wrapping() {
            return new Spec(bold, italic, underline, points, fontRgb, fillRgb, format, true, bottomBorder, top);
        }

        Spec untopped() {
            return new Spec(bold, italic, underline, points, fontRgb, fillRgb, format, wrap, bottomBorder, false);
        }

        /** With a thin bottom border (a header row). */
        Spec bordered() {
            return new Spec(bold, italic, underline, points, fontRgb, fillRgb, format, wrap, true, top);
        }

        Spec formatted(String numberFormat) {
            return new Spec(bold, italic, underline, points, fontRgb, fillRgb, numberFormat, wrap, bottomBorder, top);
        }

        Spec filled(String rgb) {
            return new Spec(bold, italic, underline, points, fontRgb, rgb, format, wrap, bottomBorder, top);
        }

        /** The same cell look with another font, the whole font replaced. */
        Spec withFont(boolean isBold, boolean isItalic, boolean isUnderlined, int sizePoints, String rgb) {
            return new Spec(isBold, isItalic, isUnderlined, sizePoints, rgb, fillRgb, format, wrap, bottomBorder, top);
        }

        /** Greyed (a dismissed finding, an answered deadline): grey italics on a light grey fill. */
        public Spec greyed() {
            return withFont(false, true, false, 0, RowLooks.GREY_TEXT_RGB).filled(RowLooks.GREY_FILL_RGB);
        }
    }
}
