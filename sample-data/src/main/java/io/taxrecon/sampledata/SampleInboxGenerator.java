package io.taxrecon.sampledata;

import io.taxrecon.core.findings.FindingType;
import io.taxrecon.sampledata.inbox.InboxWriter;
import io.taxrecon.sampledata.model.GeneratedClient;
import io.taxrecon.sampledata.model.TruthRow;
import io.taxrecon.sampledata.transcripts.TranscriptLayout;
import io.taxrecon.sampledata.transcripts.TranscriptWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Generates a sample inbox (clients, notices, irs_transactions, information_returns,
 * return_lines, payments) with planted discrepancies, and truth.csv: the findings the engine must
 * report for it on the given run date, no more and no fewer. Deterministic: the same options give
 * byte-identical CSV files and .xlsx files of identical cell content. Streams: one client is in
 * memory at a time.
 *
 * <p>{@code --dirty} adds about 2% of extra rows that the product must reject, each listed in
 * rejects-truth.csv with its file, sheet, line, column and the product's reason, plus odd but
 * valid spellings, blank lines and values spanning two lines; the planted findings stay the same.
 * {@code --format} writes the inputs as CSV, .xlsx, or a mix; truth.csv is the same in all three.
 * {@code --transcripts} writes the IRS's side as IRS transcript files under {@code inbox/transcripts/}
 * ({@link TranscriptWriter}); truth.csv stays the same. {@code --mix realistic} writes a real
 * practice's firm instead of the planted stress mix ({@link Mix}); {@link LaterNightExport} writes a
 * later night's re-export of a firm.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes a deterministic sample inbox with planted findings and their truth.csv.")
public final class SampleInboxGenerator implements Callable<Integer> {

    /**
     * Every finding_type the truth may hold: core's, and the contract's issue-12 types, which
     * core's enum may not name yet.
     */
    public static final List<String> FINDING_TYPES = findingTypes();

    @Option(names = "--clients", defaultValue = "1000", description = "number of clients (default ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--run-date", defaultValue = "2026-11-23", converter = DateConverter.class,
            description = "run date the truth holds for, YYYY-MM-DD (default ${DEFAULT-VALUE})")
    LocalDate runDate;

    @Option(names = "--dirty", description = "also write rows the product must reject (listed in rejects-truth.csv), "
            + "odd but valid spellings, blank lines and multi-line values")
    boolean dirty;

    @Option(names = "--format", defaultValue = "csv", converter = FormatConverter.class,
            description = "csv, xlsx or mixed (notices, information_returns and payments as .xlsx) (default ${DEFAULT-VALUE})")
    InputFormat format;

    @Option(names = "--history-years", defaultValue = "3",
            description = "years of notice log before the run date: older tax years with bills paid, ladders, answered CP2000s (0-6, default ${DEFAULT-VALUE})")
    int historyYears;

    @Option(names = "--transcripts", converter = TranscriptsConverter.class,
            description = "write the IRS's side (transactions, IRS W-2/1099s, return lines) as IRS transcript files "
                    + "under inbox/transcripts/ instead of CSV rows: text, pdf, html or mixed (default: none)")
    TranscriptLayout transcripts;

    @Option(names = "--mix", defaultValue = "planted", converter = MixConverter.class,
            description = "planted (most clients carry a plant or a balance: the mix the tests pin) or realistic "
                    + "(a real practice: more forms and return lines per client, most clients paid up) (default ${DEFAULT-VALUE})")
    Mix mix;

    @Option(names = "--out", required = true, description = "output folder (created if missing): the inputs go to OUT/inbox/, truth.csv beside it")
    Path out;

