package io.taxrecon.sampledata;

/**
 * Hands out valid-looking SSNs (area 001-899 except 666, group 01-99, serial 0001-9999) without
 * remembering any: number k goes through a keyed permutation of the whole valid space (a
 * four-round Feistel network on 30 bits with cycle-walking back into range), so distinct k give
 * distinct, unpatterned SSNs. Client i gets k = 2i, their spouse 2i + 1; numbers from
 * {@link #foreignBase(int)} on are for TINs that belong to nobody the firm knows.
 */
final class SsnSpace {

    private static final long AREAS = 898; // 001..899 without 666
    private static final long GROUPS = 99;
    private static final long SERIALS = 9999;
    private static final long SIZE = AREAS * GROUPS * SERIALS; // < 2^30
    private static final int HALF_BITS = 15;
    private static final long HALF_MASK = (1L << HALF_BITS) - 1;

    private final long[] keys = new long[4];

    SsnSpace(long seed) {
        java.util.SplittableRandom r = RandomStreams.of(seed, -3, 0);
        for (int i = 0; i < keys.length; i++) {
            keys[i] = r.nextLong();
        }
    }

    String primary(int clientIndex) {
        return ssn(2L * clientIndex);
    }

    String spouse(int clientIndex) {
        return ssn(2L * clientIndex + 1);
    }

    /** First number of the foreign TINs of a run of {@code clients} clients. */
    static long foreignBase(int clients) {
        return 2L * clients;
    }

    String ssn(long k) {
        long v = Math.floorMod(k, SIZE);
        do {
            v = feistel(v);
        } while (v >= SIZE);
        long serial = v % SERIALS + 1;
        v /= SERIALS;
        long group = v % GROUPS + 1;
        long area = v / GROUPS + 1;
        if (area >= 666) {
            area++;
        }
        char[] c = new char[9];
        put(c, 0, area, 3);
        put(c, 3, group, 2);
        put(c, 5, serial, 4);
        return new String(c);
    }

    /** A bijection of [0, 2^30). */
    private long feistel(long v) {
        long left = v >>> HALF_BITS;
        long right = v & HALF_MASK;
        for (long key : keys) {
            long f = round(right, key);
            long next = left ^ f;
            left = right;
            right = next;
        }
        return (left << HALF_BITS) | right;
    }

    private static long round(long half, long key) {
        long z = (half + key) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 29)) * 0xBF58476D1CE4E5B9L;
        return (z >>> 40) & HALF_MASK;
    }

    private static void put(char[] c, int at, long value, int width) {
        for (int i = width - 1; i >= 0; i--) {
            c[at + i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
