package io.taxrecon.batch.staging;

import io.taxrecon.core.ingest.Rejection;
import io.taxrecon.core.values.SourceRef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * The {@code rejected_row} table: every row that could not be loaded, with its reason. A row
 * rejected on reading has no run date; one rejected by a night's judgement (its client is in no
 * clients file of that night) carries the night's date.
 */
public final class RejectedRowTable extends StagedTable<Rejection> {

    RejectedRowTable() {
        super("rejected_row", Rejection.class, "line", "client_id", "column_name", "bad_value", "reason");
    }

    /**
     * A night's rejects ({@code run_date = ?} twice) in inbox order, then line: a file present
     * twice in the inbox (same content) is one file, its rejects listed once; a reject inherited
     * from the file's predecessor is listed with the file.
     */
    public String ofNight(LocalDate runDate) {
        return "select r.* from rejected_row r join input_file b on b.file_sha = r.file_sha join (select "
                + "coalesce(f.lineage, f.file_sha) as lineage, min(i.position) as position from run_input i "
                + "join input_file f on f.file_sha = i.file_sha where i.run_date = ? "
                + "group by coalesce(f.lineage, f.file_sha)) i on i.lineage = coalesce(b.lineage, b.file_sha) "
                + "where (r.run_date is null or r.run_date = ?) and " + RunScope.of(runDate).rows("r")
                + " order by i.position, r.line";
    }

    /** Client id and count of the rejected rows of some clients ({@link ClientIds#args()}) a run takes part in. */
    public String countsOfClients(RunScope scope, ClientIds clients) {
        return "select client_id, count(*) from rejected_row where " + clients.condition("client_id") + " and "
                + scope.rows() + " group by client_id";
    }

    @Override
    protected Object[] values(Rejection r) {
        return new Object[] {r.clientId(), r.column(), r.value(), r.reason()};
    }

    @Override
    protected SourceRef source(Rejection r) {
        return r.source();
    }

    @Override
    public Rejection mapRow(ResultSet rs, int row) throws SQLException {
        return new Rejection(source(rs), rs.getString("client_id"), rs.getString("column_name"),
                rs.getString("bad_value"), rs.getString("reason"));
    }
}
