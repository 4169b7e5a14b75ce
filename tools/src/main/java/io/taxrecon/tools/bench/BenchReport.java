package io.taxrecon.tools.bench;

import java.util.List;

/**
 * What a benchmark measured, as {@code OUT/bench-<timestamp>.json} holds it: the machine, the
 * data, the job's steps and heap, the floors for the same data, and whether the findings equal
 * the generator's truth.
 *
 * @param jobToFloor the job's wall time divided by the floor's total
 * @param truthCheck "identical", a description of the differences, or "no truth.csv"
 */
public record BenchReport(
        String startedAt,
        Machine machine,
        String inbox,
        String runDate,
        long clients,
        Job job,
        Floor floor,
        double jobToFloor,
        String truthCheck) {

    /** Where it ran: processors, the heap limit, the Java runtime and the operating system. */
    public record Machine(int processors, long maxHeapMiB, String java, String os, int threads) {
    }

    /**
     * The nightly job: wall time, the process's CPU time (all threads, collector included: a
     * steadier figure than wall time on a machine shared with other work), peak heap in use and
     * after a collection, and each step.
     */
    public record Job(double seconds, double cpuSeconds, long peakHeapUsedMiB, long peakHeapAfterGcMiB,
            List<Step> steps) {
    }

    /**
     * One step execution; partitions are named "manager-step-partition:name".
     *
     * @param rows items read (rows for ingest, clients for reconcile)
     */
    public record Step(String name, long rows, long written, double seconds, double rowsPerSecond) {
    }

    /**
     * The least the same work can take: parse every input with the job's readers and normaliser,
     * then run the engine and write the same workbooks, without a database.
     */
    public record Floor(long rowsParsed, double parseSeconds, double parseCpuSeconds, long clients, long workbooks,
            double writeSeconds, double writeCpuSeconds, double totalSeconds, double totalCpuSeconds) {
    }
}
