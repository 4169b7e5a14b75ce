package io.taxrecon.batch.staging;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The clients each loaded file touched ({@code file_client}, V12): the clients of the rows it
 * staged, and for a re-export those of its predecessor's rows that vanished in it. The night asks
 * "which clients do these files name?" (rows without a client, clients changed since the last
 * night) of this small table instead of scanning every staged row. A superset: duplicates are
 * allowed, and a client named here may have no row left in the night.
 */
public final class FileClients {

    /** Files per statement: well under any driver's limit on parameters. */
    private static final int FILES_PER_STATEMENT = 500;
    private static final String INSERT = "insert into file_client (file_sha, client_id) values (?, ?)";

    private final JdbcTemplate jdbc;

    public FileClients(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records clients of a file on the given connection, in its transaction (a chunk's). */
    public static void record(Connection connection, String fileSha, Collection<String> clientIds) throws SQLException {
        if (clientIds.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (String clientId : clientIds) {
                insert.setString(1, fileSha);
                insert.setString(2, clientId);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Records clients of a file in the current transaction. */
    public void record(String fileSha, Collection<String> clientIds) {
        jdbc.batchUpdate(INSERT, clientIds.stream().map(id -> new Object[] {fileSha, id}).toList());
    }

    /** The clients any of these files touched. */
    public Set<String> of(Collection<String> fileShas) {
        List<String> files = List.copyOf(fileShas);
        Set<String> clients = new HashSet<>();
        for (int from = 0; from < files.size(); from += FILES_PER_STATEMENT) {
            List<String> some = files.subList(from, Math.min(files.size(), from + FILES_PER_STATEMENT));
            clients.addAll(jdbc.queryForList("select distinct client_id from file_client where file_sha in ("
                    + String.join(", ", Collections.nCopies(some.size(), "?")) + ")", String.class,
                    some.toArray()));
        }
        return clients;
    }

    /** Forgets what a file touched, with the file. */
    public void forget(String fileSha) {
        jdbc.update("delete from file_client where file_sha = ?", fileSha);
    }
}
