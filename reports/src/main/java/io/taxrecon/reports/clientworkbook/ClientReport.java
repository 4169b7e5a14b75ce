package io.taxrecon.reports.clientworkbook;

import io.taxrecon.core.clients.Client;
import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.core.engine.ClientRecords;
import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.values.SourceRef;
import io.taxrecon.core.values.Tin;
import io.taxrecon.reports.privacy.TinRedactor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the sheets of one client's workbook share, computed once: the reconciliation, the run,
 * the findings in reading order, and a redactor that knows every TIN in the client's records.
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
    private final List<Finding> findings;
    private final TinRedactor redactor;
    private final Map<String, String> letterFiles;
    private Map<SourceRef, Integer> evidenceRows;

    ClientReport(ClientReconciliation reconciliation, ReportContext context) {
        this(reconciliation, context, Map.of());
    }

    ClientReport(ClientReconciliation reconciliation, ReportContext context, Map<String, String> letterFiles) {
        this.reconciliation = reconciliation;
        this.context = context;
        this.letterFiles = Map.copyOf(letterFiles);
        List<Finding> sorted = new ArrayList<>(reconciliation.findings());
        sorted.sort(READING_ORDER);
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
