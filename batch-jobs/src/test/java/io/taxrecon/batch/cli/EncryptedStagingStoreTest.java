package io.taxrecon.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taxrecon.batch.TestFolders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import io.taxrecon.batch.outputs.RunSummary;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A firm's night on the default H2 store, as a security reviewer would try it: a copy of the
 * store's file shows no client's SSN as text and does not open without its key, the key is never
 * written to the console or run-summary.json, and run-summary.json says who ran the night,
 * where, when and on which files.
 */
class EncryptedStagingStoreTest {

    /** The key the build gives the tests (batch-jobs/pom.xml). */
    private static final String KEY = System.getenv("TAXRECON_STAGING_KEY");
    private static Path out;
    private static CommandLineRun night;

    @BeforeAll
    static void runTheSampleNight() {
        out = TestFolders.create("encrypted-store");
        night = CommandLineRun.of("--inbox", ReconcileCommandTest.SAMPLE_INBOX.toString(), "--out", out.toString(),
                "--run-date", "2026-11-23");
        assertThat(night.exitCode).as(night.err).isZero();
    }

    @Test
    void aCopyOfTheStoreShowsNoGeneratedClientsSsnAsText() throws Exception {
        Path copy = copyOfTheStore();
        String bytes = new String(Files.readAllBytes(copy), StandardCharsets.ISO_8859_1);
        assertThat(bytes).startsWith("H2encrypt");
        List<String> tins = sampleTins();
        assertThat(tins).hasSizeGreaterThan(30);
        for (String tin : tins) {
            assertThat(bytes).doesNotContain(tin).doesNotContain(tin.substring(0, 3) + "-" + tin.substring(3, 5) + "-"
                    + tin.substring(5));
        }
        assertThat(bytes).doesNotContain("FINDING").doesNotContain("Rodriguez");
    }

    @Test
    void aCopyOfTheStoreDoesNotOpenWithoutItsKeyNorWithAnother() throws Exception {
        Path copy = copyOfTheStore();
        String name = copy.toString().replaceFirst("\\.mv\\.db$", "");
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:h2:file:" + name + ";IFEXISTS=TRUE", "sa", "").close())
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:h2:file:" + name + ";CIPHER=AES;IFEXISTS=TRUE", "sa",
                "another-key-0123456789abcdef ").close())
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(90049));
        try (var c = DriverManager.getConnection("jdbc:h2:file:" + name + ";CIPHER=AES;IFEXISTS=TRUE", "sa", KEY + " ");
                var rows = c.createStatement().executeQuery("select count(*) from client")) {
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(sampleTins().size());
        }
    }

    @Test
    void theKeyIsNeverOnTheConsoleOrInTheRunSummary() throws Exception {
        // the log is checked in a process of its own (StagingKeyFromTheEnvironmentIT): in-process
        // runs share one logging system
        assertThat(KEY).hasSizeGreaterThan(16);
        assertThat(night.out).doesNotContain(KEY);
        assertThat(night.err).doesNotContain(KEY);
        assertThat(Files.readString(out.resolve("2026-11-23").resolve("run-summary.json"))).doesNotContain(KEY);
    }

    @Test
    void aWrongKeyFileIsRefusedInOneLineAndTheStoreIsLeftAsItWas() throws Exception {
        Path keyFile = TestFolders.create("wrong-key").resolve("key");
        Files.writeString(keyFile, "another-key-0123456789abcdef\n");
        Files.setPosixFilePermissions(keyFile, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        Path store = out.resolve("staging").resolve("taxrecon.mv.db");
        byte[] before = Files.readAllBytes(store);
        CommandLineRun run = CommandLineRun.of("--inbox", ReconcileCommandTest.SAMPLE_INBOX.toString(), "--out",
                out.toString(), "--run-date", "2026-11-24", "--staging-key-file", keyFile.toString());
        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).isEqualTo("reconcile: the staging key does not open the staging store in "
                + out.resolve("staging") + ": it was made with another key; give that key (the store is left as it was)"
                + System.lineSeparator());
        assertThat(Files.readAllBytes(store)).isEqualTo(before);
        try (var files = Files.list(out.resolve("staging"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("taxrecon.mv.db");
        }
        assertThat(out.resolve("2026-11-24")).doesNotExist();
    }

    @Test
    void theRunSummaryNamesWhoRanTheNightWhereWhenAndTheSha256OfEveryInputFile() throws Exception {
        RunSummary summary = JsonMapper.builder().build().readValue(
                Files.readString(out.resolve("2026-11-23").resolve("run-summary.json")), RunSummary.class);
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.list(ReconcileCommandTest.SAMPLE_INBOX)) {
            for (Path file : files.toList()) {
                hashes.put(file.getFileName().toString(), HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        }
        Map<String, String> summarised = new TreeMap<>();
        summary.files().forEach(f -> summarised.put(f.name(), f.sha256()));
        assertThat(summarised).isEqualTo(hashes);
        assertThat(summary.provenance().osUser()).isEqualTo(System.getProperty("user.name"));
        assertThat(summary.provenance().host()).isNotBlank();
        assertThat(OffsetDateTime.parse(summary.provenance().started()))
                .isBeforeOrEqualTo(OffsetDateTime.parse(summary.provenance().ended()));
    }

    private static Path copyOfTheStore() throws Exception {
        Path copy = TestFolders.create("store-copy").resolve("taxrecon.mv.db");
        Files.copy(out.resolve("staging").resolve("taxrecon.mv.db"), copy, StandardCopyOption.REPLACE_EXISTING);
        return copy;
    }

    /** Every TIN of the sample's clients, as nine digits. */
    private static List<String> sampleTins() throws Exception {
        return Files.readAllLines(ReconcileCommandTest.SAMPLE_INBOX.resolve("clients.csv")).stream().skip(1)
                .map(line -> line.replaceAll("\"[^\"]*\"", "x").split(",", -1)[2].replace("-", ""))
                .filter(tin -> tin.matches("\\d{9}")).toList();
    }
}
