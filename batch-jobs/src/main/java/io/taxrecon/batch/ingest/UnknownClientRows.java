package io.taxrecon.batch.ingest;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Moves staged rows whose client_id names no client into the rejects. Such a row cannot be
 * reconciled (there is no client to reconcile it for), and SPEC.md allows no row to vanish: it is
 * rejected with its reason, like any row that cannot be read.
 */
public final class UnknownClientRows {

    static final String REASON = "no client with this client_id in any clients file";

    /** Each kind's table and the column holding its line number. */
    private static final List<String[]> TABLES = List.of(
            new String[] {"notice", "line"},
            new String[] {"irs_transaction", "line"},
            new String[] {"information_return", "line"},
            new String[] {"return_line", "line_no"},
            new String[] {"payment", "line"});

    private final JdbcTemplate jdbc;

    public UnknownClientRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Rejects every such row; returns how many there were. */
    public int reject() {
        int moved = 0;
        for (String[] table : TABLES) {
            String orphan = " from " + table[0] + " t where not exists (select 1 from client c where c.client_id = t.client_id)";
            moved += jdbc.update("insert into rejected_row (file_sha, file_name, sheet, line, client_id, column_name, "
                    + "bad_value, reason) select t.file_sha, t.file_name, t.sheet, t." + table[1] + ", t.client_id, "
                    + "'client_id', t.client_id, '" + REASON + "'" + orphan);
            jdbc.update("delete" + orphan);
        }
        return moved;
    }
}
