package io.taxrecon.batch.storekey;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;
import org.h2.store.fs.encrypt.FilePathEncrypt;

/**
 * H2's view of the staging store's folder ({@code taxrecon-aes:/path/file}): every file H2 opens
 * there (the store, its temporary files) is an {@link EncryptedFile}. The key never appears in a
 * file name or a URL, which H2 quotes in its messages: each folder's key is made known to this
 * process once ({@link #use}).
 */
public final class EncryptedFileSystem extends FilePathWrapper {

    static final String SCHEME = "taxrecon-aes";
    private static final Map<Path, byte[]> PASSWORDS = new ConcurrentHashMap<>();
    private static final byte[] STORE_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);

    static {
        FilePath.register(new EncryptedFileSystem());
    }

    /** The name H2 opens {@code file} by, once its folder's key is known to this process. */
    static String use(Path file, StagingKey key) {
        PASSWORDS.put(folderOf(file.toString()), passwordBytes(key));
        return SCHEME + ":" + file.toAbsolutePath().normalize();
    }

    /** Whether {@code key} decrypts the existing H2 store {@code file} (its first bytes read as H2's). */
    static boolean opens(Path file, StagingKey key) throws IOException {
        try (FileChannel channel = FileChannel.open(file);
                EncryptedFile encrypted = new EncryptedFile(file.toString(), passwordBytes(key), channel)) {
            ByteBuffer start = ByteBuffer.allocate(STORE_HEADER.length);
            return encrypted.read(start, 0) == STORE_HEADER.length
                    && Arrays.equals(start.array(), STORE_HEADER);
        }
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        Path folder = folderOf(getBase().toString());
        byte[] password = PASSWORDS.get(folder);
        if (password == null) {
            password = sameFolder(folder);
        }
        return new EncryptedFile(name, password.clone(), getBase().open(mode));
    }

    @Override
    public long size() {
        return EncryptedFile.contentLength(getBase().size());
    }

    @Override
    public OutputStream newOutputStream(boolean append) throws IOException {
        return newFileChannelOutputStream(open("rw"), append);
    }

    @Override
    public InputStream newInputStream() throws IOException {
        return Channels.newInputStream(open("r"));
    }

    /** H2's password bytes for a file password (UTF-16, as {@code CIPHER=AES} takes it). */
    private static byte[] passwordBytes(StagingKey key) {
        return FilePathEncrypt.getPasswordBytes(key.secret().toCharArray());
    }

    /** The key of a folder named another way (H2 resolves links in the names it opens). */
    private static byte[] sameFolder(Path folder) throws IOException {
        for (Map.Entry<Path, byte[]> known : PASSWORDS.entrySet()) {
            if (Files.exists(known.getKey()) && Files.exists(folder) && Files.isSameFile(known.getKey(), folder)) {
                return known.getValue();
            }
        }
        throw new IOException("no staging key was given for " + folder);
    }

    private static Path folderOf(String file) {
        return Path.of(file).toAbsolutePath().normalize().getParent();
    }
}
