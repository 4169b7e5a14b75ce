package io.taxrecon.batch.storekey;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.batch.TestFolders;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Random;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.junit.jupiter.api.Test;

/** The staging store's encrypted file is H2's CIPHER=AES file, byte for byte: each reads what the other wrote. */
class EncryptedFileTest {

    private static final byte[] PASSWORD = "a-staging-key-0123456789".getBytes(StandardCharsets.UTF_16BE);

    @Test
    void whatH2sOwnEncryptionWroteReadsBackHereAndTheOtherWayRound() throws IOException {
        Path folder = TestFolders.create("encrypted-file");
        byte[] content = randomBytes(3 * EncryptedFile.SECTOR + 1234, 7);
        Path byH2 = folder.resolve("by-h2");
        Path byUs = folder.resolve("by-us");
        // H2's own file overwrites what follows a piece written before the end while the length is not
        // whole sectors: it is given its pieces in order, this one the other way round
        writeInPieces(new FileEncrypt("h2", PASSWORD.clone(), open(byH2)), content, false);
        writeInPieces(new EncryptedFile("us", PASSWORD.clone(), open(byUs)), content, true);

        assertThat(readAll(new EncryptedFile("us", PASSWORD.clone(), open(byH2)))).isEqualTo(content);
        assertThat(readAll(new FileEncrypt("h2", PASSWORD.clone(), open(byUs)))).isEqualTo(content);
    }

    @Test
    void aLengthThatDoesNotEndOnASectorIsKeptAcrossReopeningAsH2KeepsIt() throws IOException {
        Path file = TestFolders.create("encrypted-length").resolve("file");
        try (EncryptedFile f = new EncryptedFile("f", PASSWORD.clone(), open(file))) {
            f.write(ByteBuffer.wrap(randomBytes(100, 1)), 0);
            assertThat(f.size()).isEqualTo(100);
        }
        try (FileBase h2 = new FileEncrypt("h2", PASSWORD.clone(), open(file))) {
            assertThat(h2.size()).isEqualTo(100);
        }
        try (EncryptedFile f = new EncryptedFile("f", PASSWORD.clone(), open(file))) {
            assertThat(f.size()).isEqualTo(100);
            f.write(ByteBuffer.wrap(randomBytes(EncryptedFile.SECTOR, 2)), 0);
            assertThat(f.size()).isEqualTo(EncryptedFile.SECTOR);
        }
        try (EncryptedFile f = new EncryptedFile("f", PASSWORD.clone(), open(file))) {
            assertThat(f.size()).as("a length grown to a whole sector forgets the former tail").isEqualTo(4096);
            f.truncate(10);
        }
        try (FileBase h2 = new FileEncrypt("h2", PASSWORD.clone(), open(file))) {
            assertThat(h2.size()).isEqualTo(10);
            assertThat(readAll(h2)).isEqualTo(Arrays.copyOf(randomBytes(EncryptedFile.SECTOR, 2), 10));
        }
    }

    @Test
    void anotherPasswordReadsNothingOfTheContent() throws IOException {
        Path file = TestFolders.create("encrypted-other-key").resolve("file");
        byte[] content = "H:2,block:3,client 123-45-6789".getBytes(StandardCharsets.US_ASCII);
        try (EncryptedFile f = new EncryptedFile("f", PASSWORD.clone(), open(file))) {
            f.write(ByteBuffer.wrap(content), 0);
        }
        byte[] other = "another-key-0123456789ab".getBytes(StandardCharsets.UTF_16BE);
        assertThat(readAll(new EncryptedFile("f", other, open(file)))).isNotEqualTo(content);
        assertThat(readAll(new EncryptedFile("f", PASSWORD.clone(), open(file)))).isEqualTo(content);
    }

    /** Pieces of odd sizes at odd places, last first or first first. */
    private static void writeInPieces(FileBase file, byte[] content, boolean lastFirst) throws IOException {
        try (file) {
            int[] cuts = {0, 10, 4000, 4096, 9000, 12288, content.length};
            for (int k = 0; k < cuts.length - 1; k++) {
                int i = lastFirst ? cuts.length - 2 - k : k;
                file.write(ByteBuffer.wrap(content, cuts[i], cuts[i + 1] - cuts[i]).slice(), cuts[i]);
            }
        }
    }

    private static byte[] readAll(FileBase file) throws IOException {
        try (file) {
            ByteBuffer all = ByteBuffer.allocate((int) file.size());
            int at = 0;
            while (all.hasRemaining()) {
                ByteBuffer piece = all.slice().limit(Math.min(all.remaining(), 5000));
                int read = file.read(piece, at);
                all.position(all.position() + read);
                at += read;
            }
            return all.array();
        }
    }

    private static FileChannel open(Path file) throws IOException {
        return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    private static byte[] randomBytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
