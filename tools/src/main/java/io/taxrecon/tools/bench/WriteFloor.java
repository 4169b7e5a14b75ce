package io.taxrecon.tools.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The least time writing the night's workbooks can take: as many bare workbooks as the job wrote
 * (five sheets of twenty rows by twelve columns, text, amounts and dates: the size of a typical
 * client's workbook), written with the fastest .xlsx writer in use (fastexcel, a streaming writer
 * with no object model), on as many threads as the job reconciles with. No engine, no database,
 * no styles: what is left of a workbook when everything the product adds is taken away.
 */
public final class WriteFloor {

    static final int SHEETS = 5;
    static final int ROWS = 20;
    static final int COLUMNS = 12;

    /** Workbooks written, and the wall and process CPU time it took. */
    public record Result(long workbooks, double seconds, double cpuSeconds) {
    }

    private WriteFloor() {
    }

    public static Result measure(long workbooks, Path scratchFolder, int threads) throws Exception {
        Files.createDirectories(scratchFolder);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        long cpuStarted = ProcessCpu.nanos();
        try {
            List<Callable<Long>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long from = workbooks * t / threads;
                long to = workbooks * (t + 1) / threads;
                tasks.add(() -> {
                    for (long n = from; n < to; n++) {
                        Path file = scratchFolder.resolve("bare-" + n + ".xlsx");
                        writeBareWorkbook(file, n);
                        Files.delete(file); // the floor measures writing, not filling a disk
                    }
                    return to - from;
                });
            }
            long written = 0;
            for (Future<Long> done : pool.invokeAll(tasks)) {
                written += done.get();
            }
            return new Result(written, (System.nanoTime() - started) / 1e9, (ProcessCpu.nanos() - cpuStarted) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One bare workbook: {@link #SHEETS} sheets, a header row and {@link #ROWS} rows of {@link #COLUMNS} cells. */
    static void writeBareWorkbook(Path file, long seed) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "taxrecon-bench", "1.0");
            for (int s = 0; s < SHEETS; s++) {
                Worksheet sheet = workbook.newWorksheet("Sheet " + (s + 1));
                for (int c = 0; c < COLUMNS; c++) {
                    sheet.value(0, c, "Column " + (c + 1));
                }
                for (int r = 1; r <= ROWS; r++) {
                    for (int c = 0; c < COLUMNS; c++) {
                        switch (c % 3) {
                            case 0 -> sheet.value(r, c, "client " + seed + " row " + r);
                            case 1 -> sheet.value(r, c, BigDecimal.valueOf(seed * 31 + r * 7L + c, 2));
                            default -> sheet.value(r, c, LocalDate.of(2026, 1 + r % 12, 1 + c));
                        }
                    }
                }
                sheet.finish();
            }
            workbook.finish();
        }
    }
}
