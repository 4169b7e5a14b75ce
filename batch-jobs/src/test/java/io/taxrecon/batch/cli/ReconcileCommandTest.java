package io.taxrecon.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.batch.TestFolders;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The command line as a user (or a nightly scheduler) meets it. */
class ReconcileCommandTest {

    static final Path SAMPLE_INBOX = Path.of("..", "sample-data", "inbox").toAbsolutePath().normalize();

    @Test
    void runsTheBundledSampleAndFindsItsPlantedFindings() throws Exception {
        Path out = TestFolders.create("cli-sample");
        assertThat(run("--inbox", SAMPLE_INBOX.toString(), "--out", out.toString(), "--run-date", "2026-11-23"))
                .isZero();
        Path findings = out.resolve("2026-11-23").resolve("findings.csv");
        assertThat(io.taxrecon.batch.TruthFile.findings(findings))
                .isEqualTo(io.taxrecon.batch.TruthFile.truth(SAMPLE_INBOX.resolveSibling("truth.csv")));
    }

    @Test
    void refusesACompletedRunDateUnlessAskedToRerunAndTheRerunGivesTheSameFindings() throws Exception {
        Path out = TestFolders.create("cli-rerun");
        String[] args = {"--inbox", SAMPLE_INBOX.toString(), "--out", out.toString(), "--run-date", "2026-11-23"};
        assertThat(run(args)).isZero();
        String first = Files.readString(out.resolve("2026-11-23").resolve("findings.csv"));

        assertThat(run(args)).isEqualTo(ReconcileCommand.ALREADY_COMPLETED);
        assertThat(lastErr).contains("already completed").contains("--rerun");

        String[] rerun = {"--inbox", SAMPLE_INBOX.toString(), "--out", out.toString(), "--run-date", "2026-11-23",
                "--rerun"};
        assertThat(run(rerun)).isZero();
        assertThat(Files.readString(out.resolve("2026-11-23").resolve("findings.csv"))).isEqualTo(first);
    }

    @Test
    void aFileOfUnknownKindStopsTheRunBeforeAnyReportWithOneLineNamingIt() throws Exception {
        Path inbox = TestFolders.create("cli-bad-inbox");
        Files.writeString(inbox.resolve("mystery.csv"), "colour,shape\nred,round\n");
        Path out = TestFolders.create("cli-bad-out");
        assertThat(run("--inbox", inbox.toString(), "--out", out.toString(), "--run-date", "2026-11-23"))
                .isEqualTo(ReconcileCommand.FAILED);
        assertThat(lastErr).contains("mystery.csv").contains("unknown kind").doesNotContain("\tat ");
        assertThat(out.resolve("2026-11-23").resolve("findings.csv")).doesNotExist();
    }

    @Test
    void helpExplainsEveryOption() {
        assertThat(run("--help")).isZero();
        assertThat(lastOut).contains("--inbox", "--out", "--run-date", "--rerun");
    }

    private String lastOut;
    private String lastErr;

    private int run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return ReconcileCommand.execute(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            lastOut = out.toString(StandardCharsets.UTF_8);
            lastErr = err.toString(StandardCharsets.UTF_8);
        }
    }
}
