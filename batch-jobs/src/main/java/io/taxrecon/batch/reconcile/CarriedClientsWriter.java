package io.taxrecon.batch.reconcile;

import io.taxrecon.batch.staging.ClientNightStore;
import io.taxrecon.batch.staging.ClientNightStore.ClientNight;
import io.taxrecon.batch.staging.FindingStore;
import io.taxrecon.batch.staging.PenaltyFigureStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Carries a chunk of clients from the previous night unchanged: their findings (keys and
 * first_seen), summary lines and penalty rows are copied in the store, their workbook and letters
 * brought into tonight's folder, and tonight records what the previous night knew of them. The
 * same whether the client was found unchanged without reading it or after comparing its digest.
 */
public final class CarriedClientsWriter implements ItemWriter<ClientNight> {

    private final FindingStore findings;
    private final PenaltyFigureStore penalties;
    private final ClientNightStore clientNights;
    private final CarryForward carry;
    private final LocalDate runDate;
    private final Path clientsFolder;

    public CarriedClientsWriter(FindingStore findings, PenaltyFigureStore penalties, ClientNightStore clientNights,
            CarryForward carry, LocalDate runDate, Path clientsFolder) {
        this.findings = findings;
        this.penalties = penalties;
        this.clientNights = clientNights;
        this.carry = carry;
        this.runDate = runDate;
        this.clientsFolder = clientsFolder;
    }

    @Override
    public void write(Chunk<? extends ClientNight> chunk) throws IOException {
        carry(List.copyOf(chunk.getItems()));
    }

    /** Carries these clients, as the previous night knew them, into tonight. */
    void carry(List<ClientNight> clients) throws IOException {
        if (clients.isEmpty()) {
            return;
        }
        Files.createDirectories(clientsFolder);
        for (ClientNight client : clients) {
            carry.bringFiles(client.files(), clientsFolder);
        }
        List<String> ids = clients.stream().map(ClientNight::clientId).toList();
        findings.carry(carry.previousNight(), runDate, ids);
        penalties.carry(carry.previousNight(), runDate, ids);
        clientNights.save(runDate, clients);
    }
}
