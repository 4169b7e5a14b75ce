package io.taxrecon.batch.staging;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.batch.TestSchema;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * COPY on a real PostgreSQL server (see {@link TestSchema}): every kind of record goes in through
 * {@link CopyRowLoader} inside a transaction and reads back as it was; a transaction rolled back
 * leaves nothing of what it copied, as a chunk that fails must.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CopyRowLoaderIT {

    private static final String SHA = "c".repeat(64);

    private TestSchema schema;

    @BeforeAll
    void migrate() {
        schema = TestSchema.onTestServer();
        Flyway.configure().dataSource(schema.url(), schema.user(), schema.password())
                .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
                .load().migrate();
    }

    @AfterAll
    void drop() {
        schema.drop();
    }

    @Test
    void everyKindOfRecordCopiedInReadsBackAsItWas() throws Exception {
        try (Connection connection = DriverManager.getConnection(schema.url(), schema.user(), schema.password())) {
            connection.setAutoCommit(false);
            List<StagedRecordExamples.Example<?>> examples = StagedRecordExamples.all();
            for (int i = 0; i < examples.size(); i++) {
                copy(connection, examples.get(i), fileOf(i));
            }
            connection.commit();
            JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            for (int i = 0; i < examples.size(); i++) {
                assertReadsBack(jdbc, examples.get(i), fileOf(i));
            }
        }
    }

    @Test
    void rowsCopiedInATransactionRolledBackAreNotStaged() throws Exception {
        try (Connection connection = DriverManager.getConnection(schema.url(), schema.user(), schema.password())) {
            connection.setAutoCommit(false);
            StagedRecordExamples.Example<?> payment = StagedRecordExamples.all().get(5);
            new CopyRowLoader().load(connection, payment.table(), bound(payment, "d".repeat(64)));
            connection.rollback();
            JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            assertThat(jdbc.queryForObject("select count(*) from payment where file_sha = ?", Long.class,
                    "d".repeat(64))).isZero();
        }
    }

    /** A file hash of its own per example: a table may hold more than one of them. */
    private static String fileOf(int example) {
        return SHA.substring(0, 60) + String.format("%04d", example);
    }

    private static void copy(Connection connection, StagedRecordExamples.Example<?> example, String sha)
            throws Exception {
        new CopyRowLoader().load(connection, example.table(), bound(example, sha));
    }

    private static <T> List<Object[]> bound(StagedRecordExamples.Example<T> example, String sha) {
        List<Object[]> rows = new ArrayList<>();
        rows.add(example.table().bind(example.record(), sha));
        return rows;
    }

    private static <T> void assertReadsBack(JdbcTemplate jdbc, StagedRecordExamples.Example<T> example, String sha) {
        StagedTable<T> table = example.table();
        List<T> read = jdbc.query("select * from " + table.name() + " where file_sha = ?", table, sha);
        assertThat(read).as(table.name()).containsExactly(example.record());
    }
}
