package io.taxrecon.reports.xlsx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * The looks a row takes besides the shared styles: greyed (a finding the reviewer dismissed, or a
 * deadline they answered) and marked (a follow-up that has come). Each is a variant of the cell's
 * own style (date, currency, severity...), made once per base style and workbook, never per cell:
 * the worklist and the client workbooks grey a row alike.
 */
public final class RowLooks {

    /** The fill of a follow-up row that has come: orange, unlike any severity's colour. */
    public static final String DUE_FILL_RGB = "F8CBAD";
    public static final String GREY_FILL_RGB = "EDEDED";
    public static final String GREY_TEXT_RGB = "808080";

    private final Workbook workbook;
    private final Font greyFont;
    private final Font boldFont;
    private final Map<CellStyle, CellStyle> greyed = new HashMap<>();
    private final Map<CellStyle, CellStyle> marked = new HashMap<>();

    public RowLooks(Workbook workbook) {
        this.workbook = workbook;
        greyFont = workbook.createFont();
        ((XSSFFont) greyFont).setColor(rgb(GREY_TEXT_RGB));
        greyFont.setItalic(true);
        boldFont = workbook.createFont();
        boldFont.setBold(true);
    }

    /** {@code base} in grey italics on a light grey fill. */
    public CellStyle greyed(CellStyle base) {
        return greyed.computeIfAbsent(base, b -> variant(b, greyFont, GREY_FILL_RGB));
    }

    /** {@code base} in bold on the follow-up fill. */
    public CellStyle marked(CellStyle base) {
        return marked.computeIfAbsent(base, b -> variant(b, boldFont, DUE_FILL_RGB));
    }

    /** Gives every cell of {@code row} the greyed or marked variant of its style (marked wins). */
    public void apply(Row row, boolean greyed, boolean marked) {
        if (row == null || !greyed && !marked) {
            return;
        }
        for (Cell cell : row) {
            CellStyle base = cell.getCellStyle();
            cell.setCellStyle(marked ? marked(base) : greyed(base));
        }
    }

    private CellStyle variant(CellStyle base, Font font, String fillRgb) {
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(base);
        style.setFont(font);
        ((XSSFCellStyle) style).setFillForegroundColor(rgb(fillRgb));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    static XSSFColor rgb(String hex) {
        byte[] bytes = new byte[3];
        for (int i = 0; i < 3; i++) {
            bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return new XSSFColor(bytes, null);
    }
}
