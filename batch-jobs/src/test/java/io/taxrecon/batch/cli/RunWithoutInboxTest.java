package io.taxrecon.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.batch.TestFolders;
import io.taxrecon.batch.TruthFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A run that names no inbox: with no options at all it is the one-command demo, in a folder and
 * store of its own; with a firm's output folder, database or workers it is refused, because a
 * scheduler that forgot --inbox must never reconcile the sample into the firm's data.
 */
class RunWithoutInboxTest {

    static final String REFUSAL = "reconcile: --out, --db-url and --workers are for a firm's run: name its --inbox too "
            + "(./reconcile with no options runs the bundled demo into ./out-demo/)";

    @Test
    void anOutputFolderWithoutAnInboxIsRefusedInOneLineAndNothingIsWrittenThere() {
        Path firm = TestFolders.create("no-inbox-out");
        CommandLineRun run = CommandLineRun.of("--out", firm.toString(), "--run-date", "2026-11-23");
        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).isEqualTo(REFUSAL + System.lineSeparator());
        assertThat(run.out).isEmpty();
        assertThat(firm.resolve("staging")).doesNotExist();
        assertThat(firm.resolve("2026-11-23")).doesNotExist();
    }

    @Test
    void aDatabaseWithoutAnInboxIsRefusedInOneLine() {
        CommandLineRun run = CommandLineRun.of("--db-url", "jdbc:postgresql://127.0.0.1:5432/firm");
        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).isEqualTo(REFUSAL + System.lineSeparator());
    }

    @Test
    void workersWithoutAnInboxAreRefusedInOneLineEvenWhenLocal() {
        CommandLineRun run = CommandLineRun.of("--workers", "local");
        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).isEqualTo(REFUSAL + System.lineSeparator());
    }

    @Test
    void noOptionsRunTheBundledSampleIntoTheDemoFolderSayingSoOnTheFirstLine() throws IOException {
        // the demo folder is relative to where it is started: the module folder here
        Path demo = Path.of(ReconcileCommand.DEMO_FOLDER).toAbsolutePath().normalize();
        deleteFolder(demo);
        try {
            // --run-date is not a firm's folder: the demo may be run for any date
            CommandLineRun run = CommandLineRun.of("--run-date", "2026-11-23");
            assertThat(run.exitCode).as(run.err).isZero();
            assertThat(run.out.lines().findFirst()).contains("Demo: reconciling the bundled sample inbox into "
                    + demo + " (its own staging store, encrypted with a throwaway key kept in "
                    + demo.resolve("demo-staging.key") + "); name --inbox to run a firm's night.");
            assertThat(demo.resolve("staging")).isDirectory();
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(demo.resolve("demo-staging.key")))).isEqualTo("rw-------");
            assertThat(TruthFile.findings(demo.resolve("2026-11-23").resolve("findings.csv")))
                    .isEqualTo(TruthFile.truth(ReconcileCommandTest.SAMPLE_INBOX.resolveSibling("truth.csv")));
        } finally {
            deleteFolder(demo);
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
