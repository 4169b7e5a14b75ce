package io.taxrecon.batch.outputs;

import io.taxrecon.reports.files.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where one night's outputs go: OUT/RUN-DATE, with the client workbooks and letters in its
 * {@code clients} folder. A fresh run starts from an empty one; a restart keeps it and clears
 * only what a killed process left half-written.
 */
public record RunFolder(Path path) {

    public static RunFolder of(String outDir, LocalDate runDate) {
        return new RunFolder(Path.of(outDir).resolve(runDate.toString()));
    }

    /** The client workbooks and their draft letters. */
    public Path clients() {
        return path.resolve("clients");
    }

    /** Deletes the folder and everything in it, for a run that starts from nothing. */
    public void clear() throws IOException {
        deleteFolder(path);
    }

    /** Removes the temporary files of workbooks a killed run was writing. */
    public void removeHalfWrittenWorkbooks() throws IOException {
        AtomicFile.removeLeftovers(clients());
    }

    /** Deletes a folder and everything in it; nothing when it does not exist. */
    public static void deleteFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
