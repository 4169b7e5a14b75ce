package io.taxrecon.reports.clientworkbook;

import io.taxrecon.core.clients.Client;
import io.taxrecon.core.engine.ClientRecords;
import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.income.CategoryComparison;
import io.taxrecon.core.income.IncomeDocument;
import io.taxrecon.core.income.InformationReturn;
import io.taxrecon.core.notices.Notice;
import io.taxrecon.core.notices.NoticeAssessment;
import io.taxrecon.core.payments.Payment;
import io.taxrecon.core.payments.PaymentOutcome;
import io.taxrecon.core.returns.ReturnLine;
import io.taxrecon.core.transcripts.TranscriptTransaction;
import io.taxrecon.core.values.SourceRef;
import io.taxrecon.reports.xlsx.SheetWriter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every input row behind the findings and the reconciliation, by file and line, saying what it
 * is and which findings cite it: the reviewer's index into the proof.
 *
 * <p>Included: the client row, notices, payments, return lines, the information returns and
 * transcript lines of the client's and spouse's TINs, every credit a payment outcome names and
 * every row a finding cites. Transcript lines of other TINs (kept only as candidates for a
 * misapplied payment) appear only when an outcome or a finding names them, and then without
 * their description, since they may belong to somebody else.
 */
final class EvidenceSheet implements ClientSheet {

    static final String[] COLUMNS = {"File", "Sheet", "Line", "What it is", "Cited by findings"};
    /** Fixed and already safe, so other sheets can link to it by name. */
    static final String NAME = "Evidence";
    /** The row (0-based) of the first evidence row, below the header. */
    static final int FIRST_ROW = 1;

    private static final Comparator<SourceRef> FILE_ORDER = Comparator
            .comparing(SourceRef::file, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(SourceRef::sheet)
            .thenComparingLong(SourceRef::line);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void write(ClientReport report, SheetWriter out) {
        out.widths(32, 14, 8, 80, 40);
        out.printSetup(report.pageHeader(), report.pageFooter(), 0);
        out.header(COLUMNS);
        out.freezeRowsAbove(1);
        Map<SourceRef, Entry> rows = report.evidence();
        for (Map.Entry<SourceRef, Entry> e : rows.entrySet()) {
            SourceRef ref = e.getKey();
            out.row()
                    .text(ref.file())
                    .text(ref.sheet())
                    .number(ref.line())
                    .wrapped(String.join("; ", e.getValue().what))
                    .wrapped(String.join("; ", e.getValue().citedBy));
        }
        out.autoFilter(0, COLUMNS.length - 1);
    }

    /** One evidence row: what the input row is, and which findings cite it. */
    static final class Entry {
        final Set<String> what = new LinkedHashSet<>();
        final Set<String> citedBy = new LinkedHashSet<>();
    }

    static Map<SourceRef, Entry> collect(ClientReport report) {
        ClientRecords records = report.records();
        Map<SourceRef, String> describe = descriptions(report);
        Map<SourceRef, Entry> rows = new TreeMap<>(FILE_ORDER);

        add(rows, describe, records.client().source());
        records.notices().forEach(n -> add(rows, describe, n.source()));
        records.payments().forEach(p -> add(rows, describe, p.source()));
        records.returnLines().forEach(r -> add(rows, describe, r.source()));
        records.informationReturns().forEach(i -> add(rows, describe, i.source()));
        records.transactions().stream().filter(t -> report.owns(t.tin())).forEach(t -> add(rows, describe, t.source()));
        for (PaymentOutcome o : report.reconciliation().payments()) {
            o.credits().forEach(c -> add(rows, describe, c.source()));
        }
        for (CategoryComparison c : report.reconciliation().income()) {
            for (IncomeDocument d : c.documents()) {
                d.boxes().forEach(b -> add(rows, describe, b.source()));
            }
        }
        for (NoticeAssessment n : report.reconciliation().notices()) {
            add(rows, describe, n.notice().source());
        }
        for (Finding f : report.findings()) {
            String label = f.type() + " " + (f.reference() == null ? "" : f.reference());
            for (SourceRef ref : f.evidence()) {
                add(rows, describe, ref).citedBy.add(label.strip());
            }
        }
        return rows;
    }

    private static Entry add(Map<SourceRef, Entry> rows, Map<SourceRef, String> describe, SourceRef ref) {
        if (ref == null) {
            return new Entry(); // nothing to point at; the caller's citation is dropped
        }
        return rows.computeIfAbsent(ref, r -> {
            Entry e = new Entry();
            e.what.add(describe.getOrDefault(r, "input row"));
            return e;
        });
    }

    private static Map<SourceRef, String> descriptions(ClientReport report) {
        ClientRecords r = report.records();
        Map<SourceRef, String> d = new HashMap<>();
        Client c = r.client();
        put(d, c.source(), "client record " + c.clientId());
        for (Notice n : r.notices()) {
            put(d, n.source(), "IRS notice " + n.noticeId() + " (" + n.noticeCode() + ") for tax year " + n.taxYear()
                    + ", dated " + n.noticeDate() + ", amount due " + Wording.dollars(n.amountDue()));
        }
        for (Payment p : r.payments()) {
            put(d, p.source(), "client payment " + p.paymentId() + " of " + Wording.dollars(p.amount()) + " on "
                    + p.paymentDate() + " for tax year " + p.taxYear()
                    + (p.method() == null ? "" : " by " + p.method())
                    + (p.confirmationNumber() == null ? "" : ", confirmation " + p.confirmationNumber()));
        }
        for (ReturnLine l : r.returnLines()) {
            put(d, l.source(), "filed return " + (l.taxForm() == null ? "" : l.taxForm() + " ") + "for " + l.taxYear()
                    + ", line " + l.line() + (l.category() == null ? "" : " (" + l.category() + ")")
                    + ": " + Wording.dollars(l.amount()));
        }
        for (InformationReturn i : r.informationReturns()) {
            put(d, i.source(), (i.origin() == InformationReturn.Origin.CLIENT ? "client's copy of " : "IRS record of ")
                    + (i.formType() == null ? "form" : i.formType().label()) + " " + i.documentId()
                    + (i.payerName() == null ? "" : " from " + i.payerName())
                    + ", box " + i.box() + ": " + Wording.dollars(i.amount())
                    + ", tax year " + i.taxYear() + (i.corrected() ? ", corrected" : ""));
        }
        for (TranscriptTransaction t : r.transactions()) {
            boolean own = report.owns(t.tin());
            put(d, t.source(), "IRS transcript TC " + t.transactionCode() + " on " + t.transactionDate()
                    + ", " + Wording.dollars(t.magnitude()) + ", tax year " + t.taxYear()
                    + (own ? ", TIN " + ClientReport.masked(t.tin()) : ", on another account " + ClientReport.masked(t.tin()))
                    + (own && t.description() != null && !t.description().isBlank() ? " (" + t.description() + ")" : ""));
        }
        return d;
    }

    private static void put(Map<SourceRef, String> d, SourceRef ref, String text) {
        if (ref != null) {
            d.putIfAbsent(ref, text);
        }
    }
}
