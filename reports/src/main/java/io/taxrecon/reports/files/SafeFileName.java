package io.taxrecon.reports.files;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File names made from ids that come from a firm's data. An id that is already a safe name
 * (letters, digits, '.', '_', '-', not starting with '.', at most 100 characters, not a Windows
 * device name) is used as it is; otherwise the unsafe characters become '_' and a short hash of
 * the real id is appended, so two ids that clean up alike ("A/B", "A:B") still get different files.
 */
public final class SafeFileName {

    private static final Pattern SAFE_FILE_CHARS = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern UNSAFE_FILE_CHAR = Pattern.compile("[^A-Za-z0-9._-]");
    private static final int MAX_STEM = 100;
    private static final Set<String> WINDOWS_RESERVED = Set.of(
            "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private SafeFileName() {
    }

    /** The safe stem of {@code id} followed by {@code suffix} (e.g. ".xlsx", "-response.docx"). */
    public static String of(String id, String suffix) {
        Objects.requireNonNull(id, "id");
        boolean safe = SAFE_FILE_CHARS.matcher(id).matches()
                && !id.startsWith(".")
                && id.length() <= MAX_STEM
                && !reserved(id);
        if (safe) {
            return id + suffix;
        }
        String stem = UNSAFE_FILE_CHAR.matcher(id).replaceAll("_");
        while (stem.startsWith(".")) {
            stem = "_" + stem.substring(1);
        }
        if (stem.length() > MAX_STEM - 9) {
            stem = stem.substring(0, MAX_STEM - 9);
        }
        String name = stem + "-" + shortHash(id);
        // Windows reads "nul.txt-1a2b3c4d" as the device NUL: the part of a name before its first dot counts
        return (reserved(name) ? "_" + name : name) + suffix;
    }

    /** Whether Windows takes the name for a device: its part before the first dot is one (any case). */
    private static boolean reserved(String name) {
        return WINDOWS_RESERVED.contains(name.toUpperCase(Locale.ROOT).split("\\.", 2)[0]);
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
