package io.taxrecon.batch.staging;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * The identities of every row a loaded file holds ({@code file_row_identity}, V13): each row's
 * line, the hash of its raw record and whether it was rejected, a few bytes a row, per client.
 * When the file is exported again the next night, the new file is compared with these instead of
 * its predecessor's staged rows, which a comparison would otherwise read back in full.
 *
 * <p>A file's identities are the rows it inherited from its predecessor (written by the first pass
 * of its load, again whole on a restart) and the rows it staged (written by each chunk, in the
 * chunk's transaction). Once the file is loaded they are complete ({@code identities_kept}); its
 * predecessor's are then no longer needed. Holds client ids, so a forgotten client's go with the
 * client's other rows.
 */
public final class FileRowIdentities {

    /** Receives decoded identities. */
    @FunctionalInterface
    public interface Sink {
        void add(long line, long hash, boolean rejected, String clientId);
    }

    private static final String INSERT =
            "insert into file_row_identity (file_sha, client_id, inherited, identities) values (?, ?, ?, ?)";

    private final JdbcTemplate jdbc;

    public FileRowIdentities(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records identities a chunk staged, per client (null: rows without one), on the chunk's connection. */
    public static void recordStaged(Connection connection, String fileSha, Map<String, Encoder> byClient)
            throws SQLException {
        if (byClient.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Map.Entry<String, Encoder> client : byClient.entrySet()) {
                insert.setString(1, fileSha);
                insert.setString(2, client.getKey());
                insert.setBoolean(3, false);
                insert.setBytes(4, client.getValue().bytes());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Replaces the identities a file inherits (a restarted first pass writes them again), in the current transaction. */
    public void recordInherited(String fileSha, Map<String, Encoder> byClient) {
        jdbc.update("delete from file_row_identity where file_sha = ? and inherited = ?", fileSha, true);
        List<Object[]> rows = new ArrayList<>(byClient.size());
        byClient.forEach((client, encoder) -> rows.add(new Object[] {fileSha, client, true, encoder.bytes()}));
        jdbc.batchUpdate(INSERT, rows);
    }

    /** Whether a file's identities are all here: it was loaded since they are kept, and no later file replaced it. */
    public boolean kept(String fileSha) {
        return Boolean.TRUE.equals(jdbc.query("select identities_kept from input_file where file_sha = ?",
                rs -> rs.next() && rs.getBoolean(1), fileSha));
    }

    /** Gives each identity of a file to the sink: by client, in line order within a client. */
    public void read(String fileSha, Sink sink) {
        RowCallbackHandler each = rs -> Encoder.decode(rs.getBytes(2), rs.getString(1), sink);
        jdbc.query("select client_id, identities from file_row_identity where file_sha = ?", each, fileSha);
    }

    /**
     * Marks a loaded file's identities complete, and drops those of the earlier files of its name
     * and kind (its predecessor's, or those of a file it replaced with another header): only the
     * latest file of a name is ever continued, so nothing compares with them again.
     */
    public void complete(String fileSha) {
        jdbc.update("update input_file set identities_kept = ? where file_sha = ?", true, fileSha);
        jdbc.queryForList("select o.file_sha from input_file f join input_file o on o.file_name = f.file_name "
                + "and o.kind = f.kind and o.seq < f.seq where f.file_sha = ? and o.identities_kept = ?", String.class,
                fileSha, true).forEach(this::forget);
    }

    /** Forgets a file's identities. */
    public void forget(String fileSha) {
        jdbc.update("update input_file set identities_kept = ? where file_sha = ?", false, fileSha);
        jdbc.update("delete from file_row_identity where file_sha = ?", fileSha);
    }

    /**
     * One client's identities as bytes: per row, the line's distance from the previous row's
     * (zigzag, so a file out of order still encodes) with the rejected flag, as a varint, then the
     * 8-byte hash. Rows in file order take 9 or 10 bytes.
     */
    public static final class Encoder {

        private byte[] bytes = new byte[32];
        private int size;
        private long lastLine;

        public void add(long line, long hash, boolean rejected) {
            long delta = line - lastLine;
            lastLine = line;
            long zigzag = (delta << 1) ^ (delta >> 63);
            ensure(10 + 8);
            long head = (zigzag << 1) | (rejected ? 1 : 0);
            while ((head & ~0x7FL) != 0) {
                bytes[size++] = (byte) ((head & 0x7F) | 0x80);
                head >>>= 7;
            }
            bytes[size++] = (byte) head;
            for (int shift = 56; shift >= 0; shift -= 8) {
                bytes[size++] = (byte) (hash >>> shift);
            }
        }

        byte[] bytes() {
            return Arrays.copyOf(bytes, size);
        }

        private void ensure(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }

        static void decode(byte[] bytes, String clientId, Sink sink) {
            long line = 0;
            int p = 0;
            while (p < bytes.length) {
                long head = 0;
                int shift = 0;
                byte b;
                do {
                    b = bytes[p++];
                    head |= (long) (b & 0x7F) << shift;
                    shift += 7;
                } while (b < 0);
                long zigzag = head >>> 1;
                line += (zigzag >>> 1) ^ -(zigzag & 1);
                long hash = 0;
                for (int i = 0; i < 8; i++) {
                    hash = (hash << 8) | (bytes[p++] & 0xFF);
                }
                sink.add(line, hash, (head & 1) != 0, clientId);
            }
        }
    }
}
