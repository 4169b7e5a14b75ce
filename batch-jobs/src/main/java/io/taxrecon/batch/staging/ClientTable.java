package io.taxrecon.batch.staging;

import io.taxrecon.core.clients.Client;
import io.taxrecon.core.values.SourceRef;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The {@code client} table: one row per client of each clients file. */
public final class ClientTable extends StagedTable<Client> {

    ClientTable() {
        super("client", Client.class, "line", "client_id", "name", "tin", "spouse_name", "spouse_tin", "reviewer");
    }

    /**
     * The rows of some clients (parameters: {@link ClientIds#args()}) in the order their files were
     * loaded: a client exported again on a later night comes last, and its latest row counts (a row
     * the file inherited from its predecessor counts as loaded with the file).
     */
    public String clientsInLoadOrder(RunScope scope, ClientIds clients) {
        return inLoadOrder(scope, clients.condition("c.client_id"));
    }

    /** The rows of one client id ({@code = ?}) in {@link #clientsInLoadOrder} order: the last counts. */
    public String clientInLoadOrder(RunScope scope) {
        return inLoadOrder(scope, "c.client_id = ?");
    }

    private static String inLoadOrder(RunScope scope, String clients) {
        return "select c.* from client c join input_file f on f.file_sha = c.file_sha where " + clients + " and "
                + scope.rows("c") + " order by c.client_id, " + scope.lineageLoadedOn("f") + ", c.file_name, c.line";
    }

    @Override
    protected Object[] values(Client c) {
        return new Object[] {c.clientId(), c.name(), c.tin().digits(), c.spouseName(), digits(c.spouseTin()),
                c.reviewer()};
    }

    @Override
    protected SourceRef source(Client c) {
        return c.source();
    }

    @Override
    public Client mapRow(ResultSet rs, int row) throws SQLException {
        return new Client(rs.getString("client_id"), rs.getString("name"), tin(rs, "tin"), rs.getString("spouse_name"),
                tin(rs, "spouse_tin"), rs.getString("reviewer"), source(rs));
    }
}
