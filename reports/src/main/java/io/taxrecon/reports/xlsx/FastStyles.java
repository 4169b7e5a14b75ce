package io.taxrecon.reports.xlsx;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dhatim.fastexcel.BorderSide;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.CellStyleIndex;
import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.XmlEscapeHelper;

/**
 * Draws the {@link Look}s of one fastexcel workbook. fastexcel keeps each distinct style once per
 * workbook (its style cache), so a look used on ten thousand cells is one style in the file, as
 * with POI; but its style setter builds and looks the style up again on every call. So each look
 * (plain or greyed) is set with a setter on the first cell that shows it, and every later cell
 * takes the index the workbook gave it: the same styles, in the same order, as a setter per cell.
 */
final class FastStyles {

    // fastexcel writes a number format into the styles part as it is given: escape it once here.
    private static final Map<String, String> ESCAPED_FORMATS = new ConcurrentHashMap<>();
    private static final int LOOK_COUNT = Look.values().length;
    private static final int UNRESOLVED = -1;

    // per look, plain at 2 * ordinal and greyed at 2 * ordinal + 1: its index in the workbook's styles
    private final int[] indexes = new int[2 * LOOK_COUNT];

    FastStyles() {
        Arrays.fill(indexes, UNRESOLVED);
    }

    /** Gives the cell at {@code row}, {@code column} of {@code sheet} {@code look}, greyed or not. */
    void paint(Worksheet sheet, int row, int column, Look look, boolean greyed) {
        int key = 2 * look.ordinal() + (greyed ? 1 : 0);
        int index = indexes[key];
        if (index == UNRESOLVED) {
            apply(sheet.style(row, column), greyed ? look.spec().greyed() : look.spec());
            indexes[key] = CellStyleIndex.of(sheet, row, column);
        } else {
            CellStyleIndex.set(sheet, row, column, index);
        }
    }

    private static void apply(StyleSetter setter, Look.Spec spec) {
        if (spec.bold()) {
            setter.bold();
        }
        if (spec.italic()) {
            setter.italic();
        }
        if (spec.underline()) {
            setter.underlined();
        }
        if (spec.points() > 0) {
            setter.fontSize(spec.points());
        }
        if (spec.fontRgb() != null) {
            setter.fontColor(argb(spec.fontRgb()));
        }
        if (spec.fillRgb() != null) {
            setter.fillColor(argb(spec.fillRgb()));
        }
        if (spec.format() != null) {
            setter.format(ESCAPED_FORMATS.computeIfAbsent(spec.format(), XmlEscapeHelper::escape));
        }
        if (spec.wrap()) {
            setter.wrapText(true);
        }
        if (spec.bottomBorder()) {
            setter.borderStyle(BorderSide.BOTTOM, BorderStyle.THIN);
        }
        if (spec.top()) {
            setter.verticalAlignment("top");
        }
        setter.set();
    }

    private static String argb(String rgb) {
        return "FF" + rgb;
    }
}
