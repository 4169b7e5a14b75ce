package io.taxrecon.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.batch.TestFolders;
import io.taxrecon.batch.TruthFile;
import io.taxrecon.batch.cli.CommandLineRun;
import io.taxrecon.sampledata.GeneratorOptions;
import io.taxrecon.sampledata.InputFormat;
import io.taxrecon.sampledata.SampleInboxGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A dirty inbox of CSV and Excel files, as a firm's real exports come: every planted bad row is in
 * rejects.csv at its file, sheet and line with the right column and reason, and every good row was
 * loaded, so the findings are exactly those planted.
 */
class DirtyMixedInboxTest {

    static Path work;
    static CommandLineRun run;

    @BeforeAll
    static void runADirtyMixedFirm() throws IOException {
        work = TestFolders.create("dirty-mixed");
        SampleInboxGenerator.generate(new GeneratorOptions(600, 3, LocalDate.of(2026, 11, 23), work, true,
                InputFormat.MIXED));
        run = CommandLineRun.of("--inbox", work.resolve("inbox").toString(), "--out", work.resolve("out").toString(),
                "--run-date", "2026-11-23");
    }

    @Test
    void everyPlantedBadRowIsRejectedWhereItStandsWithItsReason() throws IOException {
        assertThat(run.exitCode).as(run.err).isZero();
        Set<String> planted = rows(work.resolve("rejects-truth.csv"));
        assertThat(planted).hasSizeGreaterThan(100);
        assertThat(planted).anyMatch(r -> r.contains(".xlsx|payments|")).anyMatch(r -> r.contains(".csv||"));
        assertThat(rows(work.resolve("out").resolve("2026-11-23").resolve("rejects.csv"))).isEqualTo(planted);
    }

    @Test
    void everyGoodRowIsLoadedSoTheFindingsAreExactlyThosePlanted() throws IOException {
        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(TruthFile.findings(work.resolve("out").resolve("2026-11-23").resolve("findings.csv")))
                .isEqualTo(TruthFile.truth(work.resolve("truth.csv")));
    }

    /** file|sheet|line|column|reason of each row. */
    private static Set<String> rows(Path csv) throws IOException {
        return TruthFile.rows(csv, r -> String.join("|", r.get("file"), r.get("sheet"), r.get("line"), r.get("column"),
                r.get("reason")));
    }
}
