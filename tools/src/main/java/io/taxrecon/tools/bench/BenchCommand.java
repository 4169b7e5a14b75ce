package io.taxrecon.tools.bench;

import io.taxrecon.batch.NightlyJobConfiguration;
import io.taxrecon.batch.outputs.RunFolder;
import io.taxrecon.batch.ReconcileProperties;
import io.taxrecon.batch.cli.NightlyRun;
import io.taxrecon.batch.cli.ReconcileCommand;
import io.taxrecon.batch.storekey.EncryptedH2Store;
import io.taxrecon.batch.storekey.StagingKey;
import io.taxrecon.core.engine.Catalogs;
import io.taxrecon.core.engine.ReconciliationEngine;
import io.taxrecon.core.engine.ReconciliationSettings;
import io.taxrecon.core.ingest.ColumnAliases;
import io.taxrecon.core.returns.Form1040Lines;
import io.taxrecon.reports.clientworkbook.ReportContext;
import io.taxrecon.sampledata.GeneratorOptions;
import io.taxrecon.sampledata.SampleInboxGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./reconcile bench}: runs the nightly job on a generated firm (or a given inbox) against a
 * fresh staging store and reports, per step, rows, rows per second and wall time, and the job's
 * peak heap; then, for the same data, the floor: parsing every input with the job's readers, and
 * running the engine and writing the same workbooks, without a database. The report goes to the
 * console and to {@code OUT/bench-<timestamp>.json}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measures the nightly job on a generated firm (or an inbox) against its floor.",
                "Run it with a fixed heap: TAXRECON_JAVA_OPTS=-Xmx1g ./reconcile bench --clients 100000"})
public final class BenchCommand implements Callable<Integer> {

    /** The run date the generator's truth is written for by default. */
    static final LocalDate GENERATED_RUN_DATE = LocalDate.of(2026, 11, 23);
    private static final long MIB = 1024 * 1024;

    @Option(names = "--clients", defaultValue = "100000",
            description = "Clients to generate (ignored with --inbox). Default: ${DEFAULT-VALUE}")
    int clients;

