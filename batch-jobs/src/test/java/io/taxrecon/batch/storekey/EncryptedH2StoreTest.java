package io.taxrecon.batch.storekey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taxrecon.batch.TestFolders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What the staging store does with its key in each case, as the one line a user reads. */
class EncryptedH2StoreTest {

    private static final String KEY = "first-key-0123456789abcdef";

    @Test
    void aFirmsFirstRunWithoutAKeySaysHowToMakeOne() {
        Path folder = TestFolders.create("no-key").resolve("staging");
        assertThatThrownBy(() -> EncryptedH2Store.check(folder, StagingKey.ofFirm(null, Map.of())))
                .isInstanceOf(StagingStoreRefusal.class)
                .hasMessage("the staging store is encrypted and needs a key: make one once with `openssl rand -base64 32 "
                        + "> ~/.taxrecon-key && chmod 600 ~/.taxrecon-key` and pass --staging-key-file ~/.taxrecon-key "
                        + "(or set TAXRECON_STAGING_KEY); keep it safe, the store cannot be opened without it");
        assertThat(folder).doesNotExist();
    }

    @Test
    void anEncryptedStoreWithoutItsKeyAsksForTheKey() throws Exception {
        Path folder = storeWithOneRow(KEY);
        assertThatThrownBy(() -> EncryptedH2Store.check(folder, null))
                .hasMessage("the staging store in " + folder + " is encrypted: give its key with --staging-key-file FILE "
                        + "or TAXRECON_STAGING_KEY");
    }

    @Test
    void aWrongKeyIsOneLineAndLeavesTheStoreFolderAsItWas() throws Exception {
        Path folder = storeWithOneRow(KEY);
        Map<String, String> before = contents(folder);
        assertThatThrownBy(() -> EncryptedH2Store.check(folder, StagingKey.of("second-key-0123456789abcdef")))
                .isInstanceOf(StagingStoreRefusal.class)
                .hasMessage("the staging key does not open the staging store in " + folder
                        + ": it was made with another key; give that key (the store is left as it was)");
        assertThat(contents(folder)).isEqualTo(before);
    }

    @Test
    void theRightKeyOpensTheStoreWithItsRows() throws Exception {
        Path folder = storeWithOneRow(KEY);
        EncryptedH2Store store = EncryptedH2Store.check(folder, StagingKey.of(KEY));
        try (Connection c = DriverManager.getConnection(store.url(), "sa", store.password());
                var rows = c.createStatement().executeQuery("select tin from client")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("123456789");
        }
    }

    @Test
    void aStoreH2EncryptedItselfWithCipherAesOpensWithTheSameKeyAndTheOtherWayRound() throws Exception {
        Path folder = TestFolders.create("h2-cipher-store").resolve("staging");
        String h2sOwn = "jdbc:h2:file:" + folder.resolve("taxrecon") + ";CIPHER=AES";
        try (Connection c = DriverManager.getConnection(h2sOwn, "sa", KEY + " "); Statement s = c.createStatement()) {
            s.execute("create table client(tin varchar(9))");
            s.execute("insert into client values ('123456789')");
        }
        EncryptedH2Store store = EncryptedH2Store.check(folder, StagingKey.of(KEY));
        try (Connection c = DriverManager.getConnection(store.url(), "sa", store.password());
                Statement s = c.createStatement()) {
            s.execute("insert into client values ('987654321')");
        }
        try (Connection c = DriverManager.getConnection(h2sOwn, "sa", KEY + " ");
                var rows = c.createStatement().executeQuery("select count(*) from client")) {
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(2);
        }
    }

