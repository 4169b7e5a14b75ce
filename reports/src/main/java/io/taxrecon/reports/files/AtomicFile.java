package io.taxrecon.reports.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Puts a finished report in place atomically: its bytes go to a hidden temporary file in the
 * target's directory, renamed over the target only when complete, so a reader (or a restarted
 * job) sees the old file or the whole new one, never half of one.
 *
 * <p>With a password the file is an OOXML package encrypted with ECMA-376 agile encryption
 * (AES-256, SHA-512), which Excel, Word and LibreOffice open after asking for the password. The
 * document is streamed straight into the encryptor, so no plain copy ever touches the disk.
 */
public final class AtomicFile {

    // A zip writer puts its headers out a few bytes at a time: unbuffered, each would be a system call.
    private static final int BUFFER_BYTES = 64 * 1024;

    /** What writes the document's bytes (an OOXML zip package). */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * Writes {@code body} to {@code target} via a temporary file and a rename, encrypted when
     * {@code password} is neither null nor empty. On failure the target is untouched and the
     * temporary file is gone.
     */
    public static void write(Path target, String password, Body body) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), BUFFER_BYTES)) {
                if (password == null || password.isEmpty()) {
                    body.writeTo(out);
                } else {
                    encrypted(out, password, body);
                }
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Deletes the temporary files that a process killed in the middle of {@link #write} left in
     * {@code dir} (a kill skips the clean-up), so a restarted run leaves only whole reports behind.
     *
     * @return how many were deleted
     */
    public static int removeLeftovers(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dir, ".*.tmp")) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
                removed++;
            }
        }
        return removed;
    }

    private static void encrypted(OutputStream out, String password, Body body) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream plain = new BufferedOutputStream(encryptor.getDataStream(fs), BUFFER_BYTES)) {
                body.writeTo(plain);
            }
            fs.writeFilesystem(out);
        } catch (GeneralSecurityException e) {
            throw new IOException("could not encrypt the report", e);
        }
    }
}
