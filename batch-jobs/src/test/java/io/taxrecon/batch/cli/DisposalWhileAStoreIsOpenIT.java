package io.taxrecon.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.batch.TestFolders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * An H2 store opens in one process at a time: while a run's process holds it, purge and forget are
 * refused in one line (no stack trace) and remove nothing.
 */
class DisposalWhileAStoreIsOpenIT {

    @Test
    void purgeAndForgetAreRefusedWhileAnotherProcessHoldsTheH2Store() throws Exception {
        Path out = TestFolders.create("held-store");
        Path console = out.resolve("holder.txt");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldTheStore.class.getName(), out.resolve("staging").toString())
                .redirectErrorStream(true).redirectOutput(console.toFile()).start();
        try {
            long deadline = System.currentTimeMillis() + 60_000;
            while (!(Files.exists(console) && Files.readString(console).contains("holding"))) {
                assertThat(holder.isAlive()).as("the holder started").isTrue();
                assertThat(System.currentTimeMillis()).as("the holder opened the store in time").isLessThan(deadline);
                Thread.sleep(200);
            }
            for (List<String> disposal : List.of(List.of("purge", "--before", "2026-11-23"),
                    List.of("forget", "--client", "C1"))) {
                CommandLineRun refused = CommandLineRun.of(disposal.get(0), disposal.get(1), disposal.get(2),
                        "--out", out.toString());
                assertThat(refused.exitCode).as(refused.err).isEqualTo(ReconcileCommand.FAILED);
                assertThat(refused.err).contains("a nightly run holds the staging store; nothing was removed")
                        .doesNotContain("\tat ");
            }
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
