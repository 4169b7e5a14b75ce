package io.taxrecon.batch.reconcile;

import io.taxrecon.batch.ReconcileProperties;
import io.taxrecon.batch.outputs.RunFolder;
import io.taxrecon.batch.staging.ClientNightStore;
import io.taxrecon.batch.staging.ClientNightStore.ClientNight;
import io.taxrecon.batch.staging.FindingStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a client can be carried forward from the previous completed night instead of
 * reconciled again, and brings its workbook and letters into tonight's folder. A client is carried
 * when that night knew it with the same inputs and the same run context, none of its findings was
 * new that night (tonight its workbook would show them all open, as it already does), the engine's
 * next-change date is after tonight, and its files are still there. A re-run of a date, or a night
 * without a previous one, reconciles everyone.
 */
public final class CarryForward {

    private final ClientNightStore clientNights;
    private final LocalDate runDate;
    private final LocalDate previousNight;
    private final Path previousClients;
    private final String contextHash;

    /**
     * @param previousNight the latest completed night before {@code runDate}; null: carry nothing
     * @param previousClients that night's clients folder
     */
    public CarryForward(ClientNightStore clientNights, LocalDate runDate, LocalDate previousNight, Path previousClients,
            String contextHash) {
        this.clientNights = clientNights;
        this.runDate = runDate;
        this.previousNight = previousNight;
        this.previousClients = previousClients;
        this.contextHash = contextHash;
    }

    /**
     * Carrying from the previous completed night; a re-run of a date (a later attempt) carries
     * nothing: it is asked for when something outside the inputs needs every client reconciled.
     */
    static CarryForward forNight(FindingStore findings, ClientNightStore clientNights, ReconcileProperties properties,
            LocalDate runDate, Long attempt, String outDir) {
        LocalDate previous = attempt != null && attempt > 1 ? null : findings.previousNight(runDate).orElse(null);
        return new CarryForward(clientNights, runDate, previous,
                previous == null ? null : RunFolder.of(outDir, previous).clients(), RunContextDigest.of(properties));
    }

    public String contextHash() {
        return contextHash;
    }

    public LocalDate previousNight() {
        return previousNight;
    }

    /** What the previous night knew of the client when it can be carried; empty when it must be reconciled. */
    public Optional<ClientNight> carriable(String clientId, String inputsHash) {
        if (previousNight == null) {
            return Optional.empty();
        }
        return clientNights.ofClient(previousNight, clientId)
                .filter(before -> before.inputsHash().equals(inputsHash) && before.contextHash().equals(contextHash)
                        && before.settled() && before.answersOn(runDate) && filesThere(before));
    }

    /**
     * The clients carried without reading their rows: settled on the previous night with tonight's
     * run context and an answer that still holds, none of them among {@code changed}, and their
     * files still there. The rest are read, and compared by their digest ({@link #carriable}).
     */
    public List<ClientNight> unchangedClients(Set<String> changed) {
        if (previousNight == null) {
            return List.of();
        }
        return clientNights.settledClients(previousNight, runDate, contextHash).stream()
                .filter(c -> !changed.contains(c.clientId()) && filesThere(c))
                .toList();
    }

    private boolean filesThere(ClientNight client) {
        return client.files().stream().allMatch(f -> Files.isRegularFile(previousClients.resolve(f)));
    }

    /** Last night's files of a carried client, hard-linked into {@code clientsFolder} (copied where links fail). */
    public void bringFiles(List<String> files, Path clientsFolder) {
        for (String name : files) {
            Path source = previousClients.resolve(name);
            Path target = clientsFolder.resolve(name);
            try {
                Files.deleteIfExists(target); // a chunk redone after a failure
                try {
                    Files.createLink(target, source);
                } catch (FileSystemException | UnsupportedOperationException e) {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot bring " + source + " into " + clientsFolder + ": "
                        + e.getMessage(), e);
            }
        }
    }
}
