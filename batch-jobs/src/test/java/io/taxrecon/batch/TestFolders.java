package io.taxrecon.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Scratch folders for tests that need files before Spring starts (the staging database's path). */
public final class TestFolders {

    private TestFolders() {
    }

    public static Path create(String prefix) {
        try {
            Path root = Path.of("target", "test-work");
            Files.createDirectories(root);
            return Files.createTempDirectory(root, prefix + "-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the generator writes the truth of an inbox. */
    public static Path truthOf(Path inbox) {
        return inbox.resolveSibling("truth.csv");
    }
}
