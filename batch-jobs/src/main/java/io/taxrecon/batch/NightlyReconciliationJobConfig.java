package io.taxrecon.batch;

import io.taxrecon.batch.outputs.RunFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What the benchmark still reads under the job configuration's old name; the job itself is
 * {@link NightlyJobConfiguration}. Goes once {@code bench/} and {@code BenchCommand} move to the
 * tools module and read {@link NightlyJobConfiguration#JOB_NAME} and {@link RunFolder} instead.
 */
@Deprecated(forRemoval = true)
public final class NightlyReconciliationJobConfig {

    public static final String JOB_NAME = NightlyJobConfiguration.JOB_NAME;

    private NightlyReconciliationJobConfig() {
    }

    public static Path runFolder(String outDir, LocalDate runDate) {
        return RunFolder.of(outDir, runDate).path();
    }

    public static void deleteFolder(Path folder) throws IOException {
        RunFolder.deleteFolder(folder);
    }
}
