package io.taxrecon.batch.progress;

import io.taxrecon.batch.ingest.RowDelta;
import io.taxrecon.batch.reconcile.ClientRangePartitioner;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Shows how a run is going. The partitions of a step (files ingested side by side, client ranges
 * reconciled side by side) are added up into one figure per stage: rows done, rate and, where
 * the total is known (reconcile: the clients of every range), the time left. On a terminal one
 * line is rewritten in place; in a scheduler's log a line every few seconds, and one whenever a
 * step ends, so that the log of a slow night tells where the time went.
 *
 * <p>Ingest shows no time left: a file's row count is only known once it has been read.
 */
public final class ProgressListener implements StepExecutionListener, ChunkListener<Object, Object> {

    private static final Logger log = LoggerFactory.getLogger(ProgressListener.class);
    private static final Duration LOG_EVERY = Duration.ofSeconds(5);
    private static final Duration SHOW_EVERY = Duration.ofMillis(500);

    private final PrintStream terminal; // null when the output is not a terminal
    private final ThreadLocal<StepExecution> current = new ThreadLocal<>();
    /** The stages of the current job execution, by name: "ingest", "reconcile" or a step's name. */
    private final Map<String, Stage> stages = new LinkedHashMap<>();
    private long lastLogged;
    private long lastShown;

    private ProgressListener(PrintStream terminal) {
        this.terminal = terminal;
    }

    /** Live progress on the terminal when there is one; otherwise the log alone. */
    public static ProgressListener forConsole() {
        return new ProgressListener(System.console() != null ? System.out : null);
    }

    @Override
    public void beforeStep(StepExecution step) {
        current.set(step);
        synchronized (this) {
            Stage stage = stages.get(stageOf(step));
            if (stage == null || stage.jobExecutionId != step.getJobExecutionId()) {
                stage = new Stage(stageOf(step), step.getJobExecutionId());
                stages.put(stage.name, stage);
            }
            stage.steps.put(step.getId(), step);
        }
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        StepExecution step = current.get();
        if (step == null) {
            return;
        }
        long now = System.nanoTime();
        synchronized (this) {
            Stage stage = stages.get(stageOf(step));
            if (stage == null) {
                return;
            }
            if (terminal != null && now - lastShown >= SHOW_EVERY.toNanos()) {
                lastShown = now;
                terminal.print("\r" + stage.describe() + "   ");
                terminal.flush();
            }
            if (now - lastLogged >= LOG_EVERY.toNanos()) {
                lastLogged = now;
                log.info(stage.describe());
            }
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        current.remove();
        synchronized (this) {
            Stage stage = stages.get(stageOf(step));
            boolean partition = step.getStepName().contains(":");
            String line = partition ? "  " + Stage.describeOne(step) : stage.describe();
            log.info("{} ({})", line, step.getStatus());
            if (terminal != null) {
                terminal.print("\r" + line + "   \n");
                if (stage != null && partition && stage.running()) {
                    terminal.print(stage.describe() + "   ");
                } else if (stage != null && partition) {
                    terminal.print(stage.describe() + "   \n");
                }
                terminal.flush();
            }
        }
        return null;
    }

    /** Partitions of "ingestFile" and "reconcileClientRange" add up to one stage each. */
    private static String stageOf(StepExecution step) {
        String name = step.getStepName();
        int colon = name.indexOf(':');
        if (colon < 0) {
            return name;
        }
        String worker = name.substring(0, colon);
        if (worker.equals("ingestFile")) {
            return "ingest";
        }
        return worker.equals("reconcileClientRange") ? "reconcile" : worker;
    }

    /** The partitions of one stage in the current job execution. */
    private static final class Stage {

        final String name;
        final long jobExecutionId;
        final Map<Long, StepExecution> steps = new LinkedHashMap<>();

        Stage(String name, long jobExecutionId) {
            this.name = name;
            this.jobExecutionId = jobExecutionId;
        }

        boolean running() {
            return steps.values().stream().anyMatch(s -> s.getStatus().isRunning());
        }

        String describe() {
            long rows = 0;
            long total = 0;
            boolean totalKnown = true;
            LocalDateTime start = null;
            for (StepExecution step : steps.values()) {
                rows += step.getReadCount();
                if (step.getExecutionContext().containsKey(ClientRangePartitioner.CLIENT_COUNT)) {
                    total += step.getExecutionContext().getLong(ClientRangePartitioner.CLIENT_COUNT);
                } else {
                    totalKnown = false;
                }
                if (step.getStartTime() != null && (start == null || step.getStartTime().isBefore(start))) {
                    start = step.getStartTime();
                }
            }
            double seconds = seconds(start);
            double rate = rows / seconds;
            if (!totalKnown) {
                return String.format(Locale.ROOT, "%-40s %,10d rows %,10.0f rows/s %7.1f s", name, rows, rate, seconds);
            }
            // a restarted range counts from where it resumed, so after a restart the time left is over-estimated
            String eta = rate > 0 && rows < total ? clock((total - rows) / rate) : "-";
            return String.format(Locale.ROOT, "%-40s %,10d of %,d clients %,8.0f clients/s %7.1f s  ETA %s", name,
                    rows, total, rate, seconds, eta);
        }

        static String describeOne(StepExecution step) {
            double seconds = seconds(step.getStartTime());
            // a re-exported file's inherited rows are read by its first pass and never staged
            long inherited = RowDelta.inheritedRows(step.getExecutionContext());
            String staged = inherited == 0 ? "" : String.format(Locale.ROOT,
                    "  (%,d staged, %,d inherited)", step.getReadCount() - inherited, inherited);
            return String.format(Locale.ROOT, "%-38s %,10d rows %,10.0f rows/s %7.1f s%s", shortName(step),
                    step.getReadCount(), step.getReadCount() / seconds, seconds, staged);
        }

        private static String shortName(StepExecution step) {
            // an ingest partition ("ingestFile:file003") carries its file's name in its context
            String file = step.getExecutionContext().getString("fileName", null);
            String name = step.getStepName();
            return file != null ? file : name.substring(name.indexOf(':') + 1);
        }

        private static double seconds(LocalDateTime start) {
            return start == null ? 0.001
                    : Math.max(0.001, Duration.between(start, LocalDateTime.now()).toMillis() / 1000.0);
        }

        private static String clock(double seconds) {
            long s = Math.round(seconds);
            return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                    : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
        }
    }
}