    public static void main(String[] args) {
        // POI logs through Log4j's API; run on its own there is no Log4j behind it, and the API
        // would complain on stderr. The simple logger keeps warnings without the noise.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        System.exit(new CommandLine(new SampleInboxGenerator()).execute(args));
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (transcripts != null && dirty) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--transcripts and --dirty do not combine: the planted bad rows are rows of the CSV files");
        }
        long started = System.nanoTime();
        GenerationResult result = generate(new GeneratorOptions(clients, seed, runDate, out, dirty, format, historyYears,
                transcripts, mix));
        long millis = (System.nanoTime() - started) / 1_000_000;
        PrintWriter w = new PrintWriter(System.out, true);
        w.printf("%d clients (%d clean) written to %s in %d ms%n", result.clients(), result.cleanClients(), out, millis);
        result.rowsByFile().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> w.printf("  %-26s %,10d rows%n", e.getKey(), e.getValue()));
        w.printf("planted findings: %d%n", result.plantedFindings());
        for (String t : FINDING_TYPES) {
            w.printf("  %-30s %,8d%n", t, result.plantedByType().get(t));
        }
        if (dirty) {
            w.printf("planted bad rows: %d%n", result.plantedRejects());
            result.rejectsByReason().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> w.printf("  %-56s %,8d%n", e.getKey(), e.getValue()));
        }
        w.println("hard negatives:");
        for (HardNegative n : HardNegative.values()) {
            w.printf("  %-30s %,8d%n", n, result.hardNegativesByKind().get(n));
        }
        return 0;
    }

    /**
     * Writes the inputs into {@code options.outDir()/inbox/} and truth.csv (with --dirty also
     * rejects-truth.csv) beside that folder, replacing files of the same names.
     */
    public static GenerationResult generate(GeneratorOptions options) throws IOException {
        return write(options, c -> c);
    }

    /** A change to a client as generated before it is written (a later night's re-export). */
    @FunctionalInterface
    interface ClientChange {
        GeneratedClient apply(GeneratedClient client);

        /** Writes what goes after every client: rows a later export adds at the end of a file. */
        default void after(InboxWriter writer) throws IOException {
        }
    }

    /** Generates the firm the options describe, passes every client through {@code change}, and writes it. */
    static GenerationResult write(GeneratorOptions options, ClientChange change) throws IOException {
        Files.createDirectories(options.outDir());
        Firm firm = new Firm(options);
        Map<String, Long> planted = new TreeMap<>();
        for (String t : FINDING_TYPES) {
            planted.put(t, 0L);
        }
        Map<HardNegative, Long> negatives = new EnumMap<>(HardNegative.class);
        for (HardNegative n : HardNegative.values()) {
            negatives.put(n, 0L);
        }
        int clean = 0;
        Map<String, Long> rows;
        Map<String, Long> rejects;
        TranscriptWriter transcripts = options.transcripts() == null ? null
                : new TranscriptWriter(options.outDir().resolve(InboxWriter.INBOX), options.transcripts(), options.runDate());
        try (InboxWriter writer = new InboxWriter(options.outDir(), options.seed(), options.format(), options.dirty(),
                options.runDate())) {
            for (int i = 0; i < options.clients(); i++) {
                GeneratedClient client = change.apply(firm.client(i));
                writer.write(transcripts == null ? client : transcripts.write(client));
                for (TruthRow t : client.truth()) {
                    planted.merge(t.type(), 1L, Long::sum);
                }
                for (HardNegative n : client.hardNegatives()) {
                    negatives.merge(n, 1L, Long::sum);
                }
                if (client.truth().isEmpty()) {
                    clean++;
                }
            }
            change.after(writer);
            rows = new TreeMap<>(writer.rowCounts());
            if (transcripts != null) {
                rows.putAll(transcripts.fileCounts());
            }
            rejects = writer.rejectsByReason();
        }
        return new GenerationResult(options.clients(), clean, rows, planted, negatives, rejects);
    }

    private static List<String> findingTypes() {
        Set<String> names = new LinkedHashSet<>();
        for (FindingType t : FindingType.values()) {
            names.add(t.name());
        }
        names.add(TruthRow.FIRST_TIME_ABATEMENT);
        names.add(TruthRow.COLLECTION_STATUTE);
        return List.copyOf(names);
    }

    /** Reads --format: csv, xlsx or mixed, in any case. */
    static final class FormatConverter implements CommandLine.ITypeConverter<InputFormat> {
        @Override
        public InputFormat convert(String value) {
            try {
                return InputFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** Reads --mix: planted or realistic, in any case (the generator's and the bench's option). */
    public static final class MixConverter implements CommandLine.ITypeConverter<Mix> {
        @Override
        public Mix convert(String value) {
            try {
                return Mix.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** Reads --transcripts: text, pdf, html or mixed, in any case. */
    static final class TranscriptsConverter implements CommandLine.ITypeConverter<TranscriptLayout> {
        @Override
        public TranscriptLayout convert(String value) {
            try {
                return TranscriptLayout.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** Reads --run-date strictly as ISO YYYY-MM-DD. */
    static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            return LocalDate.parse(value);
        }
    }
}
