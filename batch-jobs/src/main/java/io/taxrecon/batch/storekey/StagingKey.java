package io.taxrecon.batch.storekey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The secret the H2 staging store is encrypted with (H2's file password). It comes from
 * {@code TAXRECON_STAGING_KEY} or an owner-only key file, or is a throwaway made for the demo or
 * the bench. Its text is never shown: {@link #toString()} hides it.
 */
public final class StagingKey {

    /** The environment variable that holds a firm's key. */
    public static final String ENVIRONMENT = "TAXRECON_STAGING_KEY";
    /** The command line's option that names a key file. */
    public static final String OPTION = "--staging-key-file";
    /** Shorter keys are refused: 16 characters of base64 are 96 bits. */
    static final int MIN_LENGTH = 16;
    static final String HOW_TO_MAKE_ONE = "openssl rand -base64 32 > ~/.taxrecon-key && chmod 600 ~/.taxrecon-key";

    private final String secret;

    private StagingKey(String secret) {
        this.secret = secret;
    }

    /**
     * The firm's key: from the key file when one is named, else from {@link #ENVIRONMENT};
     * {@code null} when neither is given.
     *
     * @throws StagingStoreRefusal when the key file is unreadable, readable by others, or the key is unusable
     */
    public static StagingKey ofFirm(Path keyFile, Map<String, String> environment) {
        if (keyFile != null) {
            return checked(KeyFile.read(keyFile), "the key file " + keyFile);
        }
        String value = environment.get(ENVIRONMENT);
        if (value == null || value.isBlank()) {
            return null;
        }
        return checked(value.strip(), ENVIRONMENT);
    }

    /**
     * The demo's own key, kept in an owner-only file in the demo's folder: made on the demo's first
     * run, read on the next ones so the demo's store can be reopened.
     */
    public static StagingKey ofDemo(Path demoFolder) throws IOException {
        Path file = demoFolder.resolve(DEMO_KEY_FILE);
        if (!Files.exists(file)) {
            Files.createDirectories(demoFolder);
            KeyFile.createOwnerOnly(file, random().secret);
        }
        return checked(KeyFile.read(file), "the demo's key file " + file);
    }

    /** The demo's key file, in its own folder. */
    public static final String DEMO_KEY_FILE = "demo-staging.key";

    /** A key nobody keeps, for a store that is thrown away after one use (the bench's). */
    public static StagingKey random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return new StagingKey(Base64.getEncoder().encodeToString(bytes));
    }

    /** A key given by a caller that already holds it (tests, tools). */
    public static StagingKey of(String secret) {
        return checked(secret, "the key");
    }

    private static StagingKey checked(String secret, String from) {
        if (secret.isEmpty() || secret.chars().anyMatch(Character::isWhitespace)) {
            // H2 splits its password at the first space: a key with spaces would not be the key
            throw new StagingStoreRefusal(from + " must hold one key without spaces "
                    + "(make one with: " + HOW_TO_MAKE_ONE + ")");
        }
        if (secret.length() < MIN_LENGTH) {
            throw new StagingStoreRefusal(from + " holds a key shorter than " + MIN_LENGTH
                    + " characters (make a strong one with: " + HOW_TO_MAKE_ONE + ")");
        }
        return new StagingKey(secret);
    }

    /** The secret, for H2's password only. */
    String secret() {
        return secret;
    }

    @Override
    public String toString() {
        return "StagingKey[hidden]";
    }
}
