package io.taxrecon.tools.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * What a benchmark measured, as {@code OUT/bench-<timestamp>.json} holds it and the console shows
 * it: the machine, the data, the job's steps, CPU and heap, the floor for the same data, and
 * whether the findings equal the generator's truth.
 *
 * @param rowsByFile the input's rows per file (the mix the figures are for)
 * @param jobToFloor the job's wall time divided by the floor's
 * @param jobToFloorCpu the job's process CPU time divided by the floor's
 * @param truthCheck "identical", a description of the differences, or "no truth.csv"
 */
public record BenchReport(
        String startedAt,
        Machine machine,
        String inbox,
        String runDate,
        long clients,
        Map<String, Long> rowsByFile,
        Job job,
        Floor floor,
        double jobToFloor,
        double jobToFloorCpu,
        String truthCheck) {

    /**
     * Where it ran: processors, the heap limit, the machine's memory, the Java runtime, the
     * operating system, the threads the job used and the system load average (over the last
     * minute) at the start and the end: a shared machine's figures are only as good as its quiet.
     */
    public record Machine(int processors, long maxHeapMiB, long physicalMemoryMiB, String java, String os,
            int threads, double loadAverageAtStart, double loadAverageAtEnd) {
    }

    /**
     * The nightly job: wall time, the process's CPU time (all threads, collector included: a
     * steadier figure than wall time on a machine shared with other work), peak heap in use and
     * after a collection, and each step.
     */
    public record Job(double seconds, double cpuSeconds, long peakHeapUsedMiB, long peakHeapAfterGcMiB,
            long workbooks, List<Step> steps) {
    }

    /**
     * One step execution; partitions are named "manager-step-partition:name".
     *
     * @param rows items read (rows for ingest, clients for reconcile)
     * @param clientsPerSecond the firm's clients divided by the step's wall time
     * @param cpuSeconds the process's CPU time while the step ran; null for a partition, which
     *                   shares the process with its siblings
     */
    public record Step(String name, long rows, long written, double seconds, double rowsPerSecond,
            double clientsPerSecond, Double cpuSeconds) {

        boolean partition() {
            return name.contains(":");
        }
    }

    /**
     * The least the same work can take, on the same threads: parsing every input with the job's
     * readers, and writing as many bare workbooks with fastexcel; and for comparison, parsing
     * with the job's normaliser as well.
     */
    public record Floor(long rowsParsed, double parseSeconds, double parseCpuSeconds, double parseAndNormaliseSeconds,
            double parseAndNormaliseCpuSeconds, long workbooks, double writeSeconds, double writeCpuSeconds,
            double totalSeconds, double totalCpuSeconds) {
    }

    /** The report as a person reads it. */
    public void print(PrintStream console) {
        console.println();
        console.printf("Benchmark of %s: %,d clients, %,d rows%n", inbox, clients, floor.rowsParsed());
        rowsByFile.forEach((file, rows) -> console.printf("  %-40s %,12d rows%n", file, rows));
        console.printf("Machine: %d processors, %,d MiB memory, %s, %s; %d threads, max heap %,d MiB; "
                + "load average %.2f at the start, %.2f at the end%n", machine.processors(),
                machine.physicalMemoryMiB(), machine.java(), machine.os(), machine.threads(), machine.maxHeapMiB(),
                machine.loadAverageAtStart(), machine.loadAverageAtEnd());
        console.printf("%-46s %12s %12s %11s %9s %9s%n", "step", "rows", "rows/s", "clients/s", "wall s", "CPU s");
        for (Step s : job.steps()) {
            console.printf("%-46s %,12d %,12.0f %,11.0f %9.1f %9s%n", s.partition() ? "  " + s.name() : s.name(),
                    s.rows(), s.rowsPerSecond(), s.clientsPerSecond(), s.seconds(),
                    s.cpuSeconds() == null ? "" : String.format("%.1f", s.cpuSeconds()));
        }
        console.printf("%-46s %12s %12s %,11.0f %9.1f %9.1f%n", "job (launch to end)", "", "",
                clients / job.seconds(), job.seconds(), job.cpuSeconds());
        console.printf("Workbooks written: %,d. Peak heap: %,d MiB in use, %,d MiB in use after a collection%n",
                job.workbooks(), job.peakHeapUsedMiB(), job.peakHeapAfterGcMiB());
        console.printf("Floor, same data and threads, no database:%n");
        console.printf("  %-44s %,12d rows %9.1f s (CPU %.1f s, %,.0f rows/s)%n", "parse every input (job's readers)",
                floor.rowsParsed(), floor.parseSeconds(), floor.parseCpuSeconds(),
                floor.rowsParsed() / floor.parseSeconds());
        console.printf("  %-44s %,12d wb   %9.1f s (CPU %.1f s)%n", "bare workbooks, 5 sheets x 20 rows, fastexcel",
                floor.workbooks(), floor.writeSeconds(), floor.writeCpuSeconds());
        console.printf("  %-44s %22.1f s (CPU %.1f s)%n", "floor", floor.totalSeconds(), floor.totalCpuSeconds());
        console.printf("  %-44s %,12d rows %9.1f s (CPU %.1f s; not part of the floor)%n",
                "for comparison: parse + the job's normaliser", floor.rowsParsed(), floor.parseAndNormaliseSeconds(),
                floor.parseAndNormaliseCpuSeconds());
        console.printf("Job / floor: %.2f wall, %.2f CPU%n", jobToFloor, jobToFloorCpu);
        console.printf("Findings against truth.csv: %s%n", truthCheck);
    }
}
