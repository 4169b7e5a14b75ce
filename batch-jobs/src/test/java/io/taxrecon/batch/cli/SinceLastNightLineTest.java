package io.taxrecon.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.batch.outputs.RunSummary;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The console's one line about the night, as the end of a run prints it. */
class SinceLastNightLineTest {

    private static RunSummary summary(RunSummary.NightSummary night, int entriesRead) {
        return new RunSummary("2026-11-24", "in", "out", List.of(), 40, 12, Map.of(), 25, 12, List.of(), night,
                new RunSummary.WorklistSummary("out/worklist.xlsx", "READ", entriesRead, null, null, "written"),
                new RunSummary.Carrying(40, 0), null);
    }

    @Test
    void aLaterNightCountsNewStillOpenAndResolvedSinceThePreviousOneAndTheEntriesRead() {
        assertThat(NightlyRun.sinceLastNight(summary(new RunSummary.NightSummary("2026-11-23", 4, 20, 2, 1, 1, 1), 4)))
                .isEqualTo("Since the previous night (2026-11-23): 4 new, 20 still open, 2 resolved; "
                        + "4 reviewer entries read.");
    }

    @Test
    void theFirstNightOfAStoreHasOnlyNewFindings() {
        assertThat(NightlyRun.sinceLastNight(summary(new RunSummary.NightSummary(null, 1234, 0, 0, 0, 0, 0), 1)))
                .isEqualTo("First night of this staging store: 1,234 new findings; 1 reviewer entry read.");
    }
}
