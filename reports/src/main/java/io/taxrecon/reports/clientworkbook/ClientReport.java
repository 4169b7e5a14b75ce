package io.taxrecon.reports.clientworkbook;

import io.taxrecon.core.clients.Client;
import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.core.engine.ClientRecords;
import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.values.SourceRef;
import io.taxrecon.core.values.Tin;
import io.taxrecon.core.worklist.NightView;
import io.taxrecon.core.worklist.WorklistRow;
import io.taxrecon.reports.privacy.TinRedactor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the sheets of one client's workbook share, computed once: the reconciliation, the run,
 * the night (when the job compared with the previous one), the findings in reading order (those
 * the reviewer dismissed or answered last), and a redactor that knows every TIN in the client's
 * records.
 */
final class ClientReport {

    /** Most urgent first: severity, then the earliest due date (none last), then year, type, reference. */
    static final Comparator<Finding> READING_ORDER = Comparator
            .comparing(Finding::severity, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Finding::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(Finding::taxYear)
            .thenComparing(Finding::type, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Finding::reference, Comparator.nullsLast(Comparator.naturalOrder()));

    private final ClientReconciliation reconciliation;
    private final ReportContext context;
    private final NightView night;
    private final List<Finding> findings;
    private final TinRedactor redactor;
    private final Map<String, String> letterFiles;
    private Map<SourceRef, Integer> evidenceRows;

    ClientReport(ClientReconciliation reconciliation, ReportContext context) {
        this(reconciliation, null, context, Map.of());
    }

    /** @param night the client's part of the night, or null when the run has none */
    ClientReport(ClientReconciliation reconciliation, NightView night, ReportContext context,
                 Map<String, String> letterFiles) {
        this.reconciliation = reconciliation;
        this.night = night;
        this.context = context;
        this.letterFiles = Map.copyOf(letterFiles);
        List<Finding> sorted = new ArrayList<>(reconciliation.findings());
        sorted.sort(Comparator.comparing((Finding f) -> !actionable(f)).thenComparing(READING_ORDER));
        this.findings = List.copyOf(sorted);
        this.redactor = TinRedactor.forRecords(reconciliation.records());
    }

    ClientReconciliation reconciliation() {
        return reconciliation;
    }

    ClientRecords records() {
        return reconciliation.records();
    }

    Client client() {
        return reconciliation.records().client();
    }

    ReportContext context() {
        return context;
    }

    List<Finding> findings() {
        return findings;
    }

    /** True when the run compared with the previous night: the sheets show first seen and the reviewer's entries. */
    boolean hasNight() {
        return night != null;
    }

    /** The finding's row of the night; empty without a night. */
    Optional<WorklistRow> row(Finding f) {
        return night == null ? Optional.empty() : night.row(f);
    }

    /** False for a finding the reviewer dismissed and for a deadline they answered: out of severity counts, greyed. */
    boolean actionable(Finding f) {
        return night == null || night.isActionable(f);
    }

    /** True when the reviewer marked this notice's RESPONSE_DEADLINE Responded: no deadline alert for it. */
    boolean deadlineAnswered(int taxYear, String noticeId) {
        return night != null && noticeId != null && night.deadlineAnswered(client().clientId(), taxYear, noticeId);
    }

    TinRedactor redactor() {
        return redactor;
    }

    /** The draft response letter of a notice, a file name relative to the workbook; null when none. */
    String letterFile(String noticeId) {
        return noticeId == null ? null : letterFiles.get(noticeId);
    }

    /**
     * The 0-based row of the Evidence sheet that shows {@code ref}, or -1. The Evidence sheet is
     * written last, but its rows are known up front so that earlier sheets can link to them.
     */
    int evidenceRow(SourceRef ref) {
        if (evidenceRows == null) {
            Map<SourceRef, Integer> rows = new HashMap<>();
            int row = EvidenceSheet.FIRST_ROW;
            for (SourceRef r : evidence().keySet()) {
                rows.put(r, row++);
            }
            evidenceRows = rows;
        }
        return ref == null ? -1 : evidenceRows.getOrDefault(ref, -1);
    }

    private Map<SourceRef, EvidenceSheet.Entry> evidence;

    /** The Evidence sheet's rows, in sheet order; computed once. */
    Map<SourceRef, EvidenceSheet.Entry> evidence() {
        if (evidence == null) {
            evidence = EvidenceSheet.collect(this);
        }
        return evidence;
    }

    /** The client's name, or its id when the name is blank. */
    String clientLabel() {
        Client c = client();
        return c.name() == null || c.name().isBlank() ? c.clientId() : c.name();
    }

    String pageHeader() {
        String firm = context.firmName();
        return (firm == null || firm.isBlank() ? "" : firm + " - ") + clientLabel();
    }

    String pageFooter() {
        return "Client " + client().clientId() + " - run of " + context.runDate();
    }

    /** True when the TIN is the client's or the spouse's; another account's details stay out of this workbook. */
    boolean owns(Tin tin) {
        return tin != null && client().owns(tin);
    }

    static String masked(Tin tin) {
        return tin == null ? null : tin.masked();
    }
}
