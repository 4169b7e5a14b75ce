package io.taxrecon.batch.reconcile;

import io.taxrecon.batch.staging.FindingStore;
import io.taxrecon.core.engine.ClientReconciliation;
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
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Keeps what a chunk of clients concluded: their findings and summary lines in the finding store,
 * and a workbook for each client with a finding or a notice. A workbook is written to a temporary
 * file and moved into place whole, so a chunk redone after a failure rewrites it cleanly.
 */
public final class ReconciliationWriter implements ItemWriter<ClientReconciliation> {

    private final FindingStore findings;
    private final LocalDate runDate;
    private final Path clientsFolder;
    private final ReportContext context;
    private final ClientWorkbook workbook = new ClientWorkbook();
    private final ResponseLetter letters = new ResponseLetter();

    public ReconciliationWriter(FindingStore findings, LocalDate runDate, Path clientsFolder, ReportContext context) {
        this.findings = findings;
        this.runDate = runDate;
        this.clientsFolder = clientsFolder;
        this.context = context;
    }

    @Override
    public void write(Chunk<? extends ClientReconciliation> chunk) throws IOException {
        List<FindingStore.Conclusion> conclusions = new ArrayList<>();
        Files.createDirectories(clientsFolder);
        for (ClientReconciliation reconciliation : chunk) {
            String clientId = reconciliation.records().client().clientId();
            String workbookName = null;
            if (!reconciliation.findings().isEmpty() || !reconciliation.notices().isEmpty()) {
                workbookName = ClientWorkbook.fileNameFor(clientId);
                writeWorkbook(reconciliation, clientsFolder.resolve(workbookName));
            }
            ClientSummary summary = ClientSummary.of(reconciliation, workbookName == null ? null : "clients/" + workbookName);
            conclusions.add(new FindingStore.Conclusion(clientId, reconciliation.findings(), summary));
        }
        findings.save(runDate, conclusions);
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
}
