package io.taxrecon.batch.ingest;

import io.taxrecon.core.ingest.RawCell;
import io.taxrecon.core.ingest.RawRow;

/**
 * The 64-bit hash of a raw record's values (its sheet, each cell's text and kind, and the
 * reader's objection if any): with the line, a row's identity within a lineage. Rows are only
 * ever compared with the row at the same line of the previous export, so a collision would have
 * to fall on the one changed row of a line: about one chance in 2^64.
 */
final class RowHash {

    private static final long PRIME = 0x100000001b3L;

    private RowHash() {
    }

    static long of(RawRow row) {
        long h = 0xcbf29ce484222325L;
        h = mix(h, row.source().sheet());
        for (RawCell cell : row.cells()) {
            h = (h ^ (cell.numeric() ? 0x1F : 0x1E)) * PRIME; // a separator no text can fake: cells stay apart
            h = mix(h, cell.text());
        }
        if (row.problem() != null) {
            h = (h ^ 0x1D) * PRIME;
            h = mix(mix(mix(h, row.problem().column()), row.problem().value()), row.problem().reason());
        }
        return finish(h);
    }

    private static long mix(long h, String text) {
        if (text == null) {
            return (h ^ 0x1C) * PRIME;
        }
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * PRIME;
        }
        return (h ^ 0x1B) * PRIME;
    }

    /** MurmurHash3's finaliser: every input bit reaches every output bit. */
    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
