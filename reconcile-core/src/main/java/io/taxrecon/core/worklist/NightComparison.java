package io.taxrecon.core.worklist;

import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.ordering.NaturalOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares tonight's findings with those of the previous completed night and applies the
 * reviewer's entries (SPEC.md, "Night over night"). A finding is the same finding when its
 * {@link FindingKey} is; its first_seen carries over from the previous night only, so a finding
 * that left and came back starts a new series as NEW.
 */
public final class NightComparison {

    private static final Comparator<ResolvedRow> RESOLVED_ORDER = Comparator
            .comparing((ResolvedRow r) -> !r.tonight())
            .thenComparing(r -> r.key().clientId(), NaturalOrder.INSTANCE)
            .thenComparingInt(r -> r.key().taxYear())
            .thenComparing(r -> r.key().findingType())
            .thenComparing(r -> r.key().reference(), NaturalOrder.INSTANCE);

    private final LocalDate runDate;
    private final TreeSet<LocalDate> runDates;

    /**
     * @param runDate tonight's run date
     * @param runDates the run dates the store holds (completed nights; tonight's may be among them
     *                 or not: it counts once either way). Nights open count these, not calendar days,
     *                 so a weekend without runs does not age a finding.
     */
    public NightComparison(LocalDate runDate, Collection<LocalDate> runDates) {
        this.runDate = Objects.requireNonNull(runDate, "runDate");
        this.runDates = new TreeSet<>(runDates);
        this.runDates.add(runDate);
    }

    /**
     * @param tonight tonight's findings
     * @param previousRunDate the latest earlier completed run date; null on the first night
     * @param previous what that night stored (empty on the first night)
     * @param entries the stored reviewer entries; of several for one key the latest read wins
     * @param hints why a finding of the previous night is gone, where tonight's records say
     */
    public NightView compare(List<Finding> tonight, LocalDate previousRunDate, Collection<PriorFinding> previous,
            Collection<ReviewEntry> entries, ResolutionHints hints) {
        if (previousRunDate != null && !previousRunDate.isBefore(runDate)) {
            throw new IllegalArgumentException("the previous night " + previousRunDate + " is not before " + runDate);
        }
        Map<FindingKey, PriorFinding> before = new LinkedHashMap<>();
        previous.forEach(p -> before.putIfAbsent(p.key(), p));
        Map<FindingKey, ReviewEntry> latest = latestEntries(entries);

        List<WorklistRow> open = new ArrayList<>(tonight.size());
        Set<FindingKey> seenTonight = new HashSet<>();
        for (Finding f : tonight) {
            FindingKey key = FindingKey.of(f);
            seenTonight.add(key);
            PriorFinding prior = before.get(key);
            LocalDate firstSeen = prior == null ? runDate : prior.firstSeen();
            ReviewEntry entry = latest.get(key);
            open.add(new WorklistRow(f, key, prior == null ? NightStatus.NEW : NightStatus.OPEN, firstSeen,
                    nightsFrom(firstSeen), entry, entry != null && entry.followUpDue(runDate),
                    entry != null && entry.respondedTo().isPresent()));
        }
        open.sort(OpenSheetOrder.comparator());

        List<ResolvedRow> resolved = new ArrayList<>();
        for (PriorFinding gone : before.values()) {
            if (!seenTonight.contains(gone.key())) {
                String reason = hints.reasonFor(gone).orElse(ResolutionHints.DEFAULT_REASON);
                resolved.add(new ResolvedRow(gone.key(), gone, runDate, reason, latest.get(gone.key())));
            }
        }
        for (ReviewEntry e : latest.values()) {
            // An entry outliving its finding's resolution stays on the Resolved sheet: no typed word is dropped.
            if (!seenTonight.contains(e.key()) && !before.containsKey(e.key()) && !e.isBlank()) {
                resolved.add(new ResolvedRow(e.key(), null, null, ResolvedRow.EARLIER_REASON, e));
            }
        }
        resolved.sort(RESOLVED_ORDER);
        return new NightView(runDate, previousRunDate, open, resolved);
    }

    /** Nights from {@code firstSeen} to tonight, both included, counted in run dates of the store. */
    int nightsFrom(LocalDate firstSeen) {
        if (firstSeen.isAfter(runDate)) {
            return 1; // a store holding a later night (a rerun of a past date): tonight is the first
        }
        return runDates.subSet(firstSeen, true, runDate, true).size();
    }

    private static Map<FindingKey, ReviewEntry> latestEntries(Collection<ReviewEntry> entries) {
        Map<FindingKey, ReviewEntry> latest = new LinkedHashMap<>();
        for (ReviewEntry e : entries) {
            latest.merge(e.key(), e, (had, next) -> next.readOn().isBefore(had.readOn()) ? had : next);
        }
        return latest;
    }
}
