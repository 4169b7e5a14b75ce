package io.taxrecon.batch.remote;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.batch.TestFolders;
import io.taxrecon.batch.TestSchema;
import io.taxrecon.batch.cli.CommandLineRun;
import io.taxrecon.sampledata.GeneratorOptions;
import io.taxrecon.sampledata.InputFormat;
import io.taxrecon.sampledata.SampleInboxGenerator;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;

/**
 * Remote partitioning end to end, every party a process of its own as in production: a manager
 * ({@code --workers remote}) and {@code reconcile worker} processes sharing a PostgreSQL schema
 * made for the test and a RabbitMQ queue named for it. Their outputs must be those of a
 * single-process run on the same inbox. RabbitMQ is {@code taxrecon.test.rabbit-host}:
 * {@code taxrecon.test.rabbit-port} (default 127.0.0.1:5672, guest/guest).
 */
class RemotePartitioningIT {

    static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 23);
    static final String RABBIT_HOST = System.getProperty("taxrecon.test.rabbit-host", "127.0.0.1");
    static final String RABBIT_PORT = System.getProperty("taxrecon.test.rabbit-port", "5672");
    static final Duration RUN_LIMIT = Duration.ofMinutes(3);

    static Path work;
    static Path inbox;
    static Path singleProcessRun;

    TestSchema schema;
    String queue;
    Path out;
    final List<Process> processes = new ArrayList<>();

    @BeforeAll
    static void runTheSameInboxInOneProcess() throws IOException {
        brokerMustBeReachable();
        work = TestFolders.create("remote");
        // dirty rows too, so that rejects.csv has something to compare
        SampleInboxGenerator.generate(new GeneratorOptions(600, 23, RUN_DATE, work, true, InputFormat.CSV));
        inbox = work.resolve("inbox");
        Path out = work.resolve("single-process");
        CommandLineRun run = CommandLineRun.of("--inbox", inbox.toString(), "--out", out.toString(),
                "--run-date", RUN_DATE.toString());
        assertThat(run.exitCode).as(run.err).isZero();
        singleProcessRun = out.resolve(RUN_DATE.toString());
    }

    @BeforeEach
    void aSchemaAndAQueueOfItsOwn(TestInfo test) {
        schema = TestSchema.onTestServer();
        queue = "taxrecon.test." + UUID.randomUUID();
        out = work.resolve(test.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void stopEverythingAndCleanUp() throws InterruptedException {
        for (Process process : processes) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        schema.drop();
        CachingConnectionFactory broker = new CachingConnectionFactory(RABBIT_HOST, Integer.parseInt(RABBIT_PORT));
        try {
            new RabbitAdmin(broker).deleteQueue(queue);
        } finally {
            broker.destroy();
        }
    }

    @Test
    void aManagerAndTwoWorkersWriteTheOutputsOfASingleProcessRun() throws Exception {
        Path first = startWorker("worker-1");
        Path second = startWorker("worker-2");

        Run manager = runManager("manager", List.of("-Dtaxrecon.remote.grid-size=8"));

        assertThat(manager.exitCode).as(manager.console).isZero();
        assertThat(manager.console).contains("Run of 2026-11-23 complete.");
        assertSameOutputsAsSingleProcessRun();
        // both workers took ranges: the work was shared, not done by one
        assertThat(Files.readString(first)).contains("Running partition reconcileClientRange:");
        assertThat(Files.readString(second)).contains("Running partition reconcileClientRange:");
        assertWorkersStopGracefullyOnSigterm();
    }

    @Test
    void aRunWhoseWorkerIsKilledFailsCleanlyAndItsRerunResendsOnlyTheUnfinishedRangeAndWritesTheSameOutputs()
            throws Exception {
        Path doomed = startWorker("doomed-worker");
        startWorker("surviving-worker");
        // small chunks and few ranges: a range takes seconds, so the kill lands in the middle of one;
        // stale-after well above a cold worker's first chunk on a loaded CI machine (12 to 23 s seen while other builds ran)
        List<String> options = List.of("-Dtaxrecon.remote.grid-size=4", "-Dtaxrecon.reconcile-chunk-size=5",
                "-Dtaxrecon.remote.stale-after=45s");
        Process manager = startManager("manager-killed-worker", options);
        long range = awaitFirstCommitOfTheRangeRunBy(doomed);
        processes.get(0).destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(statusOf(range)).as("the range the killed worker held").isEqualTo("STARTED");

        Run failed = await(manager, out.resolve("manager-killed-worker.console"));
        assertThat(failed.exitCode).as(failed.console).isEqualTo(1);
        assertThat(failed.console).contains("the run of 2026-11-23 failed: 1 of 4 client ranges did not complete").contains("no progress for 45s");

        startWorker("late-worker");
        Run rerun = runManager("manager-rerun", options);

        assertThat(rerun.exitCode).as(rerun.console).isZero();
        assertThat(rerun.console).contains("Restarting the interrupted run of 2026-11-23");
        assertThat(Files.readAllLines(out.resolve("reconcile.log")).stream()
                .filter(l -> l.contains("partitions of reconcileClients to the workers")))
                .as("the first run sent every range, the rerun only the one the dead worker held")
                .hasSize(2).anyMatch(l -> l.contains("Sent 4 partitions")).anyMatch(l -> l.contains("Sent 1 partitions"));
        assertThat(statusOf(range)).isEqualTo("FAILED");
        assertSameOutputsAsSingleProcessRun();
    }

    // --- the parties -----------------------------------------------------------------------------

    /** Starts a worker process and waits until it takes requests; returns its console file. */
    private Path startWorker(String name) throws Exception {
        Files.createDirectories(out);
        Path console = out.resolve(name + ".console");
        processes.add(CommandLineRun.inChildJvm(console, List.of(), "worker", "--db-url", schema.url(),
                "--db-user", schema.user(), "--rabbit-host", RABBIT_HOST, "--rabbit-port", RABBIT_PORT,
                "--queue", queue, "--threads", "1", "--log-file", out.resolve(name + ".log").toString()));
        awaitLine(console, "Worker ready");
        return console;
    }

    private Process startManager(String name, List<String> jvmOptions) throws IOException {
        Files.createDirectories(out);
        List<String> options = new ArrayList<>(jvmOptions);
        options.add("-Dtaxrecon.remote.partition-timeout=" + RUN_LIMIT.toSeconds() + "s");
        Process process = CommandLineRun.inChildJvm(out.resolve(name + ".console"), options,
                "--workers", "remote", "--db-url", schema.url(), "--db-user", schema.user(),
                "--rabbit-host", RABBIT_HOST, "--rabbit-port", RABBIT_PORT, "--queue", queue,
                "--inbox", inbox.toString(), "--out", out.toString(), "--run-date", RUN_DATE.toString());
        processes.add(process);
        return process;
    }

    private Run runManager(String name, List<String> jvmOptions) throws Exception {
        return await(startManager(name, jvmOptions), out.resolve(name + ".console"));
    }

    private static Run await(Process process, Path console) throws Exception {
        assertThat(process.waitFor(RUN_LIMIT.toSeconds(), TimeUnit.SECONDS))
                .as("the manager finished within " + RUN_LIMIT).isTrue();
        return new Run(process.exitValue(), Files.readString(console));
    }

    private static void awaitLine(Path console, String text) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(console) && Files.readString(console).contains(text)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no \"" + text + "\" in " + console + " within 90 s:\n"
                + (Files.exists(console) ? Files.readString(console) : "(no console)"));
    }

    /**
     * Waits until the worker has taken a range and committed a chunk of it (so a request the broker
     * hands on after a kill finds it STARTED); returns its step execution id.
     */
    private long awaitFirstCommitOfTheRangeRunBy(Path workerConsole) throws Exception {
        awaitLine(workerConsole, "Running partition reconcileClientRange:");
        Matcher m = Pattern.compile("Running partition reconcileClientRange:\\S+ \\(step execution (\\d+),")
                .matcher(Files.readString(workerConsole));
        assertThat(m.find()).isTrue();
        long id = Long.parseLong(m.group(1));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            try (Connection db = DriverManager.getConnection(schema.url(), schema.user(), schema.password());
                    PreparedStatement query = db.prepareStatement(
                            "select commit_count from batch_step_execution where step_execution_id = ?")) {
                query.setLong(1, id);
                try (ResultSet row = query.executeQuery()) {
                    if (row.next() && row.getLong(1) > 0) {
                        return id;
                    }
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("step execution " + id + " committed no chunk within 60 s");
    }

    private String statusOf(long stepExecutionId) throws SQLException {
        try (Connection db = DriverManager.getConnection(schema.url(), schema.user(), schema.password());
                PreparedStatement query = db.prepareStatement(
                        "select status from batch_step_execution where step_execution_id = ?")) {
            query.setLong(1, stepExecutionId);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }

    /** SIGTERM: a worker stops taking requests and exits on its own. */
    private void assertWorkersStopGracefullyOnSigterm() throws InterruptedException {
        for (Process process : processes) {
            if (process.isAlive()) {
                process.destroy();
                assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("a worker stopped on SIGTERM").isTrue();
            }
        }
    }

    private void assertSameOutputsAsSingleProcessRun() throws IOException {
        Path runFolder = out.resolve(RUN_DATE.toString());
        assertThat(runFolder.resolve("findings.csv")).hasSameTextualContentAs(singleProcessRun.resolve("findings.csv"));
        assertThat(runFolder.resolve("rejects.csv")).hasSameTextualContentAs(singleProcessRun.resolve("rejects.csv"));
        assertThat(Files.readAllLines(runFolder.resolve("findings.csv"))).hasSizeGreaterThan(50);
        assertThat(Files.readAllLines(runFolder.resolve("rejects.csv"))).hasSizeGreaterThan(5);
        assertThat(fileNames(runFolder.resolve("clients"))).isNotEmpty()
                .isEqualTo(fileNames(singleProcessRun.resolve("clients")));
    }

    private static List<String> fileNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void brokerMustBeReachable() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(RABBIT_HOST, Integer.parseInt(RABBIT_PORT)), 2000);
        } catch (IOException e) {
            throw new IllegalStateException("RabbitMQ at " + RABBIT_HOST + ":" + RABBIT_PORT + " is not reachable ("
                    + e.getMessage() + "). The remote partitioning tests need a broker: start one "
                    + "(rabbitmq-server -detached), or point them at yours with -Dtaxrecon.test.rabbit-host=HOST "
                    + "-Dtaxrecon.test.rabbit-port=PORT", e);
        }
    }

    private record Run(int exitCode, String console) {
    }
}
