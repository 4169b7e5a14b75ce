package io.taxrecon.batch.reconcile;

import io.taxrecon.batch.staging.ClientNightStore;
import io.taxrecon.batch.staging.ClientNightStore.ClientNight;
import io.taxrecon.batch.staging.FindingStore;
import io.taxrecon.batch.staging.PenaltyFigureStore;
import io.taxrecon.batch.worklist.NightOverNight;
import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.worklist.NightStatus;
import io.taxrecon.core.worklist.NightView;
import io.taxrecon.core.worklist.WorklistRow;
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
 * its penalties.csv rows beside them, a workbook for each client with a finding or a notice, and
 * what the night knew of each client ({@link ClientNightStore}) for the next night to decide on.
 * The reconciled clients are first compared with the previous night and the reviewer's entries
 * ({@link NightOverNight#ofChunk}): each client's workbook and summary line show the night, and the
 * store keeps first_seen and why last night's findings left. Carried clients keep last night's
 * findings, summary line and penalty rows, and their files are brought over, not written again. A
 * workbook is written to a temporary file and moved into place whole, so a chunk redone after a
 * failure rewrites it cleanly.
 */
public final class ReconciliationWriter implements ItemWriter<ClientOutcome> {

    private final FindingStore findings;
    private final PenaltyFigureStore penalties;
    private final ClientNightStore clientNights;
    private final NightOverNight nights;
    private final CarryForward carry;
    private final CarriedClientsWriter carriedClients;
    private final LocalDate runDate;
    private final Path clientsFolder;
    private final ReportContext context;
    private final ClientWorkbook workbook = new ClientWorkbook();
    private final ResponseLetter letters = new ResponseLetter();

    public ReconciliationWriter(FindingStore findings, PenaltyFigureStore penalties, ClientNightStore clientNights,
            NightOverNight nights, CarryForward carry, LocalDate runDate, Path clientsFolder, ReportContext context) {
        this.findings = findings;
        this.penalties = penalties;
        this.clientNights = clientNights;
        this.nights = nights;
        this.carry = carry;
        this.carriedClients = new CarriedClientsWriter(findings, penalties, clientNights, carry, runDate, clientsFolder);
        this.runDate = runDate;
        this.clientsFolder = clientsFolder;
        this.context = context;
    }

    @Override
    public void write(Chunk<? extends ClientOutcome> chunk) throws IOException {
        Files.createDirectories(clientsFolder);
        List<ClientReconciliation> reconciled = new ArrayList<>();
        List<ClientNight> carried = new ArrayList<>();
        for (ClientOutcome outcome : chunk) {
            if (outcome.carried()) {
                carried.add(outcome.carriedFrom());
            } else {
                reconciled.add(outcome.reconciliation());
            }
        }
        clientNights.save(runDate, writeReconciled(chunk, reconciled));
        carriedClients.carry(carried);
    }

    /** The reconciled clients' workbooks, letters, findings and penalty rows; what tonight knows of each. */
    private List<ClientNight> writeReconciled(Chunk<? extends ClientOutcome> chunk, List<ClientReconciliation> reconciled) {
        List<FindingStore.Conclusion> conclusions = new ArrayList<>();
        List<ClientNight> known = new ArrayList<>();
        NightView chunkNight = nights.ofChunk(reconciled);
        for (ClientOutcome outcome : chunk) {
            if (outcome.carried()) {
                continue;
            }
            ClientReconciliation reconciliation = outcome.reconciliation();
            String clientId = outcome.clientId();
            NightView night = chunkNight.forClient(clientId);
            List<String> files = new ArrayList<>();
            String workbookName = null;
            if (!reconciliation.findings().isEmpty() || !reconciliation.notices().isEmpty()) {
                workbookName = ClientWorkbook.fileNameFor(clientId);
                files.add(workbookName);
                files.addAll(writeWorkbook(reconciliation, night, clientsFolder.resolve(workbookName)));
            }
            ClientSummary summary = ClientSummary.of(reconciliation, night,
                    workbookName == null ? null : "clients/" + workbookName);
            conclusions.add(new FindingStore.Conclusion(clientId, reconciliation.findings(), summary, night));
            known.add(new ClientNight(clientId, outcome.inputsHash(), carry.contextHash(), outcome.nextChange(),
                    runDate, settled(reconciliation.findings(), night), files));
        }
        findings.save(runDate, conclusions);
        penalties.save(runDate, reconciled);
        return known;
    }

    /** No finding is new tonight: tomorrow the workbook, unchanged, would still be true. */
    private static boolean settled(List<Finding> found, NightView night) {
        return found.stream().allMatch(f -> night != null
                && night.row(f).map(WorklistRow::nightStatus).orElse(NightStatus.NEW) != NightStatus.NEW);
    }

    /** The workbook and, beside it, the letters it links to; returns the letters' file names. */
    private List<String> writeWorkbook(ClientReconciliation reconciliation, NightView night, Path target) {
        try {
            // the draft response letters sit beside the workbook, which links to them
            Map<String, String> letters = this.letters.writeWarranted(reconciliation, context, target.getParent());
            workbook.write(reconciliation, night, context, target, letters);
            return List.copyOf(letters.values());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
