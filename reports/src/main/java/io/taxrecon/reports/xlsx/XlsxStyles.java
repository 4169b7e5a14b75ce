package io.taxrecon.reports.xlsx;

import io.taxrecon.core.findings.Severity;
import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * Every cell style a report uses, created once per workbook: Excel allows about 64,000 styles,
 * and one style per cell would exhaust that on a large client. Add a style here, never in a loop.
 */
public final class XlsxStyles {

    /** Dollars with cents, negatives red with a minus sign (a reviewer compares, never sums by eye). */
    public static final String CURRENCY_FORMAT = "\"$\"#,##0.00;[Red]-\"$\"#,##0.00";
    /** ISO dates: unambiguous, and what findings.csv writes. */
    public static final String DATE_FORMAT = "yyyy-mm-dd";
    public static final String INTEGER_FORMAT = "0";

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
    private final Map<Severity, CellStyle> severity = new EnumMap<>(Severity.class);
    private final Workbook workbook;
    private RowLooks looks;

    public XlsxStyles(Workbook workbook) {
        this.workbook = workbook;
        short currencyFormat = workbook.createDataFormat().getFormat(CURRENCY_FORMAT);
        short dateFormat = workbook.createDataFormat().getFormat(DATE_FORMAT);
        short integerFormat = workbook.createDataFormat().getFormat(INTEGER_FORMAT);

        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);
        Font sectionFont = workbook.createFont();
        sectionFont.setBold(true);
        sectionFont.setFontHeightInPoints((short) 12);
        Font alertFont = workbook.createFont();
        alertFont.setBold(true);
        ((XSSFFont) alertFont).setColor(rgb("9C0006"));

        text = top(workbook.createCellStyle());
        wrapped = top(workbook.createCellStyle());
        wrapped.setWrapText(true);
        bold = top(workbook.createCellStyle());
        bold.setFont(boldFont);
        title = workbook.createCellStyle();
        title.setFont(titleFont);
        sectionTitle = workbook.createCellStyle();
        sectionTitle.setFont(sectionFont);
        header = top(workbook.createCellStyle());
        header.setFont(boldFont);
        header.setWrapText(true);
        header.setBorderBottom(BorderStyle.THIN);
        fill(header, "D9E1F2");
        warning = top(workbook.createCellStyle());
        warning.setFont(alertFont);
        fill(warning, "FFEB9C");
        currency = top(workbook.createCellStyle());
        currency.setDataFormat(currencyFormat);
        currencyBold = top(workbook.createCellStyle());
        currencyBold.setDataFormat(currencyFormat);
        currencyBold.setFont(boldFont);
        date = top(workbook.createCellStyle());
        date.setDataFormat(dateFormat);
        integer = top(workbook.createCellStyle());
        integer.setDataFormat(integerFormat);
        integerAlert = top(workbook.createCellStyle());
        integerAlert.setDataFormat(integerFormat);
        integerAlert.setFont(alertFont);
        attention = top(workbook.createCellStyle());
        attention.setFont(boldFont);
        fill(attention, "FFEB9C");
        Font linkFont = workbook.createFont();
        linkFont.setUnderline(Font.U_SINGLE);
        ((XSSFFont) linkFont).setColor(rgb("0563C1"));
        link = top(workbook.createCellStyle());
        link.setFont(linkFont);
        link.setWrapText(true); // a link may stand in a column of wrapped text (a finding's evidence)
        for (Severity s : Severity.values()) {
            CellStyle style = top(workbook.createCellStyle());
            style.setFont(boldFont);
            fill(style, SEVERITY_FILL_RGB.get(s));
            severity.put(s, style);
        }
    }

    /** The style of a severity cell: bold on the severity's fill colour. */
    public CellStyle severity(Severity s) {
        return s == null ? text : severity.get(s);
    }

    /** The greyed and marked row variants, made on first use (most workbooks grey nothing). */
    public RowLooks looks() {
        if (looks == null) {
            looks = new RowLooks(workbook);
        }
        return looks;
    }

    private static CellStyle top(CellStyle style) {
        // Wrapped neighbours make rows tall; top alignment keeps a row readable left to right.
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private static void fill(CellStyle style, String rgbHex) {
        ((XSSFCellStyle) style).setFillForegroundColor(rgb(rgbHex));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private static XSSFColor rgb(String hex) {
        byte[] bytes = new byte[3];
        for (int i = 0; i < 3; i++) {
            bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return new XSSFColor(bytes, null);
    }
}
