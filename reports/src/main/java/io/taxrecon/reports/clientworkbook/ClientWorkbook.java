package io.taxrecon.reports.clientworkbook;

import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.core.engine.ClientRecords;
import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.notices.NoticeAssessment;
import io.taxrecon.core.payments.PaymentOutcome;
import io.taxrecon.core.income.CategoryComparison;
import io.taxrecon.core.worklist.NightView;
import io.taxrecon.reports.files.SafeFileName;
import io.taxrecon.reports.xlsx.SheetNames;
import io.taxrecon.reports.xlsx.SheetWriter;
import io.taxrecon.reports.xlsx.XlsxFile;
import io.taxrecon.reports.xlsx.XlsxStyles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes one client's reconciliation workbook: Summary, Findings, Payments, Income,
 * Penalties &amp; interest (when the client has a TIN-year with one), Evidence.
 * It holds that client's data alone, never a full TIN, and appears at its target only when
 * complete (written to a temporary file, then renamed), so a restarted job simply rewrites it;
 * encrypted when the {@link ReportContext} has a password.
 * Stateless and thread-safe: one instance may serve parallel partitions.
 */
public final class ClientWorkbook {

    /** The sheets, in workbook order; a new sheet is one more entry here. */
    private static final List<ClientSheet> SHEETS = List.of(
            new SummarySheet(), new FindingsSheet(), new PaymentsSheet(), new IncomeSheet(), new PenaltiesSheet(),
            new EvidenceSheet());

    /** Rows of the fixed parts of the sheets (titles, client block, headers, gaps), generously. */
    private static final int FIXED_ROWS = 60;

    /**
     * "&lt;clientId&gt;.xlsx" when the id is a safe file name (letters, digits, '.', '_', '-', not
     * starting with '.', at most 100 characters, not a Windows device name). Otherwise the unsafe
     * characters become '_' and a short hash of the real id is appended, so two ids that clean up
     * alike ("A/B", "A:B") still get different files.
     */
    public static String fileNameFor(String clientId) {
        return SafeFileName.of(clientId, ".xlsx");
    }

    /**
     * Writes the workbook to {@code target}, replacing any earlier one. On failure nothing is left
     * at the target that was not there before, and temporary files are deleted.
     */
    public void write(ClientReconciliation reconciliation, ReportContext context, Path target) throws IOException {
        write(reconciliation, context, target, Map.of());
    }

    /**
     * As {@link #write(ClientReconciliation, ReportContext, Path)}, and the Summary's notices table
     * links each notice in {@code letterFiles} (notice_id to a file name relative to the workbook's
     * folder, normally {@code ResponseLetter.fileNameFor}) to its draft response letter.
     */
    public void write(ClientReconciliation reconciliation, ReportContext context, Path target,
                      Map<String, String> letterFiles) throws IOException {
        write(reconciliation, null, context, target, letterFiles);
    }

    /**
     * As {@link #write(ClientReconciliation, ReportContext, Path, Map)}, with the night: the Findings
     * sheet adds first seen, night status and the reviewer's status and note; findings the reviewer
     * dismissed, and deadlines they answered, are greyed at the end and left out of the Summary's
     * severity counts; an answered notice shows no days-left alert.
     *
     * @param night the client's part of the night ({@code NightView.forClient}); null for none
     */
    public void write(ClientReconciliation reconciliation, NightView night, ReportContext context, Path target,
                      Map<String, String> letterFiles) throws IOException {
        Objects.requireNonNull(reconciliation, "reconciliation");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(target, "target");
        ClientReport report = new ClientReport(reconciliation, night, context,
                letterFiles == null ? Map.of() : letterFiles);
        Workbook workbook = XlsxFile.newWorkbookFor(expectedRows(reconciliation));
        try {
            XlsxFile.stamp(workbook, context.runDate());
            XlsxStyles styles = new XlsxStyles(workbook);
            SheetNames names = new SheetNames();
            for (ClientSheet sheet : SHEETS.stream().filter(s -> s.appliesTo(report)).toList()) {
                SheetWriter out = new SheetWriter(workbook.createSheet(names.claim(sheet.name())), styles, report.redactor());
                sheet.write(report, out);
            }
            XlsxFile.writeAtomically(workbook, target, context.password());
        } finally {
            XlsxFile.dispose(workbook);
        }
    }

    /** An upper estimate of the rows of all sheets, to choose between an in-memory and a streaming workbook. */
    static long expectedRows(ClientReconciliation rec) {
        ClientRecords r = rec.records();
        long rows = FIXED_ROWS + rec.findings().size() + rec.income().size();
        for (PaymentOutcome p : rec.payments()) {
            rows += Math.max(1, p.credits().size());
        }
        for (CategoryComparison c : rec.income()) {
            rows += c.documents().stream().mapToLong(d -> d.boxes().size()).sum();
        }
        for (NoticeAssessment n : rec.notices()) {
            // a live-table row, a timeline row and a year's headings, and a live notice's bridge
            rows += 14 + n.adjustments().size();
        }
        // Evidence: every input row of the client, plus what the findings cite.
        rows += 1 + r.notices().size() + r.payments().size() + r.returnLines().size()
                + 2L * r.informationReturns().size() + r.transactions().size();
        for (Finding f : rec.findings()) {
            rows += f.evidence().size();
        }
        return rows + PenaltiesSheet.expectedRows(rec);
    }
}
