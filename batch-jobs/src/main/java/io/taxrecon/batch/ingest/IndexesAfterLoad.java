package io.taxrecon.batch.ingest;

import io.taxrecon.batch.staging.StagingIndexes;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Around the loading of the night's files: sets aside the secondary indexes of the staged
 * tables that are still empty, and builds every missing one once the files are loaded, before
 * anything reads the rows back. A run killed in between is restarted with this step, and so
 * builds them then.
 */
public final class IndexesAfterLoad implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(IndexesAfterLoad.class);

    private final JdbcTemplate jdbc;

    public IndexesAfterLoad(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void beforeStep(StepExecution step) {
        List<String> tables = StagingIndexes.setAsideOnEmptyTables(jdbc);
        if (!tables.isEmpty()) {
            log.info("Loading {} without their secondary indexes; they are built after the load", tables);
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        long started = System.nanoTime();
        int built = StagingIndexes.buildMissing(jdbc);
        if (built > 0) {
            log.info("Built {} staging indexes in {} ms", built, (System.nanoTime() - started) / 1_000_000);
        }
        return step.getExitStatus();
    }
}
