package io.taxrecon.sampledata.transcripts;

import io.taxrecon.core.catalog.CatalogTable;
import io.taxrecon.core.income.FormType;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The labels the generator prints: a Wage and Income Transcript's form block titles and box
 * labels ({@code wage-income-labels.csv}) and a Tax Return Transcript's line labels
 * ({@code return-transcript-labels.csv}), both data files with their sources in this package.
 */
final class TranscriptLabels {

    private static final String TITLE = "title";
    private static final TranscriptLabels DEFAULTS = load();

    private final Map<String, String> wageIncome;
    private final Map<String, String> returnLines;

    private TranscriptLabels(Map<String, String> wageIncome, Map<String, String> returnLines) {
        this.wageIncome = wageIncome;
        this.returnLines = returnLines;
    }

    static TranscriptLabels defaults() {
        return DEFAULTS;
    }

    /** "Form W-2 Wage and Tax Statement". */
    Optional<String> formTitle(FormType form) {
        return Optional.ofNullable(wageIncome.get(key(form, TITLE)));
    }

    /** "Wages, Tips and Other Compensation:" for W-2 box 1. */
    Optional<String> boxLabel(FormType form, String box) {
        return Optional.ofNullable(wageIncome.get(key(form, box)));
    }

    /** "WAGES, SALARIES, TIPS, ETC:" for the return line written "WAGES" (or "1a" as the line number). */
    Optional<String> returnLineLabel(String line) {
        return Optional.ofNullable(returnLines.get(line));
    }

    /** The form a block title names, and the box a label of that form names: what a reader recovers. */
    Optional<FormType> formOfTitle(String title) {
        return wageIncome.entrySet().stream().filter(e -> e.getKey().endsWith("|" + TITLE) && e.getValue().equals(title))
                .map(e -> FormType.valueOf(e.getKey().substring(0, e.getKey().indexOf('|')))).findFirst();
    }

    Optional<String> boxOfLabel(FormType form, String label) {
        return wageIncome.entrySet().stream()
                .filter(e -> e.getKey().startsWith(form.name() + "|") && !e.getKey().endsWith("|" + TITLE)
                        && e.getValue().equals(label))
                .map(e -> e.getKey().substring(e.getKey().indexOf('|') + 1)).findFirst();
    }

    private static TranscriptLabels load() {
        Map<String, String> wageIncome = new HashMap<>();
        for (CatalogTable.Row row : CatalogTable.read("wage-income-labels.csv",
                CatalogTable.resource(TranscriptLabels.class, "wage-income-labels.csv"),
                "form_type", "box", "label", "source").rows()) {
            FormType form = FormType.parse(row.required("form_type")).orElseThrow(() -> row.error("unknown form"));
            wageIncome.put(key(form, row.required("box")), row.required("label"));
        }
        Map<String, String> returnLines = new HashMap<>();
        for (CatalogTable.Row row : CatalogTable.read("return-transcript-labels.csv",
                CatalogTable.resource(TranscriptLabels.class, "return-transcript-labels.csv"),
                "line", "label", "source").rows()) {
            returnLines.put(row.required("line"), row.required("label"));
        }
        return new TranscriptLabels(Map.copyOf(wageIncome), Map.copyOf(returnLines));
    }

    private static String key(FormType form, String box) {
        return form.name() + "|" + box;
    }
}
