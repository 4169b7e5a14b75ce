package io.taxrecon.batch.outputs;

import java.util.List;
import java.util.Map;

/**
 * What a run did, as run-summary.json holds it and the end of a run prints it: per input file
 * its rows read, loaded and rejected; the clients; the findings by type; the workbooks; the time
 * each step took; the night against the previous one; the worklist; how many clients were
 * reconciled and how many carried forward unchanged from the previous night; and who ran it,
 * where, when and on which files (their SHA-256).
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
        List<StepTiming> steps,
        NightSummary night,
        WorklistSummary worklist,
        Carrying carrying,
        Provenance provenance) {

    /**
     * One inbox file. {@code status} is "loaded" or "already loaded on YYYY-MM-DD"; {@code sha256}
     * is the file's content hash (hex), so a firm can tell which data produced the night's reports.
     * A file loaded as a re-export of an earlier night's file counts its rows read, loaded and
     * rejected whole, and says how many of them it inherited unchanged and how many of the earlier
     * file's rows vanished (changed or gone); both are 0 for a file loaded in full.
     */
    public record InputFileSummary(String name, String kind, String status, long rowsRead, long rowsLoaded,
            long rowsRejected, String sha256, long rowsInherited, long rowsVanished) {

        public InputFileSummary(String name, String kind, String status, long rowsRead, long rowsLoaded,
                long rowsRejected, String sha256) {
            this(name, kind, status, rowsRead, rowsLoaded, rowsRejected, sha256, 0, 0);
        }
    }

    /**
     * Who ran the night, where and when: the operating-system user and host of the process that
     * wrote the outputs, when its job execution started and when its outputs were complete (ISO
     * 8601 with the machine's offset).
     */
    public record Provenance(String osUser, String host, String started, String ended) {
    }

    public record StepTiming(String step, long itemsRead, long itemsWritten, double seconds) {
    }

    /**
     * Tonight against the previous completed night of the store.
     *
     * @param previousRunDate null on the first night of a store
     * @param dismissed findings the reviewer dismissed: out of severity, ranking and the urgent counts
     * @param deadlinesAnswered response deadlines the reviewer marked Responded
     */
    public record NightSummary(String previousRunDate, int newFindings, int stillOpen, int resolved, int dismissed,
            int deadlinesAnswered, int followUpsDue) {
    }

    /**
     * The worklist: how its reading at the start of the run went, and whether tonight's was written.
     *
     * @param reading READ, MISSING (the first night) or UNREADABLE
     * @param entriesRead the entries in which the reviewer wrote something
     * @param message the one-line reason an unreadable worklist gave (or the reader's warnings); null when none
     * @param keptAs the name an unreadable worklist was kept under; null when none
     * @param written "written", or why not
     */
    public record WorklistSummary(String file, String reading, int entriesRead, String message, String keptAs,
            String written) {
    }

    /**
     * The clients the engine reconciled tonight, and those carried forward from the previous night
     * because nothing they depend on had changed (their findings, penalty rows and files kept).
     */
    public record Carrying(long reconciled, long carried) {
    }
}
