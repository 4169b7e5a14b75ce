package io.taxrecon.batch.storekey;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The H2 staging store in a folder, encrypted with AES under a {@link StagingKey}: in H2's own
 * {@code CIPHER=AES} format (H2 opens it so, given the key), written through
 * {@link EncryptedFileSystem}, whose AES runs on the processor's instructions. Before the application starts, {@link #check} turns each way the store can
 * fail to open into one line: no key, a wrong key, or an unencrypted store an earlier version left.
 *
 * @param folder where the store's file lives ({@code OUT/staging})
 * @param key what it is encrypted with
 */
public record EncryptedH2Store(Path folder, StagingKey key) {

    /**
     * H2's page cache, in KiB: 64 MiB, four times H2's default. Two threads reconciling ranges of
     * clients read six tables and their indexes at once; with 16 MiB they read and decrypted the
     * same pages again and again (a 20,000-client night: reconcile 62.5 s at 16 MiB, 44.9 s at
     * 64 MiB, 48.7 s at 128 MiB). A fixed size: the heap it takes does not grow with the firm.
     */
    static final int CACHE_KIB = 64 * 1024;

    /** The store's file name without H2's {@code .mv.db}. */
    static final String NAME = "taxrecon";
    /** The first bytes H2 writes to an encrypted file; an unencrypted MVStore begins with {@code H:2,}. */
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PLAIN_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);

    /**
     * The store in {@code folder}, once it is known to open with {@code key} (or not to exist yet).
     *
     * @param key the firm's key, or null when none was given
     * @throws StagingStoreRefusal with the line to show when it would not open
     */
    public static EncryptedH2Store check(Path folder, StagingKey key) throws IOException {
        Path file = folder.resolve(NAME + ".mv.db");
        byte[] header = header(file);
        if (header != null && startsWith(header, PLAIN_HEADER)) {
            throw new StagingStoreRefusal("the staging store in " + folder + " was made by an earlier version and is not "
                    + "encrypted: move that folder aside (mv " + folder + " " + folder + "-unencrypted), run again to "
                    + "start an encrypted one, then delete the old copy (the reports and worklist.xlsx are the archive)");
        }
        if (key == null) {
            throw new StagingStoreRefusal(header == null
                    ? "the staging store is encrypted and needs a key: make one once with `" + StagingKey.HOW_TO_MAKE_ONE
                            + "` and pass " + StagingKey.OPTION + " ~/.taxrecon-key (or set " + StagingKey.ENVIRONMENT
                            + "); keep it safe, the store cannot be opened without it"
                    : "the staging store in " + folder + " is encrypted: give its key with " + StagingKey.OPTION
                            + " FILE or " + StagingKey.ENVIRONMENT);
        }
        EncryptedH2Store store = new EncryptedH2Store(folder, key);
        if (header != null && startsWith(header, ENCRYPTED_HEADER)) {
            store.opensWithItsKey(file);
        }
        return store;
    }

    /**
     * The JDBC URL: the store's file through the encrypted file system (which this makes know the
     * key, in this process only), no trace file (H2's trace is plain text and may quote a row's values),
     * and a page cache of {@value #CACHE_KIB} KiB.
     */
    public String url() {
        return "jdbc:h2:file:" + EncryptedFileSystem.use(folder.resolve(NAME), key) + ";TRACE_LEVEL_FILE=0;CACHE_SIZE="
                + CACHE_KIB;
    }

    /** The database user's password (empty: the key is the file system's, not H2's). */
    public String password() {
        return "";
    }

    /** The application's data-source settings for this store. */
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", url());
        properties.put("spring.datasource.username", "sa");
        properties.put("spring.datasource.password", password());
        return properties;
    }

    @Override
    public String toString() {
        return "EncryptedH2Store[" + folder + "]";
    }

    private void opensWithItsKey(Path file) throws IOException {
        if (!EncryptedFileSystem.opens(file, key)) {
            throw new StagingStoreRefusal("the staging key does not open the staging store in " + folder
                    + ": it was made with another key; give that key (the store is left as it was)");
        }
    }

    private static byte[] header(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(ENCRYPTED_HEADER.length);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
