package io.taxrecon.tools.bench;

import io.taxrecon.core.ingest.ColumnAliases;
import io.taxrecon.core.ingest.HeaderMapping;
import io.taxrecon.core.ingest.InputKind;
import io.taxrecon.core.ingest.RawRow;
import io.taxrecon.core.ingest.RowNormaliser;
import io.taxrecon.core.returns.Form1040Lines;
import io.taxrecon.formats.tabular.TabularFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The least time ingestion can take: every inbox file read with the job's own readers
 * ({@link TabularFile}) and normalised with the job's {@link RowNormaliser}, nothing stored.
 * Files are read side by side on as many threads as the job ingests with.
 */
public final class ParseFloor {

    /** Rows read (loaded or rejected alike), and the wall and process CPU time it took. */
    public record Result(long rows, double seconds, double cpuSeconds) {
    }

    private ParseFloor() {
    }

    public static Result measure(Path inbox, ColumnAliases aliases, Form1040Lines lines, int threads)
            throws Exception {
        List<Path> files;
        try (Stream<Path> listing = Files.list(inbox)) {
            files = listing.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        long cpuStarted = ProcessCpu.nanos();
        try {
            List<Future<Long>> counts = new ArrayList<>();
            for (Path file : files) {
                counts.add(pool.submit(() -> parse(file, aliases, lines)));
            }
            long rows = 0;
            for (Future<Long> count : counts) {
                rows += count.get();
            }
            return new Result(rows, (System.nanoTime() - started) / 1e9, (ProcessCpu.nanos() - cpuStarted) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private static long parse(Path path, ColumnAliases aliases, Form1040Lines lines) throws IOException {
        String name = path.getFileName().toString();
        String sheet = InputKind.fromFileName(name).map(InputKind::fileStem).orElse(null);
        try (TabularFile file = TabularFile.open(path, name, sheet)) {
            InputKind kind = InputKind.fromFileName(name)
                    .or(() -> InputKind.fromHeader(file.header(), aliases))
                    .orElseThrow(() -> new IllegalArgumentException(name + ": unknown kind of file"));
            RowNormaliser normaliser = new RowNormaliser(kind, HeaderMapping.resolve(kind, file.header(), aliases),
                    lines);
            long rows = 0;
            for (RawRow row = file.next(); row != null; row = file.next()) {
                normaliser.normalise(row);
                rows++;
            }
            return rows;
        }
    }
}
