package io.taxrecon.batch.reconcile;

import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.values.SourceRef;
import io.taxrecon.reports.clientworkbook.ClientWorkbook;
import io.taxrecon.reports.clientworkbook.ReportContext;
import io.taxrecon.reports.firmsummary.ClientSummary;
import io.taxrecon.reports.letters.ResponseLetter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps what a chunk of clients concluded: their findings and summary rows in the staging store,
 * and a workbook for each client with a finding or a notice. A workbook is written to a temporary
 * file and moved into place whole, so a chunk redone after a failure rewrites it cleanly.
 */
public final class ReconciliationWriter implements ItemWriter<ClientReconciliation> {

    private final JdbcTemplate jdbc;
    private final LocalDate runDate;
    private final Path clientsFolder;
    private final ReportContext context;
    private final ClientWorkbook workbook = new ClientWorkbook();
    private final ResponseLetter letters = new ResponseLetter();

    public ReconciliationWriter(JdbcTemplate jdbc, LocalDate runDate, Path clientsFolder, ReportContext context) {
        this.jdbc = jdbc;
        this.runDate = runDate;
        this.clientsFolder = clientsFolder;
        this.context = context;
    }

    @Override
    public void write(Chunk<? extends ClientReconciliation> chunk) throws IOException {
        List<Object[]> findings = new ArrayList<>();
        List<Object[]> summaries = new ArrayList<>();
        Files.createDirectories(clientsFolder);
        for (ClientReconciliation reconciliation : chunk) {
            String clientId = reconciliation.records().client().clientId();
            int position = 0;
            for (Finding f : reconciliation.findings()) {
                findings.add(new Object[] {runDate, clientId, position++, f.taxYear(), f.type().name(),
                        f.severity().name(), f.reference(), f.irsAmount(), f.clientAmount(), f.difference(),
                        f.noticeId(), f.dueDate(), f.explanation(), f.recommendedAction(), evidence(f.evidence())});
            }
            String workbookName = null;
            if (!reconciliation.findings().isEmpty() || !reconciliation.notices().isEmpty()) {
                workbookName = ClientWorkbook.fileNameFor(clientId);
                writeWorkbook(reconciliation, clientsFolder.resolve(workbookName));
            }
            ClientSummary summary = ClientSummary.of(reconciliation, workbookName == null ? null : "clients/" + workbookName);
            summaries.add(new Object[] {runDate, clientId, summary.clientName(), summary.maskedTin(), summary.reviewer(),
                    summary.topSeverity() == null ? null : summary.topSeverity().name(),
                    summary.topSeverity() == null ? 9 : summary.topSeverity().ordinal(), summary.minDaysLeft(),
                    summary.amountAtStake(), counts(summary.findingCounts()),
                    reconciliation.findings().size(), summary.noticeCount(), summary.dataIncomplete(),
                    summary.workbookFileName()});
        }
        jdbc.batchUpdate("insert into finding (run_date, client_id, position, tax_year, finding_type, severity, "
                + "reference, irs_amount, client_amount, difference, notice_id, due_date, explanation, "
                + "recommended_action, evidence) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", findings);
        jdbc.batchUpdate("insert into client_summary (run_date, client_id, client_name, masked_tin, reviewer, "
                + "top_severity, severity_rank, min_days_left, amount_at_stake, finding_counts, finding_total, "
                + "notice_count, data_incomplete, workbook) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", summaries);
    }

    private void writeWorkbook(ClientReconciliation reconciliation, Path target) {
        try {
            // the draft response letters sit beside the workbook, which links to them
            Map<String, String> letters = this.letters.writeWarranted(reconciliation, context, target.getParent());
            workbook.write(reconciliation, context, target, letters);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    static String evidence(List<SourceRef> evidence) {
        return evidence.stream().map(SourceRef::toString).collect(Collectors.joining("; "));
    }

    /** "UNPOSTED_PAYMENT=2;WITHHOLDING_MISMATCH=1", in finding-type order. */
    static String counts(Map<FindingType, Integer> counts) {
        return counts.entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue() > 0)
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().name() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
    }
}
