package io.taxrecon.batch.cli;

import io.taxrecon.batch.retention.Removal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How purge and forget run: on the staging store of the output folder, opened exactly as a
 * nightly run opens it, and only while no run holds it (the {@link ManagerLock}; an H2 store in
 * use by a run's process cannot even be opened). Prints what was, or would be, removed.
 */
final class DisposalRun {

    /** The disposal itself, given the started application. */
    @FunctionalInterface
    interface Disposal {
        Removal run(ConfigurableApplicationContext context, Path outFolder) throws Exception;
    }

    private DisposalRun() {
    }

    static int run(ReconcileCommand reconcile, String command, Disposal disposal) throws Exception {
        Path outFolder = reconcile.firmOutFolder();
        if (!reconcile.namesADatabase() && !Files.isDirectory(outFolder.resolve("staging"))) {
            System.err.println("reconcile " + command + ": " + outFolder + " has no staging store (OUT/staging/): "
                    + "name the output folder of the firm's runs with --out");
            return ReconcileCommand.USAGE;
        }
        ConfigurableApplicationContext context;
        try {
            context = reconcile.startOn(outFolder);
        } catch (RuntimeException e) {
            if (inUse(e)) {
                System.err.println(refusal(command));
                return ReconcileCommand.FAILED;
            }
            throw e;
        }
        try (context; ManagerLock lock = ManagerLock.tryAcquire(context.getBean(DataSource.class))) {
            if (lock == null) {
                System.err.println(refusal(command));
                return ReconcileCommand.FAILED;
            }
            Removal removal = disposal.run(context, outFolder);
            if (removal == null) {
                return ReconcileCommand.FAILED;
            }
            removal.print(System.out);
            if (!removal.dryRun()) {
                compactH2(context.getBean(DataSource.class));
            }
            return 0;
        }
    }

    /**
     * H2 leaves deleted rows in the file's old pages until it rewrites them: a disposal compacts
     * the file whole (the store closes with it), so the removed rows are gone from the disk too.
     */
    private static void compactH2(DataSource dataSource) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            if (connection.getMetaData().getDatabaseProductName().equals("H2")) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SHUTDOWN COMPACT");
                }
            }
        } finally {
            try {
                connection.close();
            } catch (SQLException closedWithTheStore) {
                // the pool cannot reset a connection whose database has shut down: nothing is lost
            }
        }
    }

    private static String refusal(String command) {
        return "reconcile " + command + ": a nightly run holds the staging store; nothing was removed. "
                + "Wait for the run to finish and try again.";
    }

    /** H2 opens a database file in one process at a time: error 90020 ("Database may be already in use"). */
    private static boolean inUse(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == 90020) {
                return true;
            }
        }
        return false;
    }
}
