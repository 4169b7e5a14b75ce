package io.taxrecon.core.transcriptfiles;

import io.taxrecon.core.catalog.CatalogTable;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The transcript label catalogs, data files a firm can extend without a rebuild:
 * {@value #FORMS_FILE} (Wage and Income form block titles → form type; a blank form type marks a
 * form that is not income, such as Form 1098, whose block is passed over), {@value #BOXES_FILE}
 * (form type and box label → box) and {@value #RETURN_LINES_FILE} (Tax Return Transcript label →
 * return_lines category; {@code total=yes} marks a figure that sums others of its category). Labels match ignoring case, dot leaders, colons and spacing.
 */
public final class TranscriptLabels {

    public static final String FORMS_FILE = "wage-income-forms.csv";
    public static final String BOXES_FILE = "wage-income-boxes.csv";
    public static final String RETURN_LINES_FILE = "return-transcript-lines.csv";
    public static final List<String> FILES = List.of(FORMS_FILE, BOXES_FILE, RETURN_LINES_FILE);

    private record Title(String key, String formType) {
    }

    private final List<Title> titles;
    private final Map<String, String> boxes;
    private final Map<String, String> returnLines;
    private final Set<String> totals;

    private TranscriptLabels(List<Title> titles, Map<String, String> boxes, Map<String, String> returnLines,
            Set<String> totals) {
        this.titles = titles;
        this.boxes = boxes;
        this.returnLines = returnLines;
        this.totals = totals;
    }

    public static TranscriptLabels defaults() {
        return load(name -> Optional.empty());
    }

    /** The default catalogs, each replaced by the file of the same name that {@code overrides} supplies. */
    public static TranscriptLabels load(Function<String, Optional<Reader>> overrides) {
        List<Title> titles = new ArrayList<>();
        for (CatalogTable.Row row : table(overrides, FORMS_FILE, "title", "form_type", "source").rows()) {
            titles.add(new Title(TranscriptValues.labelKey(row.required("title")), row.optional("form_type")));
        }
        // the longest title first: "Form W-2G" must not be read as "Form W-2"
        titles.sort(Comparator.comparingInt((Title t) -> t.key.length()).reversed());
        Map<String, String> boxes = new HashMap<>();
        for (CatalogTable.Row row : table(overrides, BOXES_FILE, "form_type", "label", "box", "source").rows()) {
            String key = boxKey(row.required("form_type"), row.required("label"));
            if (boxes.put(key, row.required("box")) != null) {
                throw row.error("the label is listed twice for this form");
            }
        }
        Map<String, String> lines = new HashMap<>();
        Set<String> totals = new HashSet<>();
        for (CatalogTable.Row row : table(overrides, RETURN_LINES_FILE, "label", "category", "source").rows()) {
            String key = TranscriptValues.labelKey(row.required("label"));
            if (lines.put(key, row.required("category")) != null) {
                throw row.error("the label is listed twice");
            }
            if (row.optional("total").equalsIgnoreCase("yes")) {
                totals.add(key);
            }
        }
        return new TranscriptLabels(List.copyOf(titles), Map.copyOf(boxes), Map.copyOf(lines), Set.copyOf(totals));
    }

    /**
     * The form type of a block title line ("Form W-2 Wage and Tax Statement" → "W-2"); an empty
     * string for a listed form that is not income; empty when the title is not listed.
     */
    public Optional<String> formTypeOf(String titleLine) {
        String key = TranscriptValues.labelKey(titleLine);
        for (Title title : titles) {
            if (key.equals(title.key) || key.startsWith(title.key + " ")) {
                return Optional.of(title.formType);
            }
        }
        return Optional.empty();
    }

    /** The box a label names on a form type, e.g. ("W-2", "Federal Income Tax Withheld:") → "2". */
    public Optional<String> boxOf(String formType, String label) {
        return Optional.ofNullable(boxes.get(boxKey(formType, label)));
    }

    /** The return_lines category of a Tax Return Transcript label. */
    public Optional<String> categoryOf(String label) {
        return Optional.ofNullable(returnLines.get(TranscriptValues.labelKey(label)));
    }

    /** True when the label's figure sums other labels' of its category ({@code total=yes}). */
    public boolean isTotal(String label) {
        return totals.contains(TranscriptValues.labelKey(label));
    }

    private static String boxKey(String formType, String label) {
        return formType.toUpperCase(Locale.ROOT) + "|" + TranscriptValues.labelKey(label);
    }

    private static CatalogTable table(Function<String, Optional<Reader>> overrides, String file, String... columns) {
        Reader reader = overrides.apply(file).orElseGet(() -> CatalogTable.resource(TranscriptLabels.class, file));
        return CatalogTable.read(file, reader, columns);
    }
}
