package io.taxrecon.batch.ingest;

import io.taxrecon.batch.staging.ClientIds;
import io.taxrecon.batch.staging.FileClients;
import io.taxrecon.batch.staging.RunScope;
import io.taxrecon.batch.staging.StagedTable;
import io.taxrecon.batch.staging.StagedTables;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    /**
     * Rejects every such row of the run (again, on a re-run); returns how many there were.
     *
     * <p>The clients the night's files name ({@link FileClients}) are compared with those of its
     * clients files here: a lookup of the clients for every staged row (an anti-join) cost a
     * tenth of a night. Only the rows of the ids no client row names, nearly always none, are
     * then read, by their client.
     */
    public int reject(LocalDate runDate) {
        RunScope scope = RunScope.resolved(jdbc, runDate);
        jdbc.update("delete from rejected_row where run_date = ?", runDate);
        Set<String> known = new HashSet<>(jdbc.queryForList("select distinct client_id from client where "
                + scope.rows(), String.class));
        List<String> unknown = new FileClients(jdbc).of(scope.files()).stream().filter(id -> !known.contains(id))
                .sorted().toList();
        if (unknown.isEmpty()) {
            return 0;
        }
        ClientIds ids = ClientIds.listed(unknown);
        Object[] args = ids.argsAfter(runDate);
        int rejected = 0;
        for (InputKind kind : InputKind.values()) {
            if (kind == InputKind.CLIENTS) {
                continue;
            }
            StagedTable<?> table = StagedTables.of(kind);
            rejected += jdbc.update("insert into rejected_row (file_sha, file_name, sheet, line, client_id, "
                    + "column_name, bad_value, reason, run_date, died) select t.file_sha, t.file_name, t.sheet, t."
                    + table.lineColumn() + ", t.client_id, 'client_id', t.client_id, '" + REASON + "', ?, t.died from "
                    + table.name() + " t where " + scope.rows("t") + " and " + ids.condition("t.client_id"),
                    args);
        }
        return rejected;
    }
}
