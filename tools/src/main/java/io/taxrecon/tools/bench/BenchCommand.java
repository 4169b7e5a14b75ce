package io.taxrecon.tools.bench;

import io.taxrecon.batch.NightlyJobConfiguration;
import io.taxrecon.batch.outputs.RunFolder;
import io.taxrecon.batch.ReconcileProperties;
import io.taxrecon.batch.cli.NightlyRun;
import io.taxrecon.batch.cli.ReconcileCommand;
import io.taxrecon.batch.storekey.EncryptedH2Store;
import io.taxrecon.batch.storekey.StagingKey;
import io.taxrecon.core.ingest.ColumnAliases;
import io.taxrecon.core.returns.Form1040Lines;
import io.taxrecon.sampledata.GenerationResult;
import io.taxrecon.sampledata.GeneratorOptions;
import io.taxrecon.sampledata.InputFormat;
import io.taxrecon.sampledata.LaterNightExport;
import io.taxrecon.sampledata.Mix;
import io.taxrecon.sampledata.SampleInboxGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
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
import javax.sql.DataSource;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./reconcile bench}: runs the nightly job on a generated firm (or a given inbox) against a
 * fresh staging store and reports, per step, rows, rows and clients per second, wall and CPU time,
 * and the job's peak heap; then, for the same data and threads, the floor: parsing every input
 * with the job's readers, and writing as many bare workbooks with fastexcel, without a database;
 * and the job's time divided by the floor's. On a generated firm it then runs a second night
 * (issue 15): a re-export of every file with 1% of the clients changed ({@link LaterNightExport}), a
 * day later on the same store, then the same night again in full, and compares the two
 * ({@link SecondNightComparison}). The report goes to the console and to {@code OUT/bench-<timestamp>.json}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measures the nightly job on a generated firm (or an inbox) against its floor.",
                "Run it with a fixed heap: TAXRECON_JAVA_OPTS=-Xmx1g ./reconcile bench --clients 100000"})
public final class BenchCommand implements Callable<Integer> {

    /** The run date the generator's truth is written for by default. */
    static final LocalDate GENERATED_RUN_DATE = LocalDate.of(2026, 11, 23);
    private static final long MIB = 1024 * 1024;
    /** Rows the store's ceiling inserts at most: enough for a steady rate, a few seconds at 100,000 clients. */
    private static final long CEILING_ROWS = 1_000_000;

    @Option(names = "--clients", defaultValue = "100000",
            description = "Clients to generate (ignored with --inbox). Default: ${DEFAULT-VALUE}")
    int clients;

    @Option(names = "--seed", defaultValue = "1", description = "Generator seed. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--mix", paramLabel = "MIX", defaultValue = "realistic", converter = SampleInboxGenerator.MixConverter.class,
            description = "The generated firm: realistic (most clients paid up, ~54 rows per client) or planted "
                    + "(the generator's stress mix: most clients carry a plant or owe). Default: ${DEFAULT-VALUE}")
    Mix mix;

    @Option(names = "--nights", paramLabel = "N", defaultValue = "2",
            description = "1: the first night only; 2: also a second night a day later on a re-export with "
                    + "--changed percent of clients changed, then that night in full, compared (a generated firm only). "
                    + "Default: ${DEFAULT-VALUE}")
    int nights;

