package io.taxrecon.batch.ingest;

import io.taxrecon.batch.staging.StagedTable;
import io.taxrecon.batch.staging.StagedTables;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The clients whose staged rows a night's loads changed: a row of theirs staged by a file loaded
 * that night, or vanished in one. A client outside it has, in the files that night loaded, exactly
 * the rows it had the night before, so reconciling it could be skipped when nothing else of its
 * night changed: its files still in the inbox (a file dropped from the inbox takes its clients' rows
 * out of the night without a row vanishing), the catalogs, the run date's deadlines.
 */
public final class ChangedClients {

    private final JdbcTemplate jdbc;

    public ChangedClients(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids of the clients a night's loads changed, in order. */
    public Set<String> of(LocalDate runDate) {
        String loadedTonight = "select r.file_sha from run_input r where r.run_date = ? and r.newly_loaded";
        String diedTonight = "select f.seq from run_input r join input_file f on f.file_sha = r.file_sha "
                + "where r.run_date = ? and r.newly_loaded";
        Set<String> clients = new TreeSet<>();
        for (StagedTable<?> table : StagedTables.all()) {
            clients.addAll(jdbc.queryForList("select distinct client_id from " + table.name() + " where client_id is not null "
                    + "and (file_sha in (" + loadedTonight + ") or died in (" + diedTonight + "))"
                    + (table == StagedTables.REJECTED_ROWS ? " and run_date is null" : ""), String.class,
                    runDate, runDate));
        }
        return clients;
    }
}
