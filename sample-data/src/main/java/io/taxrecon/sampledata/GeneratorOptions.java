package io.taxrecon.sampledata;

import io.taxrecon.sampledata.transcripts.TranscriptLayout;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate: how many clients, from which seed, for which run date (the date the truth is
 * true for: deadlines, pending payments), into which folder; whether to add rows the product must
 * reject ({@code dirty}, with rejects-truth.csv), in which file format, and how many years of
 * notice log go back before the run date ({@code historyYears}: older tax years whose notices
 * were followed, paid or superseded; 0 for current notices only).
 *
 * <p>{@code transcripts}, when not null, writes the IRS's side (irs_transactions, IRS-source
 * information_returns, return_lines) as IRS transcript files in that layout instead of CSV rows,
 * wherever a transcript can carry them; it does not combine with {@code dirty}, whose planted bad
 * rows are rows of the CSV files.
 *
 * <p>Neither {@code dirty}, {@code format} nor {@code transcripts} changes what is planted: truth.csv is the same for
 * the same clients, seed, run date and history depth. {@code mix} chooses the firm ({@link Mix}): the
 * planted stress mix (the default) or a realistic one of mostly paid-up clients.
 */
public record GeneratorOptions(int clients, long seed, LocalDate runDate, Path outDir, boolean dirty, InputFormat format,
        int historyYears, TranscriptLayout transcripts, Mix mix) {

    /** The notice log a firm's export holds unless told otherwise: three years. */
    public static final int DEFAULT_HISTORY_YEARS = 3;
    /** The most history the generator writes: older tax years are out of most statutes. */
    public static final int MAX_HISTORY_YEARS = 6;

    public GeneratorOptions {
        if (clients < 1) {
            throw new IllegalArgumentException("clients must be at least 1");
        }
        if (historyYears < 0 || historyYears > MAX_HISTORY_YEARS) {
            throw new IllegalArgumentException("historyYears must be 0 to " + MAX_HISTORY_YEARS);
        }
        Objects.requireNonNull(runDate, "runDate");
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(mix, "mix");
        if (transcripts != null && dirty) {
            throw new IllegalArgumentException("transcripts and dirty do not combine: the planted bad rows are CSV rows");
        }
    }

    /** The planted mix. */
    public GeneratorOptions(int clients, long seed, LocalDate runDate, Path outDir, boolean dirty, InputFormat format,
            int historyYears, TranscriptLayout transcripts) {
        this(clients, seed, runDate, outDir, dirty, format, historyYears, transcripts, Mix.PLANTED);
    }

    /** The same options for another mix. */
    public GeneratorOptions withMix(Mix other) {
        return new GeneratorOptions(clients, seed, runDate, outDir, dirty, format, historyYears, transcripts, other);
    }

    /** The same options writing into another folder. */
    public GeneratorOptions withOutDir(Path other) {
        return new GeneratorOptions(clients, seed, runDate, other, dirty, format, historyYears, transcripts, mix);
    }

    /** No transcripts: every input a CSV or Excel file. */
    public GeneratorOptions(int clients, long seed, LocalDate runDate, Path outDir, boolean dirty, InputFormat format,
            int historyYears) {
        this(clients, seed, runDate, outDir, dirty, format, historyYears, null);
    }

    /** Three years of notice history. */
    public GeneratorOptions(int clients, long seed, LocalDate runDate, Path outDir, boolean dirty, InputFormat format) {
        this(clients, seed, runDate, outDir, dirty, format, DEFAULT_HISTORY_YEARS);
    }

    /** A clean, all-CSV inbox with three years of notice history. */
    public GeneratorOptions(int clients, long seed, LocalDate runDate, Path outDir) {
        this(clients, seed, runDate, outDir, false, InputFormat.CSV);
    }
}
