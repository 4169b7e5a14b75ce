package io.taxrecon.batch.outputs;

import java.util.List;
import java.util.Map;

/**
 * What a run did, as run-summary.json holds it and the end of a run prints it: per input file
 * its rows read, loaded and rejected; the clients; the findings by type; the workbooks; and the
 * time each step took.
 */
public record RunSummary(
        String runDate,
        String inbox,
        String outputFolder,
        List<InputFileSummary> files,
        long clientsSeen,
        long clientsWithFindings,
        Map<String, Long> findingsByType,
        long findingsTotal,
        long workbooksWritten,
        List<StepTiming> steps) {

    /** One inbox file. {@code status} is "loaded" or "already loaded on YYYY-MM-DD". */
    public record InputFileSummary(String name, String kind, String status, long rowsRead, long rowsLoaded,
            long rowsRejected) {
    }

    public record StepTiming(String step, long itemsRead, long itemsWritten, double seconds) {
    }
}
