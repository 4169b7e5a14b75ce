package io.taxrecon.sampledata;

import java.util.Locale;

/**
 * Which firm the generator writes. {@code PLANTED} is the stress mix every pinned test knows: most
 * clients carry a plant, a hard negative or a penalty story, and most owe a balance. {@code REALISTIC}
 * is the firm of issue 15: per client ~21.6 information-return rows, ~15.4 return lines, ~10.9
 * transactions and ~4.1 payments, with nine clients in ten fully paid (no balance, no finding;
 * a third of them with a letter that bills nothing, {@link PaidUpNoticeLog}) and the planted stories
 * on the tenth, planted exactly as in {@code PLANTED}. About 40% of its clients have a finding or a
 * notice, as the 43,473 workbooks per 100,000 clients; that takes ~0.54 notices per client
 * where the firm has 0.45, since a story client brings about three ({@link Firm#STORY_SHARE}).
 */
public enum Mix {
    PLANTED,
    REALISTIC;

    /** "planted" or "realistic" (any case), as the command line takes it. */
    public static Mix parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expected planted or realistic, not '" + text + "'", e);
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
