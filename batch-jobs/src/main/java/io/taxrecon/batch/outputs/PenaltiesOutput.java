package io.taxrecon.batch.outputs;

import io.taxrecon.batch.staging.PenaltyFigureStore;
import io.taxrecon.reports.csv.PenaltiesCsv;
import io.taxrecon.reports.files.AtomicFile;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes a night's penalties.csv into its run folder, streamed from the {@link PenaltyFigureStore}
 * and moved into place whole (a restarted outputs step simply writes it again).
 */
public final class PenaltiesOutput {

    public static final String FILE_NAME = "penalties.csv";

    private PenaltiesOutput() {
    }

    /** Writes {@code runFolder}/penalties.csv from the night's stored rows (only the header when there are none). */
    public static void write(PenaltyFigureStore store, LocalDate runDate, Path runFolder) throws IOException {
        AtomicFile.write(runFolder.resolve(FILE_NAME), null, out -> {
            try (Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                 PenaltiesCsv csv = new PenaltiesCsv(writer, runDate)) {
                store.forEachRow(runDate, csv::write);
            }
        });
    }
}
