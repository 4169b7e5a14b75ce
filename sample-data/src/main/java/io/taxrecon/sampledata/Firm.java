package io.taxrecon.sampledata;

import io.taxrecon.sampledata.model.GeneratedClient;

/**
 * The firm's clients, one at a time in index order, as the options' {@link Mix} has them: in the
 * planted mix each client carries what {@link PlantSchedule} plans; in the realistic one a steady
 * share of clients (a low-discrepancy sequence, so a small firm gets its share too) carries the
 * planted mix's stories, in the planted mix's order, and the rest are paid up ({@link PaidUpPlanter}).
 */
final class Firm {

    /**
     * The realistic mix's share of clients with a story (a plant, a hard negative, a penalty story,
     * and with them the notices and balances of the planted mix). Five in six story clients owe
     * today, and they bring ~0.2 notices per client of the firm: a tenth keeps those who owe well
     * under 10% of the firm (issue 15); the paid-up clients' letters ({@link PaidUpNoticeLog}) bring
     * the rest of the notices.
     */
    static final double STORY_SHARE = 0.10;
    private static final double INVERSE_GOLDEN_RATIO = 0.6180339887498949;

    private final Mix mix;
    private final ClientComposer composer;
    private final PlantSchedule schedule;
    private int stories;

    Firm(GeneratorOptions options) {
        this.mix = options.mix();
        this.composer = new ClientComposer(options.seed(), options.runDate(), options.clients(), options.historyYears(),
                new PayerDirectory(options.seed()), new SsnSpace(options.seed()));
        this.schedule = new PlantSchedule(options.seed());
    }

    /** The client of this index; clients must be asked for in index order. */
    GeneratedClient client(int index) {
        if (mix == Mix.PLANTED || storied(index)) {
            return composer.compose(index, schedule.next(stories++));
        }
        return composer.composePaidUp(index);
    }

    private static boolean storied(int index) {
        return (0.5 + index * INVERSE_GOLDEN_RATIO) % 1.0 < STORY_SHARE;
    }
}
