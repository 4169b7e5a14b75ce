package io.taxrecon.batch.ingest;

import io.taxrecon.batch.staging.StagedTables;
import io.taxrecon.batch.staging.StagingIndexes;
import io.taxrecon.core.ingest.InputKind;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Around the loading of the night's files: when asked to ({@code taxrecon.ingest.indexes-after-load}),
 * sets aside the secondary indexes of the staged tables that are still empty, and builds each
 * table's as soon as the last file that fills it is loaded, on a thread of its own, while the
 * other files still load; in any case builds every missing one once the files are loaded, before
 * anything reads the rows back. A run killed in between is restarted with this step, and so builds
 * them then.
 *
 * <p>One build at a time: H2 holds its schema lock for the whole of an index build, and a second
 * build (or anything else that needs that lock, such as a sequence) waits for it and times out.
 * Rows going into other tables meanwhile need no such lock.
 */
public final class IndexesAfterLoad implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(IndexesAfterLoad.class);

    private final JdbcTemplate jdbc;
    private final boolean setAside;
    private final Set<String> waiting = ConcurrentHashMap.newKeySet();
    private final AtomicInteger builtBesideTheLoad = new AtomicInteger();
    private volatile ExecutorService builder;

    public IndexesAfterLoad(JdbcTemplate jdbc, boolean setAside) {
        this.jdbc = jdbc;
        this.setAside = setAside;
    }

    /** The listener of each file's partition: tells this one when a file is loaded. */
    public StepExecutionListener fileLoaded() {
        return new StepExecutionListener() {
            @Override
            public ExitStatus afterStep(StepExecution partition) {
                tableMayBeFull(partition);
                return partition.getExitStatus();
            }
        };
    }

    @Override
    public void beforeStep(StepExecution step) {
        waiting.clear();
        builtBesideTheLoad.set(0);
        if (!setAside) {
            return;
        }
        List<String> tables = StagingIndexes.setAsideOnEmptyTables(jdbc);
        if (!tables.isEmpty()) {
            waiting.addAll(tables);
            builder = Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "index-build");
                thread.setDaemon(true);
                return thread;
            });
            log.info("Loading {} without their secondary indexes; each table's are built once its files are loaded",
                    tables);
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        long started = System.nanoTime();
        ExecutorService running = builder;
        builder = null;
        if (running != null) {
            running.shutdown();
            try {
                running.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        long cpuStarted = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        int built = StagingIndexes.buildMissing(jdbc);
        if (built > 0 || builtBesideTheLoad.get() > 0) {
            log.info("Built {} staging indexes beside the load and {} after it; waited {} ms after the load (CPU {} ms)",
                    builtBesideTheLoad.get(), built, (System.nanoTime() - started) / 1_000_000,
                    (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStarted) / 1_000_000);
        }
        return step.getExitStatus();
    }

    /** How many indexes the last load built beside it, before it ended. */
    int builtBesideTheLoad() {
        return builtBesideTheLoad.get();
    }

    /**
     * A file's partition has ended: when it loaded its file and no other file of the night fills
     * the same table, that table's indexes are built now. Any table left out (its partition failed,
     * or two partitions ended at once and each saw the other still running) is built after the load.
     */
    private void tableMayBeFull(StepExecution partition) {
        ExecutorService running = builder;
        String kind = partition.getExecutionContext().getString(NewInboxFiles.KIND, null);
        if (running == null || kind == null || partition.getStatus() != BatchStatus.COMPLETED) {
            return;
        }
        boolean othersToLoad = partition.getJobExecution().getStepExecutions().stream()
                .anyMatch(other -> other != partition
                        && kind.equals(other.getExecutionContext().getString(NewInboxFiles.KIND, null))
                        && other.getStatus() != BatchStatus.COMPLETED);
        String table = StagedTables.of(InputKind.valueOf(kind)).name();
        if (othersToLoad || !waiting.remove(table)) {
            return;
        }
        running.submit(() -> {
            try {
                builtBesideTheLoad.addAndGet(StagingIndexes.buildMissingOf(jdbc, table));
            } catch (RuntimeException e) {
                log.warn("Building the indexes of {} beside the load failed ({}); they are built after it", table,
                        e.getMessage());
            }
        });
    }
}
