package io.taxrecon.batch.reconcile;

import io.taxrecon.batch.staging.FindingStore;
import io.taxrecon.batch.staging.PenaltyFigureStore;
import io.taxrecon.batch.worklist.NightOverNight;
import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.core.worklist.NightView;
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
 * its penalties.csv rows beside them, and a workbook for each client with a finding or a notice.
 * The chunk is first compared with the previous night and the reviewer's entries
 * ({@link NightOverNight#ofChunk}): each client's workbook and summary line show the night, and the
 * store keeps first_seen and why last night's findings left. A workbook is written to a temporary
 * file and moved into place whole, so a chunk redone after a failure rewrites it cleanly.
 */
public final class ReconciliationWriter implements ItemWriter<ClientReconciliation> {

    private final FindingStore findings;
    private final PenaltyFigureStore penalties;
    private final NightOverNight nights;
    private final LocalDate runDate;
    private final Path clientsFolder;
    private final ReportContext context;
    private final ClientWorkbook workbook = new ClientWorkbook();
    private final ResponseLetter letters = new ResponseLetter();

    public ReconciliationWriter(FindingStore findings, PenaltyFigureStore penalties, NightOverNight nights,
            LocalDate runDate, Path clientsFolder, ReportContext context) {
        this.findings = findings;
        this.penalties = penalties;
        this.nights = nights;
        this.runDate = runDate;
        this.clientsFolder = clientsFolder;
        this.context = context;
    }

    @Override
    public void write(Chunk<? extends ClientReconciliation> chunk) throws IOException {
        List<FindingStore.Conclusion> conclusions = new ArrayList<>();
        Files.createDirectories(clientsFolder);
        NightView chunkNight = nights.ofChunk(chunk.getItems());
        for (ClientReconciliation reconciliation : chunk) {
            String clientId = reconciliation.records().client().clientId();
            NightView night = chunkNight.forClient(clientId);
            String workbookName = null;
            if (!reconciliation.findings().isEmpty() || !reconciliation.notices().isEmpty()) {
                workbookName = ClientWorkbook.fileNameFor(clientId);
                writeWorkbook(reconciliation, night, clientsFolder.resolve(workbookName));
            }
            ClientSummary summary = ClientSummary.of(reconciliation, night,
                    workbookName == null ? null : "clients/" + workbookName);
            conclusions.add(new FindingStore.Conclusion(clientId, reconciliation.findings(), summary, night));
        }
        findings.save(runDate, conclusions);
        penalties.save(runDate, chunk.getItems());
    }

    private void writeWorkbook(ClientReconciliation reconciliation, NightView night, Path target) {
        try {
            // the draft response letters sit beside the workbook, which links to them
            Map<String, String> letters = this.letters.writeWarranted(reconciliation, context, target.getParent());
            workbook.write(reconciliation, night, context, target, letters);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
