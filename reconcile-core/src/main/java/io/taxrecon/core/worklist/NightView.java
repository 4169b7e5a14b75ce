package io.taxrecon.core.worklist;

import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.findings.Severity;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Tonight against the previous completed night: the Open sheet's rows in order, the Resolved
 * sheet's rows, and what the reviewer's entries do to severity, ranking and the urgent counts.
 * Reports ask it about each finding ({@link #row}, {@link #isActionable}).
 *
 * @param previousRunDate the night compared with; null on the first night of a store
 */
public final class NightView {

    private final LocalDate runDate;
    private final LocalDate previousRunDate;
    private final List<WorklistRow> open;
    private final List<ResolvedRow> resolved;
    private final Map<FindingKey, WorklistRow> byKey = new HashMap<>();
    private final Set<FindingKey> answered = new HashSet<>();

    /** {@code open} in the Open sheet's order, {@code resolved} in the Resolved sheet's. */
    public NightView(LocalDate runDate, LocalDate previousRunDate, List<WorklistRow> open, List<ResolvedRow> resolved) {
        this.runDate = Objects.requireNonNull(runDate, "runDate");
        this.previousRunDate = previousRunDate;
        this.open = List.copyOf(open);
        this.resolved = List.copyOf(resolved);
        for (WorklistRow r : this.open) {
            byKey.putIfAbsent(r.key(), r);
            if (r.deadlineAnswered()) {
                answered.add(r.key());
            }
        }
    }

    public LocalDate runDate() {
        return runDate;
    }

    public LocalDate previousRunDate() {
        return previousRunDate;
    }

    /** The Open sheet's rows, in its order. */
    public List<WorklistRow> open() {
        return open;
    }

    /** The Resolved sheet's rows, in its order. */
    public List<ResolvedRow> resolved() {
        return resolved;
    }

    /**
     * The part of the night about one client, in the same orders: what that client's workbook and
     * firm-summary line show, so that a partition needs only its own clients' rows.
     */
    public NightView forClient(String clientId) {
        return new NightView(runDate, previousRunDate,
                open.stream().filter(r -> r.key().clientId().equals(clientId)).toList(),
                resolved.stream().filter(r -> r.key().clientId().equals(clientId)).toList());
    }

    /** Tonight's row of a finding; empty for a finding that was not part of the comparison. */
    public Optional<WorklistRow> row(Finding finding) {
        return Optional.ofNullable(byKey.get(FindingKey.of(finding)));
    }

    /** False for a dismissed finding and for an answered deadline: leave them out of severity, ranking and urgent counts. */
    public boolean isActionable(Finding finding) {
        return row(finding).map(WorklistRow::actionable).orElse(true);
    }

    /** The findings among {@code findings} that count toward severity, ranking and the urgent counts. */
    public List<Finding> actionable(Collection<Finding> findings) {
        return findings.stream().filter(this::isActionable).toList();
    }

    /** True when the reviewer marked this notice's RESPONSE_DEADLINE Responded: no deadline alert for it. */
    public boolean deadlineAnswered(String clientId, int taxYear, String noticeId) {
        return answered.contains(new FindingKey(clientId, taxYear, FindingType.RESPONSE_DEADLINE.name(), noticeId));
    }

    /** The new HIGH findings the reviewer should act on, for "Since last night". */
    public List<WorklistRow> newHigh() {
        return open.stream().filter(r -> r.nightStatus() == NightStatus.NEW && r.actionable()
                && r.finding().severity() == Severity.HIGH).toList();
    }

    /** What the store keeps of tonight for tomorrow's comparison: every finding with its first_seen. */
    public List<PriorFinding> toStore() {
        return open.stream().map(WorklistRow::toPrior).toList();
    }

    /** The night's counts. */
    public NightCounts counts() {
        int fresh = 0;
        int dismissed = 0;
        int deadlines = 0;
        int due = 0;
        int entries = 0;
        Map<Severity, Integer> urgent = new EnumMap<>(Severity.class);
        for (WorklistRow r : open) {
            fresh += r.nightStatus() == NightStatus.NEW ? 1 : 0;
            dismissed += r.dismissed() ? 1 : 0;
            deadlines += r.deadlineAnswered() ? 1 : 0;
            due += r.followUpDue() ? 1 : 0;
            entries += r.entry() != null && !r.entry().isBlank() ? 1 : 0;
            if (r.actionable() && r.finding().severity() != null) {
                urgent.merge(r.finding().severity(), 1, Integer::sum);
            }
        }
        int resolvedTonight = 0;
        for (ResolvedRow r : resolved) {
            resolvedTonight += r.tonight() ? 1 : 0;
            entries += r.entry() != null && !r.entry().isBlank() ? 1 : 0;
        }
        return new NightCounts(fresh, open.size() - fresh, resolvedTonight, dismissed, deadlines, due, entries, urgent);
    }
}
