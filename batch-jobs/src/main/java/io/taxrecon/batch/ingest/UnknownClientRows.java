package io.taxrecon.batch.ingest;

import io.taxrecon.batch.staging.RunScope;
import io.taxrecon.batch.staging.StagedTable;
import io.taxrecon.batch.staging.StagedTables;
import java.time.LocalDate;
import io.taxrecon.core.ingest.InputKind;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rejects the rows of a night's files whose client_id names no client of that night's clients
 * files. Such a row cannot be reconciled (there is no client to reconcile it for), and SPEC.md
 * allows no row to vanish: it is rejected with its reason, like any row that cannot be read. The
 * reject is recorded with the run date and the row stays staged, because the judgement belongs
 * to the night: a clients file that arrives a night late makes the same row good.
 */
public final class UnknownClientRows implements Tasklet {

    static final String REASON = "no client with this client_id in any clients file";

    private final JdbcTemplate jdbc;

    public UnknownClientRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        LocalDate runDate = chunkContext.getStepContext().getStepExecution().getJobParameters().getLocalDate("runDate");
        contribution.incrementWriteCount(reject(runDate));
        return RepeatStatus.FINISHED;
    }

    /** Rejects every such row of the run (again, on a re-run); returns how many there were. */
    public int reject(LocalDate runDate) {
        RunScope scope = RunScope.resolved(jdbc, runDate);
        jdbc.update("delete from rejected_row where run_date = ?", runDate);
        int rejected = 0;
        for (InputKind kind : InputKind.values()) {
            if (kind == InputKind.CLIENTS) {
                continue;
            }
            StagedTable<?> table = StagedTables.of(kind);
            rejected += jdbc.update("insert into rejected_row (file_sha, file_name, sheet, line, client_id, column_name, "
                    + "bad_value, reason, run_date, died) select t.file_sha, t.file_name, t.sheet, t."
                    + table.lineColumn() + ", t.client_id, 'client_id', t.client_id, '" + REASON + "', ?, t.died from "
                    + table.name() + " t where "
                    + scope.rows("t") + " and not exists (select 1 from client c where c.client_id = t.client_id and "
                    + scope.rows("c") + ")", runDate);
        }
        return rejected;
    }
}
