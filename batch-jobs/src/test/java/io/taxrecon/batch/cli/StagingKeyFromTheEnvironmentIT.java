package io.taxrecon.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.batch.TestFolders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The command in a process of its own, with or without {@code TAXRECON_STAGING_KEY} in its
 * environment, as a firm's scheduler starts it.
 */
class StagingKeyFromTheEnvironmentIT {

    @Test
    void aFirmsFirstRunWithoutAKeyIsOneLineSayingHowToMakeOneAndExitsTwoWritingNothing() throws Exception {
        Path out = TestFolders.create("first-run-no-key").resolve("recon");
        Result run = reconcile(null, "--inbox", ReconcileCommandTest.SAMPLE_INBOX.toString(), "--out", out.toString(),
                "--run-date", "2026-11-23");
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.console).isEqualTo("reconcile: the staging store is encrypted and needs a key: make one once with "
                + "`openssl rand -base64 32 > ~/.taxrecon-key && chmod 600 ~/.taxrecon-key` and pass --staging-key-file "
                + "~/.taxrecon-key (or set TAXRECON_STAGING_KEY); keep it safe, the store cannot be opened without it\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void theKeyInTheEnvironmentOpensTheStoreItMadeOnTheNextNight() throws Exception {
        Path out = TestFolders.create("env-key").resolve("recon");
        String key = "env-key-for-this-test-0123456789";
        Result first = reconcile(key, "--inbox", ReconcileCommandTest.SAMPLE_INBOX.toString(), "--out", out.toString(),
                "--run-date", "2026-11-23");
        assertThat(first.exit).as(first.console).isZero();
        Result second = reconcile(key, "--inbox", ReconcileCommandTest.SAMPLE_INBOX.toString(), "--out", out.toString(),
                "--run-date", "2026-11-24");
        assertThat(second.exit).as(second.console).isZero();
        assertThat(second.console).contains("Since the previous night (2026-11-23)").doesNotContain(key);
        assertThat(first.console).doesNotContain(key);
        assertThat(Files.readString(out.resolve("reconcile.log"))).contains("worklist").doesNotContain(key);
        for (String night : List.of("2026-11-23", "2026-11-24")) {
            assertThat(Files.readString(out.resolve(night).resolve("run-summary.json"))).doesNotContain(key);
        }
        Result without = reconcile(null, "--inbox", ReconcileCommandTest.SAMPLE_INBOX.toString(), "--out",
                out.toString(), "--run-date", "2026-11-25");
        assertThat(without.exit).isEqualTo(2);
        assertThat(without.console).isEqualTo("reconcile: the staging store in " + out.resolve("staging")
                + " is encrypted: give its key with --staging-key-file FILE or TAXRECON_STAGING_KEY\n");
    }

    private record Result(int exit, String console) {
    }

    /** Runs the command in a child JVM with {@code key} as its TAXRECON_STAGING_KEY (none when null). */
    private static Result reconcile(String key, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ReconcileCommand.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("TAXRECON_STAGING_KEY");
        if (key != null) {
            builder.environment().put("TAXRECON_STAGING_KEY", key);
        }
        Process process = builder.start();
        String console = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Result(process.exitValue(), console);
    }
}
