package io.taxrecon.sampledata;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate: how many clients, from which seed, for which run date (the date the truth is
 * true for: deadlines, pending payments), into which folder; whether to add rows the product must
 * reject ({@code dirty}, with rejects-truth.csv), and in which file format.
 *
 * <p>Neither {@code dirty} nor {@code format} changes what is planted: truth.csv is the same for
 * the same clients, seed and run date.
 */
public record GeneratorOptions(int clients, long seed, LocalDate runDate, Path outDir, boolean dirty, InputFormat format) {

    public GeneratorOptions {
        if (clients < 1) {
            throw new IllegalArgumentException("clients must be at least 1");
        }
        Objects.requireNonNull(runDate, "runDate");
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(format, "format");
    }

    /** A clean, all-CSV inbox: what the generator made before --dirty and --format existed. */
    public GeneratorOptions(int clients, long seed, LocalDate runDate, Path outDir) {
        this(clients, seed, runDate, outDir, false, InputFormat.CSV);
    }
}
