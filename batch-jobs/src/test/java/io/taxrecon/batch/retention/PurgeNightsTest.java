package io.taxrecon.batch.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.batch.TestFolders;
import io.taxrecon.batch.cli.CommandLineRun;
import io.taxrecon.batch.staging.RunScope;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code ./reconcile purge --before DATE} on three nights: a dry run changes nothing; the real one
 * removes the nights before the date from the output folder, the store and the job repository,
 * with the staged rows of a file only those nights used, and keeps the latest completed night.
 */
class PurgeNightsTest {

    static final Path SAMPLE_INBOX = ForgetClientTest.SAMPLE_INBOX;
    /** A client only the first night's clients file names. */
    static final String GONE_CLIENT = "C999999";

    @Test
    void purgeRemovesTheNightsBeforeTheDateAndKeepsTheLatestCompletedNight() throws Exception {
        Path out = TestFolders.create("purge");
        Path oldInbox = TestFolders.create("purge-old-inbox");
        try (Stream<Path> files = Files.list(SAMPLE_INBOX)) {
            for (Path file : files.toList()) {
                Files.copy(file, oldInbox.resolve(file.getFileName()));
            }
        }
        Files.writeString(oldInbox.resolve("clients.csv"), GONE_CLIENT + ",Gone Client,999-88-7777,,,X. Y\n",
                StandardOpenOption.APPEND);
        run(oldInbox, out, "2026-11-21");
        run(SAMPLE_INBOX, out, "2026-11-22");
        run(SAMPLE_INBOX, out, "2026-11-23");
        // the clients the kept night sees: the second night's clients.csv re-exports the first's minus one
        // line, so it inherits the first file's rows, which must outlive the first night's purge
        long clientsKept = count(out, "select count(*) from client where "
                + RunScope.of(LocalDate.parse("2026-11-23")).rows());
        assertThat(count(out, "select count(*) from client")).isGreaterThan(clientsKept);
        assertThat(StoredTrace.inStore(out, GONE_CLIENT)).isNotEmpty();

        CommandLineRun dry = CommandLineRun.of("purge", "--before", "2026-11-23", "--out", out.toString(), "--dry-run");
        assertThat(dry.exitCode).as(dry.err).isZero();
        assertThat(dry.out).contains("Would remove").contains(out.resolve("2026-11-21").toString())
                .contains(out.resolve("2026-11-22").toString()).contains("Dry run: nothing was changed");
        assertThat(out.resolve("2026-11-21")).isDirectory();
        assertThat(nightsWithRows(out)).contains("2026-11-21", "2026-11-22", "2026-11-23");

        CommandLineRun purge = CommandLineRun.of("purge", "--before", "2026-11-23", "--out", out.toString());
        assertThat(purge.exitCode).as(purge.err).isZero();
        assertThat(purge.out).contains("Removed rows:").contains("job repository: job instances");
        assertThat(out.resolve("2026-11-21")).doesNotExist();
        assertThat(out.resolve("2026-11-22")).doesNotExist();
        assertThat(out.resolve("2026-11-23").resolve("findings.csv")).exists();
        assertThat(nightsWithRows(out)).containsExactly("2026-11-23");
        assertThat(count(out, "select count(*) from batch_job_execution_params where parameter_name = 'runDate' "
                + "and parameter_value <> '2026-11-23'")).isZero();
        assertThat(count(out, "select count(*) from batch_step_execution s join batch_job_execution e "
                + "on e.job_execution_id = s.job_execution_id join batch_job_execution_params p "
                + "on p.job_execution_id = e.job_execution_id and p.parameter_name = 'runDate' "
                + "where p.parameter_value = '2026-11-23'"))
                .isEqualTo(count(out, "select count(*) from batch_step_execution"));
        // the first night's own clients file went with it; the files the kept night uses stay
        assertThat(StoredTrace.inStore(out, GONE_CLIENT)).isEmpty();
        assertThat(StoredTrace.inFiles(out, GONE_CLIENT)).isEmpty();
        assertThat(count(out, "select count(*) from client")).isEqualTo(clientsKept);

        // a date after every night keeps the latest completed one, and says so
        CommandLineRun later = CommandLineRun.of("purge", "--before", "2027-01-01", "--out", out.toString());
        assertThat(later.exitCode).as(later.err).isZero();
        assertThat(later.out).contains("Kept: the night of 2026-11-23").contains("Nothing was removed.");
        assertThat(out.resolve("2026-11-23")).isDirectory();

        CommandLineRun next = run(SAMPLE_INBOX, out, "2026-11-24");
        assertThat(next.out).contains("Since the previous night (2026-11-23)");
    }

    @Test
    void purgeOfAFolderWithoutAStoreIsRefusedWithOneLine() {
        Path out = TestFolders.create("purge-empty");
        CommandLineRun purge = CommandLineRun.of("purge", "--before", "2026-11-23", "--out", out.toString());
        assertThat(purge.exitCode).isEqualTo(2);
        assertThat(purge.err).contains("has no staging store").doesNotContain("\tat ");
        assertThat(out.resolve("staging")).doesNotExist();
    }

    private static CommandLineRun run(Path inbox, Path out, String night) {
        CommandLineRun run = CommandLineRun.of("--inbox", inbox.toString(), "--out", out.toString(), "--run-date", night);
        assertThat(run.exitCode).as(run.err).isZero();
        return run;
    }

    /** The run dates found in any run_date column of the store. */
    private static List<String> nightsWithRows(Path out) throws Exception {
        List<String> nights = new ArrayList<>();
        try (Connection c = StoredTrace.store(out); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select table_name from information_schema.columns "
                    + "where table_schema = 'PUBLIC' and column_name = 'RUN_DATE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("select distinct run_date from " + table + " where run_date is not null")) {
                    while (rs.next()) {
                        nights.add(rs.getString(1));
                    }
                }
            }
        }
        return nights.stream().distinct().sorted().toList();
    }

    private static long count(Path out, String sql) throws Exception {
        try (Connection c = StoredTrace.store(out); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
