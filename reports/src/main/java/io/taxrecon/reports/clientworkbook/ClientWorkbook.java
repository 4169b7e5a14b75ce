package io.taxrecon.reports.clientworkbook;

import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.core.worklist.NightView;
import io.taxrecon.reports.files.SafeFileName;
import io.taxrecon.reports.xlsx.FastWorkbook;
import io.taxrecon.reports.xlsx.SheetNames;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes one client's reconciliation workbook: Summary, Findings, Payments, Income,
 * Penalties &amp; interest (when the client has a TIN-year with one), Evidence.
 * It holds that client's data alone, never a full TIN, and appears at its target only when
 * complete (written to a temporary file, then renamed), so a restarted job simply rewrites it;
 * encrypted when the {@link ReportContext} has a password.
 * Written with fastexcel, without POI's object model: the night writes thousands of these.
 * Stateless and thread-safe: one instance may serve parallel partitions.
 */
public final class ClientWorkbook {

    /** The sheets, in workbook order; a new sheet is one more entry here. */
    private static final List<ClientSheet> SHEETS = List.of(
            new SummarySheet(), new FindingsSheet(), new PaymentsSheet(), new IncomeSheet(), new PenaltiesSheet(),
            new EvidenceSheet());

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
        FastWorkbook workbook = new FastWorkbook(report.redactor());
        SheetNames names = new SheetNames();
        for (ClientSheet sheet : SHEETS.stream().filter(s -> s.appliesTo(report)).toList()) {
            sheet.write(report, workbook.sheet(names.claim(sheet.name())));
        }
        workbook.write(target, context.runDate(), context.password());
    }
}
