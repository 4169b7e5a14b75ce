package io.taxrecon.sampledata;

/** Thrown inside an attempt when a random choice cannot be placed; the attempt is dropped and the client rebuilt. */
final class LayoutConflict extends RuntimeException {
    LayoutConflict() {
        super(null, null, false, false);
    }
}
