package io.taxrecon.core.worklist;

import io.taxrecon.core.findings.Severity;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The night's counts for the console, run-summary.json and the firm summary's "Since last
 * night". {@code urgentBySeverity} counts actionable findings only (not dismissed, not an
 * answered deadline); the other counts are of every finding.
 *
 * @param entriesCarried reviewer entries attached to tonight's findings or to the Resolved sheet
 */
public record NightCounts(
        int newFindings,
        int stillOpen,
        int resolved,
        int dismissed,
        int deadlinesAnswered,
        int followUpsDue,
        int entriesCarried,
        Map<Severity, Integer> urgentBySeverity) {

    public NightCounts {
        Map<Severity, Integer> copy = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            copy.put(s, urgentBySeverity == null ? 0 : urgentBySeverity.getOrDefault(s, 0));
        }
        urgentBySeverity = Collections.unmodifiableMap(copy);
    }

    /** Actionable findings of this severity. */
    public int urgent(Severity severity) {
        return urgentBySeverity.get(severity);
    }
}
