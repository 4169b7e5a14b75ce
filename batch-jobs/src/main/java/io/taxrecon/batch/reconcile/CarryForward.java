package io.taxrecon.batch.reconcile;

import io.taxrecon.batch.staging.ClientNightStore;
import io.taxrecon.batch.staging.ClientNightStore.ClientNight;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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
                        && before.settled() && before.answersOn(runDate)
                        && before.files().stream().allMatch(f -> Files.isRegularFile(previousClients.resolve(f))));
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
