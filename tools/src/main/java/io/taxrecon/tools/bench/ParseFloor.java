package io.taxrecon.tools.bench;

import io.taxrecon.core.ingest.ColumnAliases;
import io.taxrecon.core.ingest.HeaderMapping;
import io.taxrecon.core.ingest.InputKind;
import io.taxrecon.core.ingest.RawRow;
import io.taxrecon.core.ingest.RowNormaliser;
import io.taxrecon.core.returns.Form1040Lines;
import io.taxrecon.formats.tabular.TabularFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The least time ingestion can take: every inbox file read with the job's own readers
 * ({@link TabularFile}: Commons CSV for CSV, POI's streaming reader for .xlsx), nothing stored.
 * Measured twice: the readers alone (the floor), then readers and the job's {@link RowNormaliser}
 * (what the job must do to every row before it stores it). Files are read side by side on as many
 * threads as the job ingests with, the largest first, as the job schedules them.
 */
public final class ParseFloor {

    /** Rows read (loaded or rejected alike) per file, and the wall and process CPU time it took. */
    public record Result(Map<String, Long> rowsByFile, double seconds, double cpuSeconds) {

        public long rows() {
            return rowsByFile.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private ParseFloor() {
    }

    /** @param normalise whether each row is also normalised into its record or rejection */
    public static Result measure(Path inbox, ColumnAliases aliases, Form1040Lines lines, int threads,
            boolean normalise) throws Exception {
        List<Path> files;
        try (Stream<Path> listing = Files.list(inbox)) {
            files = listing.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparingLong(ParseFloor::size).reversed())
                    .toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        long cpuStarted = ProcessCpu.nanos();
        try {
            List<Future<Long>> counts = new ArrayList<>();
            for (Path file : files) {
                counts.add(pool.submit(() -> parse(file, aliases, lines, normalise)));
            }
            Map<String, Long> rows = new LinkedHashMap<>();
            for (int i = 0; i < files.size(); i++) {
                rows.put(files.get(i).getFileName().toString(), counts.get(i).get());
            }
            return new Result(rows, (System.nanoTime() - started) / 1e9, (ProcessCpu.nanos() - cpuStarted) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long parse(Path path, ColumnAliases aliases, Form1040Lines lines, boolean normalise)
            throws IOException {
        String name = path.getFileName().toString();
        String sheet = InputKind.fromFileName(name).map(InputKind::fileStem).orElse(null);
        try (TabularFile file = TabularFile.open(path, name, sheet)) {
            InputKind kind = InputKind.fromFileName(name)
                    .or(() -> InputKind.fromHeader(file.header(), aliases))
                    .orElseThrow(() -> new IllegalArgumentException(name + ": unknown kind of file"));
            RowNormaliser normaliser = normalise
                    ? new RowNormaliser(kind, HeaderMapping.resolve(kind, file.header(), aliases), lines)
                    : null;
            long rows = 0;
            for (RawRow row = file.next(); row != null; row = file.next()) {
                if (normaliser != null) {
                    normaliser.normalise(row);
                }
                rows++;
            }
            return rows;
        }
    }
}
