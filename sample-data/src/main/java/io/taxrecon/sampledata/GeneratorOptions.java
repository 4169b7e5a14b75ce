package io.taxrecon.sampledata;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate: how many clients, from which seed, for which run date (the date the truth is
 * true for: deadlines, pending payments), into which folder.
 */
public record GeneratorOptions(int clients, long seed, LocalDate runDate, Path outDir) {

    public GeneratorOptions {
        if (clients < 1) {
            throw new IllegalArgumentException("clients must be at least 1");
        }
        Objects.requireNonNull(runDate, "runDate");
        Objects.requireNonNull(outDir, "outDir");
    }
}
