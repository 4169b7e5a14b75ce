package io.taxrecon.sampledata;

import java.util.SplittableRandom;

/**
 * Plants the client's penalty story ({@link PenaltyStory}), last of all and from random streams of
 * its own, so that every other plant of the client is what it was before the stories existed. An
 * attempt whose story could not be placed, or that would move the notice or payment truth, is
 * taken back and the story tried again from the next stream.
 */
final class PenaltyPlanter {

    private static final int ATTEMPTS = 100;
    /** Stream numbers of the stories: far from the composer's attempt numbers. */
    private static final long STREAMS = 1_000_000L;

    private final ClientDraft d;
    private final long seed;

    PenaltyPlanter(ClientDraft d, long seed) {
        this.d = d;
        this.seed = seed;
    }

    void plant() {
        PenaltyStory story = d.plan.penaltyStory();
        if (story == null) {
            return;
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            ClientDraft.Mark mark = d.mark();
            SplittableRandom r = RandomStreams.of(seed, d.index, STREAMS + attempt);
            try {
                OldYears w = new OldYears(d, r);
                if (story.statute()) {
                    new StatuteStories(w).write(story);
                } else {
                    new AbatementStories(w).write(story);
                }
                // OldYears dates every remittance long before the first payment window, so payment
                // matching cannot see them; only a story that wrote notices can move the notice truth.
                if (d.notices.size() == mark.notices() || ClientComposer.noticeTruthHolds(d)) {
                    return;
                }
            } catch (LayoutConflict e) {
                // try the next stream
            }
            d.reset(mark);
        }
        throw new IllegalStateException("no layout found for the penalty story of client " + d.clientId);
    }
}
