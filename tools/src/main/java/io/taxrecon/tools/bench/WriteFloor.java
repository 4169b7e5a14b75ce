package io.taxrecon.tools.bench;

import io.taxrecon.batch.reconcile.ClientBatchReader;
import io.taxrecon.batch.reconcile.ClientRecordsAssembler;
import io.taxrecon.batch.staging.RunScope;
import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.core.engine.ClientRecords;
import io.taxrecon.core.engine.ReconciliationEngine;
import io.taxrecon.reports.clientworkbook.ClientWorkbook;
import io.taxrecon.reports.clientworkbook.ReportContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The least time reconciling and reporting can take: the engine run over every staged client and
 * each client's workbook written (the same clients get one as in the job), on as many threads as
 * the job reconciles with, with no database write. The clients' records are loaded from the
 * staging store a slice at a time before the clock starts for that slice, so only the engine and
 * the workbooks are timed, and the heap holds one slice, not the firm.
 */
public final class WriteFloor {

    private static final int SLICE = 2000;

    /** Clients reconciled, workbooks written, and the wall and process CPU time of the timed part. */
    public record Result(long clients, long workbooks, double seconds, double cpuSeconds) {
    }

    private WriteFloor() {
    }

    public static Result measure(JdbcTemplate jdbc, ReconciliationEngine engine, ReportContext context,
            Path scratchFolder, int threads) throws Exception {
        Files.createDirectories(scratchFolder);
        ClientWorkbook workbook = new ClientWorkbook();
        ClientBatchReader reader = new ClientBatchReader(jdbc, RunScope.everything(),
                new ClientRecordsAssembler(jdbc, RunScope.everything()), null, null, SLICE); // the bench store holds one run
        reader.open(new ExecutionContext());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long clients = 0;
        long workbooks = 0;
        long timedNanos = 0;
        long cpuNanos = 0;
        try {
            while (true) {
                List<ClientRecords> slice = new ArrayList<>(SLICE);
                for (ClientRecords records = reader.read(); records != null; records = reader.read()) {
                    slice.add(records);
                    if (slice.size() == SLICE) {
                        break;
                    }
                }
                if (slice.isEmpty()) {
                    break;
                }
                List<Callable<Long>> tasks = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    List<ClientRecords> share = slice.subList(slice.size() * t / threads,
                            slice.size() * (t + 1) / threads);
                    tasks.add(() -> reconcileAndWrite(share, engine, workbook, context, scratchFolder));
                }
                long started = System.nanoTime();
                long cpuStarted = ProcessCpu.nanos();
                for (Future<Long> written : pool.invokeAll(tasks)) {
                    workbooks += written.get();
                }
                timedNanos += System.nanoTime() - started;
                cpuNanos += ProcessCpu.nanos() - cpuStarted;
                clients += slice.size();
            }
        } finally {
            pool.shutdownNow();
            reader.close();
        }
        return new Result(clients, workbooks, timedNanos / 1e9, cpuNanos / 1e9);
    }

    private static long reconcileAndWrite(List<ClientRecords> clients, ReconciliationEngine engine,
            ClientWorkbook workbook, ReportContext context, Path folder) throws Exception {
        long written = 0;
        for (ClientRecords records : clients) {
            ClientReconciliation reconciliation = engine.reconcile(records);
            if (!reconciliation.findings().isEmpty() || !reconciliation.notices().isEmpty()) {
                workbook.write(reconciliation, context,
                        folder.resolve(ClientWorkbook.fileNameFor(records.client().clientId())));
                written++;
            }
        }
        return written;
    }
}
