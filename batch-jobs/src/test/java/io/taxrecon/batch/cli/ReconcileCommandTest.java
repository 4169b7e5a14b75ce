package io.taxrecon.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taxrecon.batch.TestFolders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
    void aFirmsCatalogFolderReplacesTheBuiltInNoticeCatalogWithoutARebuild() throws Exception {
        Path inbox = TestFolders.create("catalog-inbox");
        Files.writeString(inbox.resolve("clients.csv"), "client_id,name,tin\nC1,Jane Doe,123-45-6789\n");
        Files.writeString(inbox.resolve("notices.csv"), "notice_id,client_id,tin,tax_year,notice_code,notice_date,amount_due,"
                + "response_due_date\nN1,C1,123456789,2024,CP9999,2026-11-01,0.00,2027-03-01\n");
        Path plain = TestFolders.create("catalog-plain");
        assertThat(run("--inbox", inbox.toString(), "--out", plain.toString(), "--run-date", "2026-11-23")).isZero();
        assertThat(Files.readString(plain.resolve("2026-11-23").resolve("findings.csv"))).contains(",UNKNOWN_NOTICE_CODE,");

        Path catalogs = TestFolders.create("catalogs");
        String builtIn;
        try (var in = getClass().getResourceAsStream("/io/taxrecon/core/notices/notice-codes.csv")) {
            builtIn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String header = builtIn.lines().filter(l -> !l.startsWith("#")).findFirst().orElseThrow();
        String cp14 = builtIn.lines().filter(l -> l.startsWith("CP14,")).findFirst().orElseThrow();
        Files.writeString(catalogs.resolve("notice-codes.csv"), builtIn + (builtIn.endsWith("\n") ? "" : "\n")
                + cp14.replaceFirst("^CP14,", "CP9999,") + "\n");
        Path corrected = TestFolders.create("catalog-corrected");
        assertThat(run("--inbox", inbox.toString(), "--out", corrected.toString(), "--run-date", "2026-11-23",
                "--catalog-dir", catalogs.toString())).isZero();
        assertThat(header).startsWith("code,");
        assertThat(Files.readString(corrected.resolve("2026-11-23").resolve("findings.csv"))).doesNotContain("UNKNOWN_NOTICE_CODE");
    }

    @Test
    void draftResponseLettersStandBesideTheWorkbooksAndAPasswordEncryptsEveryReport() throws Exception {
        Path plain = TestFolders.create("cli-letters");
        assertThat(run("--inbox", SAMPLE_INBOX.toString(), "--out", plain.toString(), "--run-date", "2026-11-23")).isZero();
        List<Path> letters;
        try (Stream<Path> files = Files.list(plain.resolve("2026-11-23").resolve("clients"))) {
            letters = files.filter(p -> p.toString().endsWith("-response.docx")).sorted().toList();
        }
        assertThat(letters).isNotEmpty();
        try (InputStream in = Files.newInputStream(letters.get(0)); XWPFDocument letter = new XWPFDocument(in)) {
            assertThat(letter.getParagraphs()).anyMatch(p -> p.getText().startsWith("Re:"));
        }

        Path locked = TestFolders.create("cli-password");
        assertThat(run("--inbox", SAMPLE_INBOX.toString(), "--out", locked.toString(), "--run-date", "2026-11-23",
                "--report-password", "s3cret")).isZero();
        Path summary = locked.resolve("2026-11-23").resolve("firm-summary.xlsx");
        assertThatThrownBy(() -> {
            try (InputStream in = Files.newInputStream(summary)) {
                new XSSFWorkbook(in).close();
            }
        }).isNotNull();
        try (POIFSFileSystem fs = new POIFSFileSystem(summary.toFile(), true)) {
            Decryptor decryptor = Decryptor.getInstance(new EncryptionInfo(fs));
            assertThat(decryptor.verifyPassword("s3cret")).isTrue();
            try (XSSFWorkbook wb = new XSSFWorkbook(decryptor.getDataStream(fs))) {
                assertThat(wb.getSheet("Clients")).isNotNull();
            }
        }
    }

    @Test
    void helpExplainsEveryOption() {
        assertThat(run("--help")).isZero();
        assertThat(lastOut).contains("--inbox", "--out", "--run-date", "--rerun");
    }

    private String lastOut;
    private String lastErr;

    private int run(String... args) {
        CommandLineRun run = CommandLineRun.of(args);
        lastOut = run.out;
        lastErr = run.err;
        return run.exitCode;
    }
}
