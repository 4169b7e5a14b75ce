package io.taxrecon.core.ingest;

import io.taxrecon.core.catalog.CatalogTable;
import io.taxrecon.core.income.FormType;
import io.taxrecon.core.values.BoxNumber;
import java.io.Reader;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which header names stand for a W-2/1099 box in a file that has one row per form and a column per
 * box. A header "Box 1", "Box 2a", "Box #12a" or "Box 1 - Wages" is that box of whatever form the
 * row holds; any other name ("Wages", "Federal income tax withheld") is a box of the forms the box
 * column catalog ({@code io/taxrecon/core/ingest/box-columns.csv}) or a firm's mapping names it
 * for. Names match like column headers: ignoring case, spaces, {@code _} and {@code -}.
 */
public final class BoxColumns {

    static final String CATALOG = "box-columns.csv";

    /** "Box 1", "box 2a", "Box #12a - Code": the word Box, then a box label standing as a word. */
    private static final Pattern NUMBERED = Pattern.compile("(?i)^\\s*box\\s*#?\\s*(\\d{1,2}[a-z]?)(?![a-z0-9]).*$");
    /** A firm-mapping column naming a box: "box 1", "W-2 box 1", "1099-INT box 4". */
    private static final Pattern MAPPED = Pattern.compile("(?i)^\\s*(?:(.+?)\\s+)?box\\s*#?\\s*(\\d{1,2}[a-z]?)\\s*$");

    private static volatile BoxColumns defaults;

    /** header key → form → box; form null is "the box of whatever form the row holds". */
    private final Map<String, Map<FormType, String>> byKey;
    private final Map<String, String> anyForm;

    private BoxColumns(Map<String, Map<FormType, String>> byKey, Map<String, String> anyForm) {
        this.byKey = byKey;
        this.anyForm = anyForm;
    }

    /** The catalog shipped with the product. */
    public static BoxColumns defaults() {
        BoxColumns result = defaults;
        if (result == null) {
            result = load(CatalogTable.resource(BoxColumns.class, CATALOG));
            defaults = result;
        }
        return result;
    }

    /**
     * A box column catalog: CSV {@code form_type,box,header,source}, one row per header name.
     *
     * @throws io.taxrecon.core.catalog.CatalogException naming the line of an unknown form or a
     *         header that names two boxes of one form
     */
    public static BoxColumns load(Reader catalogCsv) {
        CatalogTable table = CatalogTable.read(CATALOG, catalogCsv, "form_type", "box", "header", "source");
        Map<String, Map<FormType, String>> byKey = new HashMap<>();
        for (CatalogTable.Row row : table.rows()) {
            FormType form = FormType.parse(row.required("form_type"))
                    .orElseThrow(() -> row.error("unknown form type '" + row.required("form_type") + "'"));
            row.required("source");
            String box = BoxNumber.normalise(row.required("box"));
            String before = byKey.computeIfAbsent(ColumnAliases.headerKey(row.required("header")),
                    k -> new EnumMap<>(FormType.class)).putIfAbsent(form, box);
            if (before != null && !before.equals(box)) {
                throw row.error("'" + row.required("header") + "' already names box " + before + " of " + form);
            }
        }
        return new BoxColumns(freeze(byKey), Map.of());
    }

    /** True when {@code column} of a firm's mapping file names a box: "box 1", "W-2 box 2a". */
    static boolean namesABox(String column) {
        return MAPPED.matcher(column).matches();
    }

    /**
     * These names with a firm's own on top: {@code column} is "box 1" (box 1 of every form) or
     * "W-2 box 1" (of that form only).
     *
     * @throws IllegalArgumentException with a reason when the column names no form this product reads
     */
    BoxColumns withFirmName(String column, String header) {
        Matcher m = MAPPED.matcher(column);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + column + "' names no box (write it as 'box 1' or 'W-2 box 1')");
        }
        String box = BoxNumber.normalise(m.group(2));
        String key = ColumnAliases.headerKey(header);
        if (m.group(1) == null) {
            Map<String, String> any = new HashMap<>(anyForm);
            any.put(key, box);
            Map<String, Map<FormType, String>> named = new HashMap<>(byKey);
            named.remove(key);
            return new BoxColumns(named, Map.copyOf(any));
        }
        FormType form = FormType.parse(m.group(1))
                .orElseThrow(() -> new IllegalArgumentException("'" + m.group(1) + "' is not a form this product reads"));
        Map<String, Map<FormType, String>> named = new HashMap<>(byKey);
        Map<FormType, String> forms = new EnumMap<>(FormType.class);
        forms.putAll(named.getOrDefault(key, Map.of()));
        forms.put(form, box);
        named.put(key, Collections.unmodifiableMap(forms));
        Map<String, String> any = new HashMap<>(anyForm);
        any.remove(key);
        return new BoxColumns(Map.copyOf(named), Map.copyOf(any));
    }

    /** True when the header stands for a box of some form. */
    public boolean isBoxColumn(String header) {
        return NUMBERED.matcher(header).matches() || anyForm.containsKey(ColumnAliases.headerKey(header))
                || byKey.containsKey(ColumnAliases.headerKey(header));
    }

    /** The box the header stands for on {@code form}; empty when the header names no box of that form. */
    public Optional<String> boxOf(String header, FormType form) {
        Matcher m = NUMBERED.matcher(header);
        if (m.matches()) {
            return Optional.of(BoxNumber.normalise(m.group(1)));
        }
        String key = ColumnAliases.headerKey(header);
        if (anyForm.containsKey(key)) {
            return Optional.of(anyForm.get(key));
        }
        return Optional.ofNullable(byKey.getOrDefault(key, Map.of()).get(form));
    }

    private static Map<String, Map<FormType, String>> freeze(Map<String, Map<FormType, String>> keys) {
        Map<String, Map<FormType, String>> frozen = new HashMap<>();
        keys.forEach((key, forms) -> frozen.put(key, Collections.unmodifiableMap(forms)));
        return Map.copyOf(frozen);
    }
}
