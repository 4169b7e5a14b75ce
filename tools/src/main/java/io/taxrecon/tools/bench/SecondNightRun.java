package io.taxrecon.tools.bench;

import io.taxrecon.batch.cli.NightlyRun;
import io.taxrecon.batch.outputs.RunFolder;
import io.taxrecon.sampledata.GeneratorOptions;
import io.taxrecon.sampledata.LaterNightExport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bench's second night (issue 15): the first night's firm re-exported a day later with a share
 * of its clients changed, run on the first night's store; its outputs kept in
 * {@code OUT/bench-night-2-incremental/}; the same night run again in full (a re-run, which
 * reconciles every client, as the product's own later-night test does), into {@code OUT/RUN-DATE/};
 * and the two compared.
 */
final class SecondNightRun {

    private final ConfigurableApplicationContext context;
    private final PrintStream console;
    private final Path outFolder;
    private int exit;

    SecondNightRun(ConfigurableApplicationContext context, PrintStream console, Path outFolder) {
        this.context = context;
        this.console = console;
        this.outFolder = outFolder;
    }

    /** The exit code of the run that failed, when {@link #measure} gave null. */
    int exit() {
        return exit;
    }

    /** Runs and compares the second night; null when one of its runs failed ({@link #exit}). */
    BenchReport.SecondNight measure(GeneratorOptions firstNight, BenchReport.Job first, double changedShare, long clients)
            throws Exception {
        LocalDate night = firstNight.runDate().plusDays(1);
        Path data = outFolder.resolve("bench-data-night-2");
        RunFolder.deleteFolder(data);
        console.printf("%nWriting the second night's inbox: every file re-exported, %.1f%% of clients changed, into %s...%n",
                changedShare * 100, data);
        LaterNightExport.Result export = LaterNightExport.write(firstNight, night, data, changedShare);
        console.printf("  %,d clients changed: %,d amounts changed in place, %,d rows appended%n",
                export.changedClients().size(), export.amountsChanged(), export.rowsAppended());
        Path inbox = data.resolve("inbox");
        NightlyRun run = context.getBean(NightlyRun.class);

        console.printf("Running the second night (%s) on the first night's store...%n", night);
        long started = System.nanoTime();
        long cpuStarted = ProcessCpu.nanos();
        List<BenchReport.Step> steps;
        try (CpuTimeline cpu = CpuTimeline.start()) {
            exit = run.launch(night, inbox, outFolder, false);
            steps = exit == 0 ? BenchCommand.steps(context.getBean(JobRepository.class), cpu, clients) : List.of();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (ProcessCpu.nanos() - cpuStarted) / 1e9;
        if (exit != 0) {
            return null;
        }
        Path runFolder = RunFolder.of(outFolder.toString(), night).path();
        Path later = outFolder.resolve("bench-night-2-incremental");
        RunFolder.deleteFolder(later);
        copyFolder(runFolder, later);
        Map<String, LocalDate> dataAsOf = dataAsOf(night);
        JsonNode carrying = carrying(later.resolve("run-summary.json"));
        String truthCheck = TruthCheck.compare(data.resolve("truth.csv"), later.resolve("findings.csv"));

        console.println("Running the second night again in full (a re-run reconciles every client)...");
        started = System.nanoTime();
        cpuStarted = ProcessCpu.nanos();
        exit = run.launch(night, inbox, outFolder, true);
        double fullSeconds = (System.nanoTime() - started) / 1e9;
        double fullCpuSeconds = (ProcessCpu.nanos() - cpuStarted) / 1e9;
        if (exit != 0) {
            return null;
        }
        console.println("Comparing the second night with its full run...");
        SecondNightComparison.Result comparison = SecondNightComparison.compare(later, runFolder, dataAsOf, night);
        return new BenchReport.SecondNight(night.toString(), inbox.toString(), export.changedClients().size(),
                export.amountsChanged(), export.rowsAppended(), seconds, cpuSeconds, seconds / first.seconds(),
                cpuSeconds / first.cpuSeconds(), count(carrying, "reconciled"), count(carrying, "carried"),
                fullSeconds, fullCpuSeconds, comparison.workbooks(), comparison.identical(), comparison.differences(),
                comparison.first(), comparison.summary(), truthCheck, steps);
    }

    /**
     * Per client carried tonight, the night its data is as of (the staging store's client_night);
     * empty when the store keeps no such table, and then every workbook is read as of tonight.
     */
    private Map<String, LocalDate> dataAsOf(LocalDate night) {
        Map<String, LocalDate> asOf = new HashMap<>();
        try {
            context.getBean(JdbcTemplate.class).query(
                    "select client_id, reconciled_on from client_night where run_date = ?",
                    rs -> {
                        LocalDate on = rs.getDate(2) == null ? null : rs.getDate(2).toLocalDate();
                        if (on != null && on.isBefore(night)) {
                            asOf.put(rs.getString(1), on);
                        }
                    }, night);
        } catch (DataAccessException e) {
            console.println("  (the store keeps no client_night table: every workbook is compared as of " + night + ")");
        }
        return asOf;
    }

    private static JsonNode carrying(Path runSummary) throws IOException {
        if (!Files.isRegularFile(runSummary)) {
            return null;
        }
        return JsonMapper.builder().build().readTree(runSummary.toFile()).get("carrying");
    }

    private static long count(JsonNode carrying, String field) {
        return carrying == null || carrying.get(field) == null ? -1 : carrying.get(field).asLong();
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
