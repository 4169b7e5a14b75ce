package io.taxrecon.core.findings;

import io.taxrecon.core.catalog.CatalogTable;
import io.taxrecon.core.notices.NoticeType.CollectionStage;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * How urgent a finding is (severity-rules.csv). Rules are tried in file order and the first whose
 * conditions all hold decides; a blank condition always holds; when no rule holds the finding is
 * LOW. Conditions: {@code finding_types} (|-separated), {@code min_amount} (amount at stake at
 * least), {@code max_days_left} (due within that many days, overdue included), {@code stages}
 * (|-separated collection stages of the notice the finding bears on).
 */
public final class SeverityRules {

    public static final String FILE = "severity-rules.csv";

    private final List<Rule> rules;

    private record Rule(Severity severity, Set<FindingType> types, BigDecimal minAmount, Long maxDaysLeft,
                        Set<CollectionStage> stages) {

        boolean holds(FindingType type, BigDecimal amountAtStake, Long daysLeft, CollectionStage stage) {
            return (types.isEmpty() || types.contains(type))
                    && (minAmount == null || amountAtStake.compareTo(minAmount) >= 0)
                    && (maxDaysLeft == null || (daysLeft != null && daysLeft <= maxDaysLeft))
                    && (stages.isEmpty() || (stage != null && stages.contains(stage)));
        }
    }

    private SeverityRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static SeverityRules defaults() {
        return read(CatalogTable.resource(SeverityRules.class, FILE));
    }

    /** Columns: severity, finding_types, min_amount, max_days_left, stages, note (opt). */
    public static SeverityRules read(Reader reader) {
        CatalogTable table = CatalogTable.read(FILE, reader,
                "severity", "finding_types", "min_amount", "max_days_left", "stages");
        List<Rule> rules = new ArrayList<>();
        for (CatalogTable.Row row : table.rows()) {
            try {
                Severity severity = Severity.valueOf(row.required("severity").toUpperCase(Locale.ROOT));
                Set<FindingType> types = EnumSet.noneOf(FindingType.class);
                for (String t : split(row.optional("finding_types"))) {
                    types.add(FindingType.valueOf(t));
                }
                Set<CollectionStage> stages = EnumSet.noneOf(CollectionStage.class);
                for (String s : split(row.optional("stages"))) {
                    stages.add(CollectionStage.valueOf(s));
                }
                BigDecimal minAmount = row.optional("min_amount").isEmpty() ? null
                        : new BigDecimal(row.optional("min_amount").replace(",", ""));
                Long maxDays = row.optional("max_days_left").isEmpty() ? null
                        : Long.valueOf(row.optional("max_days_left"));
                rules.add(new Rule(severity, types, minAmount, maxDays, stages));
            } catch (IllegalArgumentException e) {
                throw row.error("cannot read rule: " + e.getMessage());
            }
        }
        return new SeverityRules(rules);
    }

    /**
     * Every {@code max_days_left} of the rules: the days-left counts at which a finding's severity
     * can change as the run date moves towards its due date.
     */
    public SortedSet<Long> daysLeftThresholds() {
        SortedSet<Long> thresholds = new TreeSet<>();
        for (Rule rule : rules) {
            if (rule.maxDaysLeft() != null) {
                thresholds.add(rule.maxDaysLeft());
            }
        }
        return thresholds;
    }

    /**
     * @param amountAtStake never null (zero when no amount applies)
     * @param daysLeft days from the run date to the finding's due date; null when it has none
     * @param stage the stage of the notice the finding bears on; null when none
     */
    public Severity severityOf(FindingType type, BigDecimal amountAtStake, Long daysLeft, CollectionStage stage) {
        for (Rule rule : rules) {
            if (rule.holds(type, amountAtStake.abs(), daysLeft, stage)) {
                return rule.severity();
            }
        }
        return Severity.LOW;
    }

    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        for (String part : text.split("\\|")) {
            if (!part.isBlank()) {
                parts.add(part.trim().toUpperCase(Locale.ROOT));
            }
        }
        return parts;
    }
}
