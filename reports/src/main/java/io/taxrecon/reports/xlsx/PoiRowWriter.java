package io.taxrecon.reports.xlsx;

import io.taxrecon.reports.privacy.TinRedactor;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A {@link RowWriter} on POI's object model; besides the {@link Look}s it takes the workbook's own
 * {@link CellStyle}s, for the reports that style cells beyond the shared looks.
 */
public final class PoiRowWriter implements RowWriter {

    private final Row row;
    private final XlsxStyles styles;
    private final TinRedactor redactor;
    private boolean greyed;
    private int column;

    PoiRowWriter(Row row, XlsxStyles styles, TinRedactor redactor) {
        this.row = row;
        this.styles = styles;
        this.redactor = redactor;
    }

    @Override
    public PoiRowWriter text(String value) {
        return text(value, styles.text);
    }

    @Override
    public PoiRowWriter wrapped(String value) {
        return text(value, styles.wrapped);
    }

    @Override
    public PoiRowWriter bold(String value) {
        return text(value, styles.bold);
    }

    @Override
    public PoiRowWriter text(String value, Look look) {
        return text(value, styles.of(look));
    }

    public PoiRowWriter text(String value, CellStyle style) {
        Cell cell = next(style);
        if (value != null && !value.isEmpty()) {
            String text = CellText.fit(redactor.redact(value));
            cell.setCellValue(text);
            if (style.getWrapText()) {
                fitHeight(text, widthChars(cell.getColumnIndex(), 1));
            }
        }
        return this;
    }

    @Override
    public PoiRowWriter money(BigDecimal value) {
        return money(value, styles.currency);
    }

    @Override
    public PoiRowWriter money(BigDecimal value, Look look) {
        return money(value, styles.of(look));
    }

    public PoiRowWriter money(BigDecimal value, CellStyle style) {
        Cell cell = next(style);
        if (value != null) {
            cell.setCellValue(value.doubleValue()); // the POI boundary: the only place money is a double
        }
        return this;
    }

    @Override
    public PoiRowWriter date(LocalDate value) {
        Cell cell = next(styles.date);
        if (value != null) {
            cell.setCellValue(value);
        }
        return this;
    }

    @Override
    public PoiRowWriter number(Long value) {
        return number(value, styles.integer);
    }

    @Override
    public PoiRowWriter number(Long value, Look look) {
        return number(value, styles.of(look));
    }

    public PoiRowWriter number(Long value, CellStyle style) {
        Cell cell = next(style);
        if (value != null) {
            cell.setCellValue(value);
        }
        return this;
    }

    @Override
    public PoiRowWriter number(int value) {
        return number((long) value, styles.integer);
    }

    @Override
    public PoiRowWriter daysLeft(int dueDateColumn, Long days, Look look) {
        Cell cell = next(styles.of(look));
        if (days != null) {
            cell.setCellFormula(DaysLeftFormula.of(dueDateColumn, row.getRowNum()));
            cell.setCellValue(days); // on a formula cell: its cached value
        }
        return this;
    }

    @Override
    public PoiRowWriter fileLink(String fileName) {
        if (fileName == null || fileName.isEmpty()) {
            return skip();
        }
        Cell cell = next(styles.link);
        cell.setCellValue(CellText.fit(redactor.redact(fileName)));
        try {
            Hyperlink link = row.getSheet().getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.FILE);
            link.setAddress(fileName);
            cell.setHyperlink(link);
        } catch (IllegalArgumentException notAnAddress) {
            cell.setCellStyle(looked(styles.text));
        }
        return this;
    }

    @Override
    public PoiRowWriter linkWithin(String value, String location) {
        if (location == null || value == null || value.isEmpty()) {
            return wrapped(value);
        }
        Cell cell = next(styles.link);
        String text = CellText.fit(redactor.redact(value));
        cell.setCellValue(text);
        fitHeight(text, widthChars(cell.getColumnIndex(), 1));
        Hyperlink link = row.getSheet().getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        link.setAddress(location);
        cell.setHyperlink(link);
        return this;
    }

    @Override
    public PoiRowWriter wrappedAcross(String value, int columns) {
        int first = column;
        Cell cell = next(styles.wrapped);
        for (int i = 1; i < columns; i++) {
            next(styles.wrapped);
        }
        if (columns > 1) {
            row.getSheet().addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), first, first + columns - 1));
        }
        if (value != null && !value.isEmpty()) {
            String text = CellText.fit(redactor.redact(value));
            cell.setCellValue(text);
            fitHeight(text, widthChars(first, columns));
        }
        return this;
    }

    @Override
    public PoiRowWriter skip() {
        column++;
        return this;
    }

    @Override
    public PoiRowWriter greyed(boolean greyedRow) {
        this.greyed = greyedRow;
        return this;
    }

    private int widthChars(int firstColumn, int columns) {
        int units = 0;
        for (int c = firstColumn; c < firstColumn + columns; c++) {
            units += row.getSheet().getColumnWidth(c);
        }
        return Math.max(1, units / 256);
    }

    private void fitHeight(String text, int widthChars) {
        float points = RowHeight.points(text, widthChars);
        if (points > row.getHeightInPoints()) {
            row.setHeightInPoints(points);
        }
    }

    private CellStyle looked(CellStyle style) {
        return greyed ? styles.looks().greyed(style) : style;
    }

    private Cell next(CellStyle style) {
        Cell cell = row.createCell(column++);
        cell.setCellStyle(looked(style));
        return cell;
    }
}
