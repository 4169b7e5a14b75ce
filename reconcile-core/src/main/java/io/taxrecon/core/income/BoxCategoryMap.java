package io.taxrecon.core.income;

import io.taxrecon.core.catalog.CatalogTable;
import java.io.Reader;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which income category each W-2/1099 box feeds (box-categories.csv, SPEC.md's default table).
 * A box not listed is shown in reports but never summed.
 */
public final class BoxCategoryMap {

    public static final String FILE = "box-categories.csv";

    private final Map<String, Category> map;
    private final Set<Category> categories;

    private BoxCategoryMap(Map<String, Category> map) {
        this.map = Collections.unmodifiableMap(map);
        Set<Category> set = EnumSet.noneOf(Category.class);
        set.addAll(map.values());
        this.categories = Collections.unmodifiableSet(set);
    }

    public static BoxCategoryMap defaults() {
        return read(CatalogTable.resource(BoxCategoryMap.class, FILE));
    }

    /** Columns: form_type, box, category; one row per (form, box). */
    public static BoxCategoryMap read(Reader reader) {
        CatalogTable table = CatalogTable.read(FILE, reader, "form_type", "box", "category");
        Map<String, Category> map = new HashMap<>();
        for (CatalogTable.Row row : table.rows()) {
            FormType form = FormType.parse(row.required("form_type"))
                    .orElseThrow(() -> row.error("unknown form type '" + row.optional("form_type") + "'"));
            Category category;
            try {
                category = Category.valueOf(row.required("category").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown category '" + row.optional("category") + "'");
            }
            if (map.put(key(form, row.required("box")), category) != null) {
                throw row.error(form.label() + " box " + row.optional("box") + " is listed twice");
            }
        }
        return new BoxCategoryMap(map);
    }

    /** The category a box feeds; "1a", "1A" and "Box 1a" are the same box. */
    public Optional<Category> find(FormType form, String box) {
        if (form == null || box == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(map.get(key(form, box)));
    }

    /** Every category some box feeds. */
    public Set<Category> categories() {
        return categories;
    }

    private static String key(FormType form, String box) {
        String b = box.trim().toLowerCase(Locale.ROOT);
        if (b.startsWith("box")) {
            b = b.substring(3).trim();
        }
        return form.name() + "|" + b;
    }
}