    @Option(names = "--changed", paramLabel = "PERCENT", defaultValue = "1",
            description = "Share of clients the second night's re-export changes, in percent. Default: ${DEFAULT-VALUE}")
    double changedPercent;

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
        if (nights < 1 || nights > 2) {
            System.err.println("reconcile bench: --nights is 1 or 2, not " + nights);
            return 2;
        }
        if (changedPercent < 0 || changedPercent > 100) {
            System.err.println("reconcile bench: --changed is a percent, 0 to 100, not " + changedPercent);
            return 2;
        }
        LocalDateTime startedAt = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        GeneratorOptions generated = inbox != null ? null
                : new GeneratorOptions(clients, seed, date, outFolder.resolve("bench-data"), false, InputFormat.CSV,
                        GeneratorOptions.DEFAULT_HISTORY_YEARS, null, mix);
        Path inboxFolder = inbox != null ? inbox.toAbsolutePath().normalize() : generate(generated);
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
        double loadAtStart = loadAverage();
        try (ConfigurableApplicationContext context = ReconcileCommand.startApplication(properties)) {
            ReconcileProperties settings = context.getBean(ReconcileProperties.class);
            int threadCount = settings.effectiveThreads();
            console.printf("Running the nightly job on %s (run date %s, %d threads)...%n", inboxFolder, date,
                    threadCount);
            Path runFolder = RunFolder.of(outFolder.toString(), date).path();
            long clients;
            BenchReport.Job job;
            try (HeapWatch heap = HeapWatch.start(); CpuTimeline cpu = CpuTimeline.start()) {
                long started = System.nanoTime();
                long cpuStarted = ProcessCpu.nanos();
                int exit = context.getBean(NightlyRun.class).launch(date, inboxFolder, outFolder, true);
                double seconds = (System.nanoTime() - started) / 1e9;
                double cpuSeconds = (ProcessCpu.nanos() - cpuStarted) / 1e9;
                if (exit != 0) {
                    return exit;
                }
                clients = context.getBean(JdbcTemplate.class)
                        .queryForObject("select count(distinct client_id) from client", Long.class);
                List<BenchReport.Step> steps = steps(context.getBean(JobRepository.class), cpu, clients);
                job = new BenchReport.Job(seconds, cpuSeconds, heap.peakUsed() / MIB, heap.peakLive() / MIB,
                        stepAt(context.getBean(JobRepository.class), heap.peakLiveAt()), workbooks(runFolder), steps);
            }
            console.println("Measuring the floor for the same data...");
            ColumnAliases aliases = context.getBean(ColumnAliases.class);
            Form1040Lines lines = context.getBean(Form1040Lines.class);
            ParseFloor.Result parse = ParseFloor.measure(inboxFolder, aliases, lines, threadCount, false);
            ParseFloor.Result normalise = ParseFloor.measure(inboxFolder, aliases, lines, threadCount, true);
            Path scratch = outFolder.resolve("bench-scratch");
            RunFolder.deleteFolder(scratch);
            WriteFloor.Result write;
            try {
                write = WriteFloor.measure(job.workbooks(), scratch, threadCount);
            } finally {
                RunFolder.deleteFolder(scratch);
            }
            String truthCheck = TruthCheck.compare(inboxFolder.resolveSibling("truth.csv"), runFolder.resolve("findings.csv"));
            BenchReport.SecondNight second = null;
            if (nights == 2 && generated == null) {
                console.println("A second night needs a generated firm (it is a re-export of it): --inbox runs one night.");
            } else if (nights == 2) {
                SecondNightRun run = new SecondNightRun(context, console, outFolder);
                second = run.measure(generated, job, changedPercent / 100, clients);
                if (second == null) {
                    return run.exit();
                }
            }
            // last, after any second night: the rows it inserts and drops leave free space in the store
            console.println("Measuring what the store itself can take...");
            StoreCeiling.Result ceiling = StoreCeiling.measure(context.getBean(DataSource.class),
                    Math.min(parse.rows(), CEILING_ROWS), threadCount);
            BenchReport.Floor floor = new BenchReport.Floor(parse.rows(), parse.seconds(), parse.cpuSeconds(),
                    normalise.seconds(), normalise.cpuSeconds(), write.workbooks(), write.seconds(),
                    write.cpuSeconds(), parse.seconds() + write.seconds(), parse.cpuSeconds() + write.cpuSeconds(),
                    ceiling.rows(), ceiling.seconds(), ceiling.cpuSeconds());
            BenchReport report = new BenchReport(startedAt.toString(), machine(threadCount, loadAtStart),
                    inboxFolder.toString(), date.toString(), clients, parse.rowsByFile(), job, floor,
                    job.seconds() / floor.totalSeconds(), job.cpuSeconds() / floor.totalCpuSeconds(), truthCheck,
                    generated == null ? null : mix.toString(), second);
            Path file = outFolder.resolve("bench-" + startedAt.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss"))
                    + ".json");
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(file.toFile(), report);
            report.print(console);
            console.println("Written to " + file);
            return 0;
        }
    }

    private Path generate(GeneratorOptions options) throws IOException {
        Path data = options.outDir();
        console.printf("Generating %,d clients (seed %d, %s mix) into %s...%n", clients, seed, mix, data);
        long started = System.nanoTime();
        GenerationResult result = SampleInboxGenerator.generate(options);
        console.printf("Generated in %.1f s:%n", (System.nanoTime() - started) / 1e9);
        printRows(console, result);
        return data.resolve("inbox");
    }

    /** The rows per file a generation wrote, and per client: the mix the figures are for. */
    static void printRows(PrintStream console, GenerationResult result) {
        result.rowsByFile().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                console.printf("  %-40s %,12d rows (%.2f per client)%n", e.getKey(), e.getValue(),
                        e.getValue() / (double) result.clients()));
    }

    /** The steps of the job's last execution, each with the process CPU the timeline saw while it ran. */
    static List<BenchReport.Step> steps(JobRepository repository, CpuTimeline cpu, long clients) {
        JobExecution execution = lastExecution(repository);
        List<BenchReport.Step> steps = new ArrayList<>();
        execution.getStepExecutions().stream()
                .filter(s -> s.getStartTime() != null && s.getEndTime() != null)
                .sorted(Comparator.comparing(StepExecution::getStartTime).thenComparing(StepExecution::getStepName))
                .forEach(s -> {
                    double seconds = Duration.between(s.getStartTime(), s.getEndTime()).toMillis() / 1000.0;
                    boolean partition = s.getStepName().contains(":");
                    steps.add(new BenchReport.Step(s.getStepName(), s.getReadCount(), s.getWriteCount(), seconds,
                            seconds > 0 ? s.getReadCount() / seconds : 0, seconds > 0 ? clients / seconds : 0,
                            partition ? null : cpu.cpuSecondsBetween(s.getStartTime(), s.getEndTime())));
                });
        return steps;
    }

    /** The step of the job's last execution that was running at a time (not a partition); null when none was. */
    static String stepAt(JobRepository repository, LocalDateTime time) {
        if (time == null) {
            return null;
        }
        return lastExecution(repository).getStepExecutions().stream()
                .filter(s -> !s.getStepName().contains(":") && s.getStartTime() != null && s.getEndTime() != null)
                .filter(s -> !time.isBefore(s.getStartTime()) && !time.isAfter(s.getEndTime()))
                .map(StepExecution::getStepName).findFirst().orElse(null);
    }

    private static JobExecution lastExecution(JobRepository repository) {
        return repository.getLastJobExecution(repository.getLastJobInstance(NightlyJobConfiguration.JOB_NAME));
    }

    /** The client workbooks the run wrote. */
    private static long workbooks(Path runFolder) throws IOException {
        Path folder = runFolder.resolve("clients");
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".xlsx")).count();
        }
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static BenchReport.Machine machine(int threads, double loadAtStart) {
        long memory = ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getTotalMemorySize() / MIB : 0;
        return new BenchReport.Machine(Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / MIB, memory,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                threads, loadAtStart, loadAverage());
    }
}
