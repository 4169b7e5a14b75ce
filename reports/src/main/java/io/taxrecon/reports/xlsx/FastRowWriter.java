package io.taxrecon.reports.xlsx;

import io.taxrecon.reports.privacy.TinRedactor;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import org.dhatim.fastexcel.HyperLink;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.XmlEscapeHelper;

/**
 * A {@link RowWriter} on fastexcel. Values and looks go into the sheet as they come (a look is
 * resolved once per workbook, {@link FastStyles}); the row's height is set when it closes.
 */
final class FastRowWriter implements RowWriter {

    private final FastSheetWriter sheet;
    private final Worksheet ws;
    private final FastStyles styles;
    private final TinRedactor redactor;
    private final int row;
    private int column;
    private boolean greyed;
    private double height;

    FastRowWriter(FastSheetWriter sheet, Worksheet ws, FastStyles styles, TinRedactor redactor, int row) {
        this.sheet = sheet;
        this.ws = ws;
        this.styles = styles;
        this.redactor = redactor;
        this.row = row;
    }

    @Override
    public RowWriter text(String value, Look look) {
        int c = next(look);
        if (value != null && !value.isEmpty()) {
            String text = fit(value);
            ws.value(row, c, text);
            if (look.spec().wrap()) {
                fitHeight(text, sheet.widthChars(c, 1));
            }
        }
        return this;
    }

    @Override
    public RowWriter money(BigDecimal value, Look look) {
        int c = next(look);
        if (value != null) {
            ws.value(row, c, value.doubleValue()); // the cell boundary: the only place money is a double
        }
        return this;
    }

    @Override
    public RowWriter date(LocalDate value) {
        int c = next(Look.DATE);
        if (value != null) {
            ws.value(row, c, value);
        }
        return this;
    }

    @Override
    public RowWriter number(Long value, Look look) {
        int c = next(look);
        if (value != null) {
            ws.value(row, c, value);
        }
        return this;
    }

    @Override
    public RowWriter daysLeft(int dueDateColumn, Long days, Look look) {
        int c = next(look);
        if (days != null) {
            String formula = DaysLeftFormula.of(dueDateColumn, row);
            ws.formula(row, c, formula);
            sheet.cachedValue(formula, days);
        }
        return this;
    }

    @Override
    public RowWriter fileLink(String fileName) {
        if (fileName == null || fileName.isEmpty()) {
            return skip();
        }
        if (!isAddress(fileName)) {
            return text(fileName, Look.TEXT);
        }
        int c = next(Look.LINK);
        // fastexcel writes a link's target into the relationships part as it is given
        ws.hyperlink(row, c, HyperLink.external(XmlEscapeHelper.escape(fileName), fit(fileName)));
        return this;
    }

    @Override
    public RowWriter linkWithin(String value, String location) {
        if (location == null || value == null || value.isEmpty()) {
            return wrapped(value);
        }
        int c = next(Look.LINK);
        String text = fit(value);
        ws.hyperlink(row, c, HyperLink.internal(XmlEscapeHelper.escape(location), text));
        fitHeight(text, sheet.widthChars(c, 1));
        return this;
    }

    @Override
    public RowWriter wrappedAcross(String value, int columns) {
        int first = next(Look.WRAPPED);
        for (int i = 1; i < columns; i++) {
            next(Look.WRAPPED);
        }
        if (columns > 1) {
            ws.range(row, first, row, first + columns - 1).merge();
        }
        if (value != null && !value.isEmpty()) {
            String text = fit(value);
            ws.value(row, first, text);
            fitHeight(text, sheet.widthChars(first, columns));
        }
        return this;
    }

    @Override
    public RowWriter skip() {
        column++;
        return this;
    }

    @Override
    public RowWriter greyed(boolean greyedRow) {
        this.greyed = greyedRow;
        return this;
    }

    /** Sets the row's height; the row takes no cell after this. */
    void close() {
        if (height > 0) {
            ws.rowHeight(row, height);
        }
    }

    private int next(Look look) {
        styles.paint(ws, row, column, look, greyed);
        return column++;
    }

    private String fit(String value) {
        return CellText.fit(redactor.redact(value));
    }

    private void fitHeight(String text, int widthChars) {
        height = Math.max(height, RowHeight.points(text, widthChars));
    }

    // As POI decides for a file link: an address that does not parse as a URI is left as plain text.
    private static boolean isAddress(String fileName) {
        try {
            new URI(fileName);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
