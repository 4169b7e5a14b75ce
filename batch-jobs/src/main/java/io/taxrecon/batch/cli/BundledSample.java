package io.taxrecon.batch.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the sample inbox that ships in the repository, for the demo (a run with no options). */
final class BundledSample {

    private BundledSample() {
    }

    static Path inbox() {
        String home = System.getProperty("taxrecon.home");
        Path root = home != null ? Path.of(home) : Path.of("").toAbsolutePath();
        for (Path dir = root; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("sample-data").resolve("inbox");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return root.resolve("sample-data").resolve("inbox");
    }
}