    @Test
    void anUnencryptedStoreOfAnEarlierVersionIsOneLineSayingToMoveItAside() throws Exception {
        Path folder = TestFolders.create("plain-store").resolve("staging");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("taxrecon"), "sa", "");
                Statement s = c.createStatement()) {
            s.execute("create table client(tin varchar(9))");
        }
        Map<String, String> before = contents(folder);
        assertThatThrownBy(() -> EncryptedH2Store.check(folder, StagingKey.of(KEY)))
                .hasMessage("the staging store in " + folder + " was made by an earlier version and is not encrypted: "
                        + "move that folder aside (mv " + folder + " " + folder + "-unencrypted), run again to start an "
                        + "encrypted one, then delete the old copy (the reports and worklist.xlsx are the archive)");
        assertThatThrownBy(() -> EncryptedH2Store.check(folder, null)).hasMessageContaining("move that folder aside");
        assertThat(contents(folder)).isEqualTo(before);
    }

    @Test
    void theStoresFileHoldsNoTinAsTextAndNoPlainTraceFileIsWritten() throws Exception {
        Path folder = storeWithOneRow(KEY);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("taxrecon.mv.db");
        }
        String bytes = new String(Files.readAllBytes(folder.resolve("taxrecon.mv.db")), StandardCharsets.ISO_8859_1);
        assertThat(bytes).startsWith("H2encrypt").doesNotContain("123456789").doesNotContain("CLIENT");
    }

    @Test
    void aKeyFileOthersCanReadIsRefusedSayingTheChmodToRun() throws Exception {
        Path file = TestFolders.create("key-file").resolve("key");
        Files.writeString(file, KEY + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> StagingKey.ofFirm(file, Map.of()))
                .hasMessage("the key file " + file + " can be read or changed by others (rw-r--r--); make it its "
                        + "owner's alone: chmod 600 " + file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
        assertThat(StagingKey.ofFirm(file, Map.of(StagingKey.ENVIRONMENT, "ignored-when-a-file-is-named")).secret())
                .isEqualTo(KEY);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertThat(StagingKey.ofFirm(file, Map.of()).secret()).isEqualTo(KEY);
    }

    @Test
    void aMissingKeyFileShortKeyOrKeyWithSpacesIsRefusedInOneLine() {
        Path missing = TestFolders.create("key-missing").resolve("nope");
        assertThatThrownBy(() -> StagingKey.ofFirm(missing, Map.of())).hasMessageStartingWith(
                "the key file " + missing + " does not exist (make one with: openssl rand -base64 32");
        assertThatThrownBy(() -> StagingKey.ofFirm(null, Map.of(StagingKey.ENVIRONMENT, "short")))
                .hasMessageStartingWith("TAXRECON_STAGING_KEY holds a key shorter than 16 characters");
        assertThatThrownBy(() -> StagingKey.ofFirm(null, Map.of(StagingKey.ENVIRONMENT, "two words of a passphrase")))
                .hasMessageStartingWith("TAXRECON_STAGING_KEY must hold one key without spaces");
    }

    @Test
    void theDemoMakesItsOwnOwnerOnlyKeyOnceAndReusesIt() throws Exception {
        Path demo = TestFolders.create("demo-key");
        StagingKey first = StagingKey.ofDemo(demo);
        Path file = demo.resolve(StagingKey.DEMO_KEY_FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(StagingKey.ofDemo(demo).secret()).isEqualTo(first.secret());
        assertThat(first.secret()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(first.toString()).doesNotContain(first.secret());
        assertThat(new EncryptedH2Store(demo, first).toString()).doesNotContain(first.secret());
    }

    private static Path storeWithOneRow(String key) throws SQLException {
        Path folder = TestFolders.create("store").resolve("staging");
        EncryptedH2Store store = new EncryptedH2Store(folder, StagingKey.of(key));
        try (Connection c = DriverManager.getConnection(store.url(), "sa", store.password());
                Statement s = c.createStatement()) {
            s.execute("create table client(tin varchar(9))");
            s.execute("insert into client values ('123456789')");
        }
        return folder;
    }

    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                contents.put(file.getFileName().toString(), java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return contents;
    }
}
