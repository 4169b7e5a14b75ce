package io.taxrecon.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.batch.cli.CommandLineRun;
import io.taxrecon.sampledata.GenerationResult;
import io.taxrecon.sampledata.GeneratorOptions;
import io.taxrecon.sampledata.SampleInboxGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A nightly run killed part way (SIGKILL, as a crashed machine or an impatient operator would)
 * and started again with the same command finishes with the outputs of a run never interrupted:
 * exactly the planted findings, every row loaded once, every workbook whole.
 */
class RestartAfterKillIT {

    static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 23);
    static Path work;
    static GenerationResult generated;

    @BeforeAll
    static void generateAFirm() throws IOException {
        work = TestFolders.create("restart");
        generated = SampleInboxGenerator.generate(new GeneratorOptions(2500, 11, RUN_DATE, work));
    }

    @Test
    void aRunKilledDuringIngestionIsRestartedAndFinishesAsIfNeverInterrupted() throws Exception {
        Path out = work.resolve("killed-in-ingest");
        // files load side by side: when the first is done, the others are still loading
        killWhenLogShows(out, line -> line.contains(".csv") && line.contains("COMPLETED"));
        assertRestartFinishesWhole(out);
    }

    @Test
    void aRunKilledWhileReconcilingAndWritingWorkbooksIsRestartedAndFinishesAsIfNeverInterrupted() throws Exception {
        Path out = work.resolve("killed-in-reports");
        killWhenLogShows(out, line -> line.contains("reconcile") && line.contains("clients/s"));
        assertRestartFinishesWhole(out);
    }

    /** Starts the nightly run in its own JVM and kills it (SIGKILL) once its log shows the moment. */
    private static void killWhenLogShows(Path out, Predicate<String> moment) throws Exception {
        Files.createDirectories(out);
        Path log = out.resolve("reconcile.log");
        Process process = CommandLineRun.inChildJvm(out.resolve("killed-run.console"),
                List.of("-Dtaxrecon.ingest-chunk-size=200", "-Dtaxrecon.reconcile-chunk-size=20"),
                "--inbox", work.resolve("inbox").toString(), "--out", out.toString(), "--run-date", RUN_DATE.toString());
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        try {
            while (Instant.now().isBefore(deadline) && process.isAlive()) {
                if (Files.exists(log) && Files.readAllLines(log).stream().anyMatch(moment)) {
                    break;
                }
                Thread.sleep(10);
            }
            assertThat(process.isAlive()).as("the run was still going when killed").isTrue();
        } finally {
            process.destroyForcibly().waitFor();
        }
    }

    private static void assertRestartFinishesWhole(Path out) throws IOException {
        CommandLineRun restart = CommandLineRun.of("--inbox", work.resolve("inbox").toString(), "--out", out.toString(),
                "--run-date", RUN_DATE.toString());
        assertThat(restart.exitCode).as(restart.err).isZero();
        assertThat(restart.out).contains("Restarting the interrupted run of 2026-11-23");

        Path runFolder = out.resolve(RUN_DATE.toString());
        assertThat(TruthFile.findings(runFolder.resolve("findings.csv"))).isEqualTo(TruthFile.truth(work.resolve("truth.csv")));

        // no row loaded twice, none lost: each file's loaded rows equal what the generator wrote
        String summary = Files.readString(runFolder.resolve("run-summary.json"));
        generated.rowsByFile().forEach((file, rows) -> {
            if (!file.equals("truth.csv")) {
                assertThat(summary).contains("\"name\" : \"" + file + "\",\n    \"kind\" : \"" + file.replace(".csv", "")
                        + "\",\n    \"status\" : \"loaded\",\n    \"rowsRead\" : " + rows + ",\n    \"rowsLoaded\" : " + rows + ",");
            }
        });

        // every workbook the summary counts is there, whole, and nothing half-written is left
        List<Path> files;
        try (Stream<Path> listing = Files.list(runFolder.resolve("clients"))) {
            files = listing.sorted().toList();
        }
        assertThat(files).as("no half-written file is left").noneMatch(p -> p.getFileName().toString().endsWith(".tmp"));
        List<Path> workbooks = files.stream().filter(p -> p.toString().endsWith(".xlsx")).toList();
        assertThat(summary).contains("\"workbooksWritten\" : " + workbooks.size());
        for (Path workbook : workbooks) {
            try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                assertThat(wb.getSheet("Findings")).as(workbook.toString()).isNotNull();
            }
        }
    }
}
