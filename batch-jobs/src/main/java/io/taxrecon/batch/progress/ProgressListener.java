package io.taxrecon.batch.progress;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Shows how a run is going: on a terminal, one line per step rewritten in place (rows done and
 * rate); in a scheduler's log, a line every few seconds and one when the step ends, so that the
 * log of a slow night tells where the time went.
 */
public final class ProgressListener implements StepExecutionListener, ChunkListener<Object, Object> {

    private static final Logger log = LoggerFactory.getLogger(ProgressListener.class);
    private static final Duration LOG_EVERY = Duration.ofSeconds(5);

    private final PrintStream terminal; // null when the output is not a terminal
    private final ThreadLocal<StepExecution> current = new ThreadLocal<>();
    private volatile Instant lastLogged = Instant.EPOCH;

    private ProgressListener(PrintStream terminal) {
        this.terminal = terminal;
    }

    /** Live progress on the terminal when there is one; otherwise the log alone. */
    public static ProgressListener forConsole() {
        return new ProgressListener(System.console() != null ? System.out : null);
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        current.set(stepExecution);
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        StepExecution step = current.get();
        if (step == null) {
            return;
        }
        String line = describe(step);
        if (terminal != null) {
            terminal.print("\r" + line + "   ");
            terminal.flush();
        }
        Instant now = Instant.now();
        if (Duration.between(lastLogged, now).compareTo(LOG_EVERY) >= 0) {
            lastLogged = now;
            log.info(line);
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        String line = describe(stepExecution);
        if (terminal != null) {
            terminal.print("\r" + line + "   \n");
            terminal.flush();
        }
        log.info("{} ({})", line, stepExecution.getStatus());
        current.remove();
        return null;
    }

    private static String describe(StepExecution step) {
        double seconds = Math.max(0.001, Duration.between(step.getStartTime(), java.time.LocalDateTime.now())
                .toMillis() / 1000.0);
        long rows = step.getReadCount();
        return String.format(Locale.ROOT, "%-40s %,10d rows %,10.0f rows/s %7.1f s", name(step), rows,
                rows / seconds, seconds);
    }

    private static String name(StepExecution step) {
        String name = step.getStepName();
        // partitions are named "ingestFile:file000-payments.csv": show the file
        int colon = name.indexOf(':');
        return colon < 0 ? name : "ingest " + name.substring(name.indexOf('-', colon) + 1);
    }
}
