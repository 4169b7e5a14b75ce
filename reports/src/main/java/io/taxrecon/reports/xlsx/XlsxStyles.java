package io.taxrecon.reports.xlsx;

import io.taxrecon.core.findings.Severity;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * Every cell style a POI-written report uses, one per {@link Look}, created once per workbook:
 * Excel allows about 64,000 styles, and one style per cell would exhaust that on a large client.
 * Add a look to {@link Look}, never a style in a loop.
 */
public final class XlsxStyles {

    /** Dollars with cents, negatives red with a minus sign (a reviewer compares, never sums by eye). */
    public static final String CURRENCY_FORMAT = "\"$\"#,##0.00;[Red]-\"$\"#,##0.00";
    /** ISO dates: unambiguous, and what findings.csv writes. */
    public static final String DATE_FORMAT = "yyyy-mm-dd";
    public static final String INTEGER_FORMAT = "0";
    /** Rates in percent: two decimals at least, four at most. */
    public static final String RATE_FORMAT = "0.00##";

    /** Fill colours by severity (RGB), the same in every workbook so reviewers learn them. */
    public static final Map<Severity, String> SEVERITY_FILL_RGB = Map.of(
            Severity.HIGH, "FFC7CE",
            Severity.MEDIUM, "FFEB9C",
            Severity.LOW, "DDEBF7");

    public final CellStyle text;
    public final CellStyle wrapped;
    public final CellStyle bold;
    public final CellStyle title;
    public final CellStyle header;
    public final CellStyle sectionTitle;
    public final CellStyle warning;
    public final CellStyle currency;
    public final CellStyle currencyBold;
    public final CellStyle date;
    public final CellStyle integer;
    public final CellStyle integerAlert;
    public final CellStyle attention;
    public final CellStyle link;
    private final Map<Look, CellStyle> styles = new EnumMap<>(Look.class);
    private final Map<FontKey, Font> fonts = new HashMap<>();
    private final Workbook workbook;
    private final DataFormat formats;
    private RowLooks looks;

    public XlsxStyles(Workbook workbook) {
        this.workbook = workbook;
        this.formats = workbook.createDataFormat();
        for (Look look : Look.values()) {
            styles.put(look, create(look.spec()));
        }
        text = of(Look.TEXT);
        wrapped = of(Look.WRAPPED);
        bold = of(Look.BOLD);
        title = of(Look.TITLE);
        header = of(Look.HEADER);
        sectionTitle = of(Look.SECTION_TITLE);
        warning = of(Look.WARNING);
        currency = of(Look.CURRENCY);
        currencyBold = of(Look.CURRENCY_BOLD);
        date = of(Look.DATE);
        integer = of(Look.INTEGER);
        integerAlert = of(Look.INTEGER_ALERT);
        attention = of(Look.ATTENTION);
        link = of(Look.LINK);
    }

    /** The workbook's style of a look. */
    public CellStyle of(Look look) {
        return styles.get(look);
    }

    /** The style of a severity cell: bold on the severity's fill colour. */
    public CellStyle severity(Severity s) {
        return of(Look.severity(s));
    }

    /** The greyed and marked row variants, made on first use (most workbooks grey nothing). */
    public RowLooks looks() {
        if (looks == null) {
            looks = new RowLooks(workbook);
        }
        return looks;
    }

    private CellStyle create(Look.Spec spec) {
        CellStyle style = workbook.createCellStyle();
        if (spec.top()) {
            style.setVerticalAlignment(VerticalAlignment.TOP);
        }
        style.setWrapText(spec.wrap());
        if (spec.format() != null) {
            style.setDataFormat(formats.getFormat(spec.format()));
        }
        if (spec.bottomBorder()) {
            style.setBorderBottom(BorderStyle.THIN);
        }
        if (spec.fillRgb() != null) {
            ((XSSFCellStyle) style).setFillForegroundColor(RowLooks.rgb(spec.fillRgb()));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        FontKey key = new FontKey(spec.bold(), spec.italic(), spec.underline(), spec.points(), spec.fontRgb());
        if (!key.equals(FontKey.DEFAULT)) {
            style.setFont(fonts.computeIfAbsent(key, this::font));
        }
        return style;
    }

    private Font font(FontKey key) {
        Font font = workbook.createFont();
        font.setBold(key.bold());
        font.setItalic(key.italic());
        if (key.underline()) {
            font.setUnderline(Font.U_SINGLE);
        }
        if (key.points() > 0) {
            font.setFontHeightInPoints((short) key.points());
        }
        if (key.rgb() != null) {
            ((XSSFFont) font).setColor(RowLooks.rgb(key.rgb()));
        }
        return font;
    }

    /** A font's parts, so that looks with the same font share one. */
    private record FontKey(boolean bold, boolean italic, boolean underline, int points, String rgb) {
        static final FontKey DEFAULT = new FontKey(false, false, false, 0, null);
    }
}
