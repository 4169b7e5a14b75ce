package io.taxrecon.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.batch.TestFolders;
import io.taxrecon.batch.TestSchema;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL several processes can open the job repository, so a second nightly run on the same
 * schema is refused while the first is alive, and nothing it left STARTED is taken for abandoned.
 */
class ManagerLockIT {

    static final Path SAMPLE_INBOX = Path.of("..", "sample-data", "inbox").toAbsolutePath().normalize();
    TestSchema schema;

    @BeforeEach
    void schema() {
        schema = TestSchema.onTestServer();
    }

    @AfterEach
    void drop() {
        schema.drop();
    }

    @Test
    void aSecondRunOnTheSameSchemaIsRefusedWhileTheFirstHoldsTheLock() throws Exception {
        try (Connection live = DriverManager.getConnection(schema.url(), schema.user(), schema.password());
                Statement statement = live.createStatement();
                ResultSet held = statement.executeQuery(ManagerLock.TRY_LOCK)) {
            held.next();
            assertThat(held.getBoolean(1)).isTrue();

            CommandLineRun second = CommandLineRun.of("--inbox", SAMPLE_INBOX.toString(),
                    "--out", TestFolders.create("lock-out").toString(), "--run-date", "2026-11-23",
                    "--db-url", schema.url(), "--db-user", schema.user());
            assertThat(second.exitCode).isEqualTo(ReconcileCommand.FAILED);
            assertThat(second.err).contains("another nightly run is in progress");
        }
        // the first run's session is gone, and with it the lock: the next run goes ahead
        CommandLineRun next = CommandLineRun.of("--inbox", SAMPLE_INBOX.toString(),
                "--out", TestFolders.create("lock-out").toString(), "--run-date", "2026-11-23",
                "--db-url", schema.url(), "--db-user", schema.user());
        assertThat(next.exitCode).as(next.err).isZero();
    }

    @Test
    void purgeAndForgetAreRefusedWhileARunHoldsTheLockAndRemoveNothing() throws Exception {
        Path out = TestFolders.create("lock-purge");
        try (Connection live = DriverManager.getConnection(schema.url(), schema.user(), schema.password());
                Statement statement = live.createStatement();
                ResultSet held = statement.executeQuery(ManagerLock.TRY_LOCK)) {
            held.next();
            for (String[] disposal : new String[][] {{"purge", "--before", "2026-11-23"}, {"forget", "--client", "C1"}}) {
                CommandLineRun refused = CommandLineRun.of(disposal[0], disposal[1], disposal[2], "--out", out.toString(),
                        "--db-url", schema.url(), "--db-user", schema.user());
                assertThat(refused.exitCode).isEqualTo(ReconcileCommand.FAILED);
                assertThat(refused.err).contains("a nightly run holds the staging store; nothing was removed")
                        .doesNotContain("\tat ");
                assertThat(refused.out).doesNotContain("Removed");
            }
        }
    }
}
