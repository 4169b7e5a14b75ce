package io.taxrecon.batch.worklist;

import io.taxrecon.batch.staging.FindingStore;
import io.taxrecon.batch.staging.ReviewEntryStore;
import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.worklist.FindingKey;
import io.taxrecon.core.worklist.KnownResolutions;
import io.taxrecon.core.worklist.NightComparison;
import io.taxrecon.core.worklist.NightView;
import io.taxrecon.core.worklist.PriorFinding;
import io.taxrecon.core.worklist.ResolutionHints;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tonight against the previous completed night of the same staging store, as the job builds it:
 * per chunk of clients in the reconcile step (their workbooks and summary lines need it, and the
 * store keeps first_seen and the reasons of what left), and for the whole firm in the outputs step
 * (findings.csv, the firm summary's "Since last night", the worklist). Both read the same tables,
 * so a remote worker's chunk sees what a single process would.
 */
public final class NightOverNight {

    private final FindingStore findings;
    private final ReviewEntryStore entries;
    private final LocalDate runDate;
    private LocalDate previous;
    private NightComparison comparison;

    public NightOverNight(FindingStore findings, ReviewEntryStore entries, LocalDate runDate) {
        this.findings = findings;
        this.entries = entries;
        this.runDate = runDate;
    }

    /** The latest completed night before this one; null on the first night of the store. */
    public LocalDate previousNight() {
        comparison();
        return previous;
    }

    /**
     * The night of a chunk of clients, in client id order: one query for the previous night's
     * findings of the chunk and one for the entries; why a finding left is read off the chunk's
     * reconciliations ({@link KnownResolutions#from}).
     */
    public NightView ofChunk(List<? extends ClientReconciliation> chunk) {
        if (chunk.isEmpty()) {
            return comparison().compare(List.of(), previousNight(), List.of(), List.of(), ResolutionHints.none());
        }
        String first = chunk.get(0).records().client().clientId();
        String last = chunk.get(chunk.size() - 1).records().client().clientId();
        Set<String> ids = new HashSet<>();
        List<Finding> tonight = new ArrayList<>();
        KnownResolutions hints = new KnownResolutions();
        for (ClientReconciliation rec : chunk) {
            ids.add(rec.records().client().clientId());
            tonight.addAll(rec.findings());
            hints.add(rec);
        }
        List<PriorFinding> before = previousNight() == null ? List.of()
                : findings.priorFindings(previous, first, last).stream()
                        .filter(p -> ids.contains(p.key().clientId())).toList();
        var chunkEntries = entries.latestOfClients(first, last).stream()
                .filter(e -> ids.contains(e.key().clientId())).toList();
        return comparison().compare(tonight, previous, before, chunkEntries, hints);
    }

    /**
     * The firm's night: {@code tonight} is every finding of the night; the reasons are those the
     * reconcile step stored. A client of last night that is gone tonight resolves here, with the
     * default reason.
     */
    public NightView ofFirm(List<Finding> tonight) {
        KnownResolutions hints = new KnownResolutions();
        for (Map.Entry<FindingKey, String> reason : findings.resolutionReasons(runDate).entrySet()) {
            hints.reason(reason.getKey(), reason.getValue());
        }
        List<PriorFinding> before = previousNight() == null ? List.of() : findings.priorFindings(previous);
        return comparison().compare(tonight, previous, before, entries.latest(), hints);
    }

    private NightComparison comparison() {
        if (comparison == null) {
            previous = findings.previousNight(runDate).orElse(null);
            comparison = new NightComparison(runDate, findings.completedNights());
        }
        return comparison;
    }
}
