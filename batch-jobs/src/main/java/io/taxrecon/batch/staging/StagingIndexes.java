package io.taxrecon.batch.staging;

import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rebuilds the staging tables' secondary indexes after a process was killed mid-write. H2 rolls
 * back the dead process's open transactions when the file is opened again, but has been seen to
 * leave a secondary index pointing at a rolled-back row ("Row n not found in primary index"),
 * which fails the restarted run. The indexes are only lookups: dropping and creating them again
 * costs seconds and restores them from the rows as they are.
 */
public final class StagingIndexes {

    /** name, table, columns: as db/migration/common/V2__staging.sql creates them. */
    private static final List<String[]> INDEXES = List.of(
            new String[] {"client_by_id", "client", "client_id"},
            new String[] {"notice_by_client", "notice", "client_id"},
            new String[] {"irs_transaction_by_client", "irs_transaction", "client_id"},
            new String[] {"irs_transaction_by_tin", "irs_transaction", "tin"},
            new String[] {"information_return_by_client", "information_return", "client_id"},
            new String[] {"return_line_by_client", "return_line", "client_id"},
            new String[] {"payment_by_client", "payment", "client_id"},
            new String[] {"rejected_row_by_file", "rejected_row", "file_sha"},
            new String[] {"rejected_row_by_client", "rejected_row", "client_id"});

    private StagingIndexes() {
    }

    /** Rebuilds them on H2; other databases recover their indexes with their rows. */
    public static void rebuildAfterCrash(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String product = jdbc.execute((Connection c) -> c.getMetaData().getDatabaseProductName());
        if (product == null || !product.toLowerCase().contains("h2")) {
            return;
        }
        for (String[] index : INDEXES) {
            jdbc.execute("drop index if exists " + index[0]);
            jdbc.execute("create index " + index[0] + " on " + index[1] + " (" + index[2] + ")");
        }
    }
}
