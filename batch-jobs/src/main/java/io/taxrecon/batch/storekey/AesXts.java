package io.taxrecon.batch.storekey;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-128 in XTS mode over sectors, laid out as H2 lays out its encrypted files (one key for the
 * data and the tweak; the tweak is the sector number, little-endian, encrypted). The block cipher
 * is the JDK's, which runs on the processor's AES instructions: H2's own AES is written in Java
 * and took over a quarter of a night's CPU. Each thread gets its own cipher (a JDK cipher is not
 * thread-safe; H2 reads pages from many threads at once).
 */
final class AesXts {

    private static final int BLOCK = 16;
    /** The multiplication by x in GF(2^128) folds the bit shifted out back in with this polynomial. */
    private static final long FEEDBACK = 0x87;

    /** The tweak is a 128-bit number, least significant byte first: two longs read little-endian. */
    private static final VarHandle LITTLE_ENDIAN_LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final ThreadLocal<Ciphers> ciphers;

    AesXts(byte[] key) {
        SecretKeySpec spec = new SecretKeySpec(key, "AES");
        this.ciphers = ThreadLocal.withInitial(() -> new Ciphers(spec));
    }

    /** Encrypts {@code length} bytes (whole AES blocks) of one sector in place. */
    void encrypt(long sector, byte[] data, int offset, int length) {
        apply(Cipher.ENCRYPT_MODE, sector, data, offset, length);
    }

    /** Decrypts {@code length} bytes (whole AES blocks) of one sector in place. */
    void decrypt(long sector, byte[] data, int offset, int length) {
        apply(Cipher.DECRYPT_MODE, sector, data, offset, length);
    }

    private void apply(int mode, long sector, byte[] data, int offset, int length) {
        if (length % BLOCK != 0) {
            throw new IllegalArgumentException("a sector is whole AES blocks, not " + length + " bytes");
        }
        Ciphers c = ciphers.get();
        byte[] tweaks = c.tweaks(length);
        fillTweaks(c, sector, tweaks, length);
        xor(data, offset, tweaks, length);
        c.run(mode == Cipher.ENCRYPT_MODE ? c.encrypt : c.decrypt, data, offset, length);
        xor(data, offset, tweaks, length);
    }

    /** The tweak of each block of the sector: the first is the sector number encrypted, each next one times x. */
    private static void fillTweaks(Ciphers c, long sector, byte[] tweaks, int length) {
        putLong(tweaks, 0, sector);
        putLong(tweaks, 8, 0);
        c.run(c.encrypt, tweaks, 0, BLOCK);
        long low = getLong(tweaks, 0);
        long high = getLong(tweaks, 8);
        for (int at = BLOCK; at < length; at += BLOCK) {
            long carry = high >>> 63;
            high = (high << 1) | (low >>> 63);
            low = (low << 1) ^ (carry * FEEDBACK);
            putLong(tweaks, at, low);
            putLong(tweaks, at + 8, high);
        }
    }

    private static void xor(byte[] data, int offset, byte[] tweaks, int length) {
        for (int i = 0; i < length; i += 8) {
            putLong(data, offset + i, getLong(data, offset + i) ^ getLong(tweaks, i));
        }
    }

    private static void putLong(byte[] bytes, int at, long value) {
        LITTLE_ENDIAN_LONGS.set(bytes, at, value);
    }

    private static long getLong(byte[] bytes, int at) {
        return (long) LITTLE_ENDIAN_LONGS.get(bytes, at);
    }

    /** One thread's ciphers and tweak buffer. */
    private static final class Ciphers {

        final Cipher encrypt;
        final Cipher decrypt;
        private byte[] tweaks = new byte[4096];

        Ciphers(SecretKeySpec key) {
            this.encrypt = cipher(Cipher.ENCRYPT_MODE, key);
            this.decrypt = cipher(Cipher.DECRYPT_MODE, key);
        }

        byte[] tweaks(int length) {
            if (tweaks.length < length) {
                tweaks = new byte[length];
            }
            return tweaks;
        }

        void run(Cipher cipher, byte[] data, int offset, int length) {
            try {
                cipher.doFinal(data, offset, length, data, offset);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES refused a whole number of blocks", e);
            }
        }

        private static Cipher cipher(int mode, SecretKeySpec key) {
            try {
                Cipher cipher = Cipher.getInstance("AES/ECB/NoPadding");
                cipher.init(mode, key);
                return cipher;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("this Java has no AES", e);
            }
        }
    }
}
