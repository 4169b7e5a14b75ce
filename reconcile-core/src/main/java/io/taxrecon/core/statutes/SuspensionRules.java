package io.taxrecon.core.statutes;

import io.taxrecon.core.catalog.CatalogTable;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What suspends the collection statute (collection-suspensions.csv), tried in file order. */
public final class SuspensionRules {

    public static final String FILE = "collection-suspensions.csv";

    private final List<SuspensionRule> rules;

    private SuspensionRules(List<SuspensionRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static SuspensionRules defaults() {
        return read(CatalogTable.resource(SuspensionRules.class, FILE));
    }

    /** Columns: kind, open_code, open_description, close_codes, close_description, add_days, add_months, source. */
    public static SuspensionRules read(Reader reader) {
        CatalogTable table = CatalogTable.read(FILE, reader, "kind", "open_code", "close_codes");
        List<SuspensionRule> rules = new ArrayList<>();
        for (CatalogTable.Row row : table.rows()) {
            try {
                Set<String> closes = new LinkedHashSet<>(split(row.required("close_codes")));
                rules.add(new SuspensionRule(row.required("kind"), row.required("open_code"),
                        split(row.optional("open_description")), closes, split(row.optional("close_description")),
                        number(row.optional("add_days")), number(row.optional("add_months")), row.optional("source")));
            } catch (NumberFormatException e) {
                throw row.error("add_days and add_months must be whole numbers");
            }
        }
        return new SuspensionRules(rules);
    }

    public List<SuspensionRule> rules() {
        return rules;
    }

    /** The first rule that a line of {@code code} with {@code description} opens. */
    Optional<SuspensionRule> opened(String code, String description) {
        return rules.stream().filter(r -> r.opens(code, description)).findFirst();
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static int number(String text) {
        return text.isEmpty() ? 0 : Integer.parseInt(text);
    }
}
