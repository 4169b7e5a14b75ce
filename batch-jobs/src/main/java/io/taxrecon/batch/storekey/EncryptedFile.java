package io.taxrecon.batch.storekey;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.h2.security.SHA256;
import org.h2.store.fs.FileBaseDefault;

/**
 * One file of the staging store, encrypted in H2's own format for {@code CIPHER=AES}, so that either
 * opens what the other wrote: a 4,096-byte header ({@code H2encrypt}, then an 8-byte random salt),
 * the key stretched from the password with the salt (PBKDF2, H2's iterations), then the content in
 * 4,096-byte sectors, each encrypted with {@link AesXts} under its number. The content's length is
 * kept as H2 keeps it: when it does not end on a sector, the file carries as many bytes past the
 * last sector as the content has in it.
 */
final class EncryptedFile extends FileBaseDefault {

    static final int SECTOR = 4096;
    private static final int HEADER_LENGTH = SECTOR;
    private static final byte[] MAGIC = "H2encrypt\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final int SALT_LENGTH = 8;
    private static final int KEY_ITERATIONS = 10;
    private static final int KEY_LENGTH = 16;

    private final String name;
    private final FileChannel base;
    private byte[] password;
    private volatile AesXts cipher;
    private volatile long size;

    EncryptedFile(String name, byte[] password, FileChannel base) {
        // nothing is read or written yet: the caller may want to lock the file first
        this.name = name;
        this.password = password;
        this.base = base;
    }

    /** The content's length for a file of {@code fileLength} bytes (an empty or new file has none). */
    static long contentLength(long fileLength) {
        long length = fileLength - HEADER_LENGTH;
        if (length <= 0) {
            return 0;
        }
        return length % SECTOR == 0 ? length : length - SECTOR;
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
        AesXts xts = cipher();
        if (position < 0) {
            throw new IllegalArgumentException("position " + position);
        }
        if (position >= size) {
            return -1;
        }
        int length = (int) Math.min(dst.remaining(), size - position);
        if (length == 0) {
            return 0;
        }
        long first = position / SECTOR * SECTOR;
        int skip = (int) (position - first);
        if (skip == 0 && length % SECTOR == 0 && dst.hasArray()) {
            readSectors(dst, first, length, xts);
            return length;
        }
        ByteBuffer sectors = ByteBuffer.allocate((int) roundUp(skip + length));
        readSectors(sectors, first, sectors.capacity(), xts);
        sectors.position(skip).limit(skip + length);
        dst.put(sectors);
        return length;
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
        AesXts xts = cipher();
        int length = src.remaining();
        long first = position / SECTOR * SECTOR;
        int skip = (int) (position - first);
        ByteBuffer sectors = ByteBuffer.allocate((int) roundUp(skip + length));
        if (skip != 0 || length % SECTOR != 0) {
            // a partial sector: what it already holds is read, then overlaid
            int existing = (int) Math.min(sectors.capacity(), Math.max(0, roundUp(size) - first));
            if (existing > 0) {
                readSectors(sectors, first, existing, xts);
            }
        }
        sectors.clear().position(skip);
        sectors.put(src).clear();
        writeSectors(sectors, first, xts);
        long end = position + length;
        if (end > size) {
            boolean hadTail = size % SECTOR != 0;
            size = end;
            int tail = (int) (end % SECTOR);
            if (tail > 0) {
                writeFully(ByteBuffer.allocate(tail), HEADER_LENGTH + roundUp(end));
            } else if (hadTail) {
                base.truncate(HEADER_LENGTH + end); // the bytes that told the former length would now mislead
            }
        }
        return length;
    }

    @Override
    public long size() throws IOException {
        cipher();
        return size;
    }

    @Override
    protected void implTruncate(long newSize) throws IOException {
        cipher();
        if (newSize < 0) {
            throw new IllegalArgumentException("size " + newSize);
        }
        if (newSize >= size) {
            return;
        }
        long fileLength = HEADER_LENGTH + newSize + (newSize % SECTOR == 0 ? 0 : SECTOR);
        base.truncate(fileLength);
        long missing = fileLength - base.size();
        if (missing > 0) {
            // a channel never grows by truncation: the bytes that tell the length are written
            writeFully(ByteBuffer.allocate((int) missing), base.size());
        }
        size = newSize;
    }

    @Override
    public void force(boolean metaData) throws IOException {
        base.force(metaData);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
        return base.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
        base.close();
    }

    @Override
    public String toString() {
        return name;
    }

    private AesXts cipher() throws IOException {
        AesXts xts = cipher;
        return xts != null ? xts : open();
    }

    /** Reads the salt of an existing file, or writes the header of a new one. */
    private synchronized AesXts open() throws IOException {
        if (cipher != null) {
            return cipher;
        }
        long fileLength = base.size();
        byte[] salt = new byte[SALT_LENGTH];
        if (fileLength >= HEADER_LENGTH) {
            readFully(ByteBuffer.wrap(salt), MAGIC.length);
            size = contentLength(fileLength);
        } else {
            new SecureRandom().nextBytes(salt);
            byte[] header = Arrays.copyOf(MAGIC, HEADER_LENGTH);
            System.arraycopy(salt, 0, header, MAGIC.length, SALT_LENGTH);
            writeFully(ByteBuffer.wrap(header), 0);
        }
        AesXts xts = new AesXts(SHA256.getPBKDF2(password, salt, KEY_ITERATIONS, KEY_LENGTH));
        Arrays.fill(password, (byte) 0);
        password = null;
        cipher = xts;
        return xts;
    }

    private void readSectors(ByteBuffer into, long position, int length, AesXts xts) throws IOException {
        int start = into.position();
        ByteBuffer window = into.duplicate();
        window.limit(start + length);
        readFully(window, HEADER_LENGTH + position);
        byte[] array = into.array();
        int offset = into.arrayOffset() + start;
        long sector = position / SECTOR;
        for (int done = 0; done < length; done += SECTOR) {
            xts.decrypt(sector++, array, offset + done, SECTOR);
        }
        into.position(start + length);
    }

    private void writeSectors(ByteBuffer sectors, long position, AesXts xts) throws IOException {
        byte[] array = sectors.array();
        long sector = position / SECTOR;
        for (int done = 0; done < sectors.capacity(); done += SECTOR) {
            xts.encrypt(sector++, array, done, SECTOR);
        }
        writeFully(sectors, HEADER_LENGTH + position);
    }

    private void readFully(ByteBuffer into, long position) throws IOException {
        long at = position;
        while (into.hasRemaining()) {
            int read = base.read(into, at);
            if (read < 0) {
                throw new EOFException(name + " ends at " + at);
            }
            at += read;
        }
    }

    private void writeFully(ByteBuffer from, long position) throws IOException {
        long at = position;
        while (from.hasRemaining()) {
            at += base.write(from, at);
        }
    }

    private static long roundUp(long length) {
        return (length + SECTOR - 1) / SECTOR * SECTOR;
    }
}
