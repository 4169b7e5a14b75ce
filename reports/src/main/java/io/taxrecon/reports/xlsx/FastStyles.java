package io.taxrecon.reports.xlsx;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dhatim.fastexcel.BorderSide;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.XmlEscapeHelper;

/**
 * Draws a {@link Look} with fastexcel. fastexcel keeps each distinct style once per workbook (its
 * style cache), so a look used on ten thousand cells is one style in the file, as with POI.
 */
final class FastStyles {

    // fastexcel writes a number format into the styles part as it is given: escape it once here.
    private static final Map<String, String> ESCAPED_FORMATS = new ConcurrentHashMap<>();

    private FastStyles() {
    }

    /** Sets {@code spec} on the cells {@code setter} was made for. */
    static void apply(StyleSetter setter, Look.Spec spec) {
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