    @Option(names = "--seed", defaultValue = "1", description = "Generator seed. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--inbox", paramLabel = "DIR",
            description = "Measure this inbox instead of generating one.")
    Path inbox;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "bench-out",
            description = "Output folder: OUT/bench-data/ (generated inbox), OUT/bench-staging/ (a fresh H2 "
                    + "staging store, replaced each time), OUT/RUN-DATE/ (the run's outputs), "
                    + "OUT/bench-<timestamp>.json. Default: ${DEFAULT-VALUE}")
    Path out;

    @Option(names = "--run-date", paramLabel = "YYYY-MM-DD",
            description = "Run date. Default: 2026-11-23 for a generated firm (its truth holds for it), else today.")
    LocalDate runDate;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads for ingest and reconcile (taxrecon.threads). Default: one per processor.")
    Integer threads;

    private final PrintStream console = System.out;

    @Override
    public Integer call() throws Exception {
        Path outFolder = out.toAbsolutePath().normalize();
        Files.createDirectories(outFolder);
        LocalDate date = runDate != null ? runDate : inbox == null ? GENERATED_RUN_DATE : LocalDate.now();
        LocalDateTime startedAt = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        Path inboxFolder = inbox != null ? inbox.toAbsolutePath().normalize() : generate(outFolder, date);
        if (!Files.isDirectory(inboxFolder)) {
            System.err.println("reconcile bench: the inbox " + inboxFolder + " is not a folder");
            return 2;
        }
        // ingest is only measured when nothing is staged yet: a fresh store every time
        Path staging = outFolder.resolve("bench-staging");
        RunFolder.deleteFolder(staging);
        // encrypted like a firm's store (its cost is part of the measure), under a key nobody keeps
        EncryptedH2Store store = EncryptedH2Store.check(staging, StagingKey.random());
        Map<String, Object> properties = new LinkedHashMap<>(ReconcileCommand.database(null, null, store));
        properties.put("logging.file.name", outFolder.resolve("bench.log").toString());
        if (threads != null) {
            properties.put("taxrecon.threads", threads);
        }
        try (ConfigurableApplicationContext context = ReconcileCommand.startApplication(properties)) {
            ReconcileProperties settings = context.getBean(ReconcileProperties.class);
            console.printf("Running the nightly job on %s (run date %s, %d threads)...%n", inboxFolder, date,
                    settings.effectiveThreads());
            BenchReport.Job job;
            try (HeapWatch heap = HeapWatch.start()) {
                long started = System.nanoTime();
                long cpuStarted = ProcessCpu.nanos();
                int exit = context.getBean(NightlyRun.class).launch(date, inboxFolder, outFolder, true);
                double seconds = (System.nanoTime() - started) / 1e9;
                double cpuSeconds = (ProcessCpu.nanos() - cpuStarted) / 1e9;
                if (exit != 0) {
                    return exit;
                }
                job = new BenchReport.Job(seconds, cpuSeconds, heap.peakUsed() / MIB, heap.peakAfterGc() / MIB,
                        steps(context.getBean(JobRepository.class)));
            }
            BenchReport.Floor floor = floor(context, inboxFolder, outFolder, date, settings);
            Path runFolder = RunFolder.of(outFolder.toString(), date).path();
            BenchReport report = new BenchReport(startedAt.toString(), machine(settings.effectiveThreads()),
                    inboxFolder.toString(), date.toString(), floor.clients(), job, floor,
                    job.seconds() / floor.totalSeconds(),
                    TruthCheck.compare(inboxFolder.resolveSibling("truth.csv"), runFolder.resolve("findings.csv")));
            Path file = outFolder.resolve("bench-" + startedAt.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss"))
                    + ".json");
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(file.toFile(), report);
            print(report);
            console.println("Written to " + file);
            return 0;
        }
    }

    private Path generate(Path outFolder, LocalDate date) throws IOException {
        Path data = outFolder.resolve("bench-data");
        console.printf("Generating %,d clients (seed %d) into %s...%n", clients, seed, data);
        long started = System.nanoTime();
        SampleInboxGenerator.generate(new GeneratorOptions(clients, seed, date, data));
        console.printf("Generated in %.1f s.%n", (System.nanoTime() - started) / 1e9);
        return data.resolve("inbox");
    }

    private static List<BenchReport.Step> steps(JobRepository repository) {
        var instance = repository.getLastJobInstance(NightlyJobConfiguration.JOB_NAME);
        JobExecution execution = repository.getLastJobExecution(instance);
        List<BenchReport.Step> steps = new ArrayList<>();
        execution.getStepExecutions().stream()
                .filter(s -> s.getStartTime() != null && s.getEndTime() != null)
                .sorted(Comparator.comparing(StepExecution::getStartTime).thenComparing(StepExecution::getStepName))
                .forEach(s -> {
                    double seconds = Duration.between(s.getStartTime(), s.getEndTime()).toMillis() / 1000.0;
                    steps.add(new BenchReport.Step(s.getStepName(), s.getReadCount(), s.getWriteCount(), seconds,
                            seconds > 0 ? s.getReadCount() / seconds : 0));
                });
        return steps;
    }

    private BenchReport.Floor floor(ConfigurableApplicationContext context, Path inboxFolder, Path outFolder,
            LocalDate date, ReconcileProperties settings) throws Exception {
        int threadCount = settings.effectiveThreads();
        console.println("Measuring the floor for the same data...");
        ParseFloor.Result parse = ParseFloor.measure(inboxFolder, context.getBean(ColumnAliases.class),
                context.getBean(Form1040Lines.class), threadCount);
        ReconciliationEngine engine = new ReconciliationEngine(context.getBean(Catalogs.class),
                new ReconciliationSettings(date, settings.windowDaysBefore(), settings.windowDaysAfter(),
                        settings.tolerance(), settings.reversalDays(), settings.deadlineSoonDays()));
        Path scratch = outFolder.resolve("bench-scratch");
        RunFolder.deleteFolder(scratch);
        WriteFloor.Result write;
        try {
            write = WriteFloor.measure(context.getBean(JdbcTemplate.class), engine,
                    settings.reportContext(date), scratch, threadCount);
        } finally {
            RunFolder.deleteFolder(scratch);
        }
        return new BenchReport.Floor(parse.rows(), parse.seconds(), parse.cpuSeconds(), write.clients(),
                write.workbooks(), write.seconds(), write.cpuSeconds(), parse.seconds() + write.seconds(),
                parse.cpuSeconds() + write.cpuSeconds());
    }

    private static BenchReport.Machine machine(int threads) {
        return new BenchReport.Machine(Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / MIB,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                threads);
    }

    private void print(BenchReport r) {
        console.println();
        console.printf("Benchmark of %s: %,d clients; %d processors, %d threads, max heap %,d MiB, %s%n",
                r.inbox(), r.clients(), r.machine().processors(), r.machine().threads(), r.machine().maxHeapMiB(),
                r.machine().java());
        console.printf("%-48s %12s %12s %10s%n", "step", "rows", "rows/s", "wall s");
        for (BenchReport.Step s : r.job().steps()) {
            String name = s.name().contains(":") ? "  " + s.name() : s.name();
            console.printf("%-48s %,12d %,12.0f %10.1f%n", name, s.rows(), s.rowsPerSecond(), s.seconds());
        }
        console.printf("%-48s %12s %12s %10.1f   (CPU %.1f s)%n", "job (launch to end)", "", "", r.job().seconds(),
                r.job().cpuSeconds());
        console.printf("Peak heap: %,d MiB in use, %,d MiB in use after a collection (max %,d MiB)%n",
                r.job().peakHeapUsedMiB(), r.job().peakHeapAfterGcMiB(), r.machine().maxHeapMiB());
        BenchReport.Floor f = r.floor();
        console.printf("Floor, same data and threads, no database:%n");
        console.printf("  %-40s %,10d rows               %8.1f s   (CPU %.1f s)%n",
                "parse every input (readers, normaliser)", f.rowsParsed(), f.parseSeconds(), f.parseCpuSeconds());
        console.printf("  %-40s %,10d clients, %,7d wb %8.1f s   (CPU %.1f s)%n", "engine + workbooks", f.clients(),
                f.workbooks(), f.writeSeconds(), f.writeCpuSeconds());
        console.printf("  %-40s %37.1f s   (CPU %.1f s)%n", "total", f.totalSeconds(), f.totalCpuSeconds());
        console.printf("Job / floor: %.2f wall, %.2f CPU%n", r.jobToFloor(), r.job().cpuSeconds() / f.totalCpuSeconds());
        console.printf("Findings against truth.csv: %s%n", r.truthCheck());
    }
}
