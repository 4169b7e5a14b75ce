package io.taxrecon.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.batch.TestFolders;
import io.taxrecon.batch.TruthFile;
import io.taxrecon.batch.cli.CommandLineRun;
import io.taxrecon.sampledata.GeneratorOptions;
import io.taxrecon.sampledata.InputFormat;
import io.taxrecon.sampledata.SampleInboxGenerator;
import io.taxrecon.sampledata.transcripts.TranscriptLayout;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The property the transcript reader exists for: a generated firm whose IRS side arrives as the
 * IRS delivers it (Account, Wage and Income and Tax Return Transcripts, in each layout) reconciles
 * to the same findings as the same firm from perfect CSV, and no line of a transcript is rejected.
 *
 * <p>Two findings name an IRS-side id as their reference, which a transcript cannot carry as the
 * CSV does: COLLECTION_STATUTE names the assessment's transaction id (a transcript prints a DLN
 * instead) and DUPLICATE_INFORMATION_RETURN the repeated form's document id (a Wage and Income
 * Transcript prints none). For those the reference is left out of the comparison; their client,
 * year, type and difference must still agree.
 */
class TranscriptsAsDeliveredIT {

    static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 23);
    static final Set<String> IRS_SIDE_REFERENCES = Set.of("COLLECTION_STATUTE", "DUPLICATE_INFORMATION_RETURN");
    static Path csvFindings;

    @BeforeAll
    static void reconcileTheFirmFromCsv() throws IOException {
        Path work = TestFolders.create("as-delivered-csv");
        SampleInboxGenerator.generate(new GeneratorOptions(60, 2026, RUN_DATE, work));
        csvFindings = run(work);
    }

    @ParameterizedTest
    @EnumSource(value = TranscriptLayout.class, names = {"TEXT", "PDF", "HTML", "MIXED"})
    void theSameFirmFromTranscriptsGivesTheSameFindings(TranscriptLayout layout) throws IOException {
        Path work = TestFolders.create("as-delivered-" + layout);
        SampleInboxGenerator.generate(new GeneratorOptions(60, 2026, RUN_DATE, work, false, InputFormat.CSV,
                GeneratorOptions.DEFAULT_HISTORY_YEARS, layout));
        assertThat(Files.isDirectory(work.resolve("inbox").resolve("transcripts"))).isTrue();

        Path findings = run(work);

        assertThat(TruthFile.rows(findings, TranscriptsAsDeliveredIT::key))
                .isEqualTo(TruthFile.rows(csvFindings, TranscriptsAsDeliveredIT::key));
        assertThat(Files.readAllLines(findings.resolveSibling("rejects.csv"))).as("only the header").hasSize(1);
    }

    private static Path run(Path work) {
        CommandLineRun run = CommandLineRun.of("--inbox", work.resolve("inbox").toString(),
                "--out", work.resolve("out").toString(), "--run-date", RUN_DATE.toString());
        assertThat(run.exitCode).as(run.err).isZero();
        return work.resolve("out").resolve(RUN_DATE.toString()).resolve("findings.csv");
    }

    /** client|year|type|reference|difference, the reference blank where it is an IRS-side id. */
    private static String key(CSVRecord r) {
        String reference = IRS_SIDE_REFERENCES.contains(r.get("finding_type")) ? "" : r.get("reference");
        String difference = r.get("difference").isBlank() ? "" : new BigDecimal(r.get("difference")).setScale(2).toPlainString();
        return String.join("|", r.get("client_id"), r.get("tax_year"), r.get("finding_type"), reference, difference);
    }
}
