package io.taxrecon.sampledata;

import java.util.SplittableRandom;

/**
 * Independent random streams keyed by (seed, client index, stream), so that a client's data does
 * not depend on how many random numbers earlier clients drew, and a retry of one client does
 * not shift the others.
 */
public final class RandomStreams {

    private RandomStreams() {}

    public static SplittableRandom of(long seed, long index, long stream) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L);
        h = mix(h ^ (index * 0xBF58476D1CE4E5B9L));
        h = mix(h ^ (stream * 0x94D049BB133111EBL));
        return new SplittableRandom(h);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
