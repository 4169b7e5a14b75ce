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
 * @param mix the generator's mix, or null for a given inbox
 * @param secondNight the second night, or null when only one was run
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
        String truthCheck,
        String mix,
        SecondNight secondNight) {

    /**
     * The second night (issue 15): a full re-export of every file with a share of the clients
     * changed, run a day later on the first night's store, then run again in full (a re-run
     * reconciles every client) and compared with it.
     *
     * @param changedClients clients whose rows the re-export changed
     * @param amountsChanged rows whose amount changed in place
     * @param rowsAppended rows the re-export added
     * @param toFirstNight the second night's wall time divided by the first's
     * @param toFirstNightCpu the same for process CPU time
     * @param reconciled clients the second night reconciled (its run-summary.json); -1 when it does not say
     * @param carried clients it carried unchanged from the night before; -1 when it does not say
     * @param fullSeconds wall time of the full run of the same night
     * @param fullCpuSeconds its process CPU time
     * @param identical whether findings.csv, penalties.csv and every workbook equal the full run's
     * @param differences how many differences the comparison found
     * @param firstDifferences the first few, one line each
     * @param truthCheck the second night's findings against the re-export's truth.csv
     * @param steps the second night's steps, as the first night's are reported
     */
    public record SecondNight(String runDate, String inbox, long changedClients, long amountsChanged, long rowsAppended,
            double seconds, double cpuSeconds, double toFirstNight, double toFirstNightCpu, long reconciled, long carried,
            double fullSeconds, double fullCpuSeconds, long workbooksCompared, boolean identical, long differences,
            List<String> firstDifferences, String comparison, String truthCheck, List<Step> steps) {
    }

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
     * the peak live heap (in use after a full collection, sampled every 10 s), and each step.
     */
    public record Job(double seconds, double cpuSeconds, long peakHeapUsedMiB, long peakHeapLiveMiB,
            String peakHeapLiveStep, long workbooks, List<Step> steps) {
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
     * with the job's normaliser as well, and what the staging store itself can take ({@link StoreCeiling}).
     */
    public record Floor(long rowsParsed, double parseSeconds, double parseCpuSeconds, double parseAndNormaliseSeconds,
            double parseAndNormaliseCpuSeconds, long workbooks, double writeSeconds, double writeCpuSeconds,
            double totalSeconds, double totalCpuSeconds, long storeCeilingRows, double storeCeilingSeconds,
            double storeCeilingCpuSeconds) {
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
        printSteps(console, job.steps(), job.seconds(), job.cpuSeconds());
        console.printf("Workbooks written: %,d. Peak heap: %,d MiB in use, %,d MiB live (after a full collection, "
                + "sampled every 10 s; the peak during %s)%n", job.workbooks(), job.peakHeapUsedMiB(),
                job.peakHeapLiveMiB(), job.peakHeapLiveStep() == null ? "no step" : job.peakHeapLiveStep());
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
        console.printf("  %-44s %,12d rows %9.1f s (CPU %.1f s, %,.0f rows/s; a ceiling for ingestion)%n",
                "for comparison: the store taking staged rows", floor.storeCeilingRows(), floor.storeCeilingSeconds(),
                floor.storeCeilingCpuSeconds(), floor.storeCeilingSeconds() == 0 ? 0
                        : floor.storeCeilingRows() / floor.storeCeilingSeconds());
        console.printf("Job / floor: %.2f wall, %.2f CPU%n", jobToFloor, jobToFloorCpu);
        console.printf("Findings against truth.csv: %s%n", truthCheck);
        if (secondNight != null) {
            printSecondNight(console);
        }
    }

    private void printSteps(PrintStream console, List<Step> steps, double seconds, double cpuSeconds) {
        console.printf("%-46s %12s %12s %11s %9s %9s%n", "step", "rows", "rows/s", "clients/s", "wall s", "CPU s");
        for (Step s : steps) {
            console.printf("%-46s %,12d %,12.0f %,11.0f %9.1f %9s%n", s.partition() ? "  " + s.name() : s.name(),
                    s.rows(), s.rowsPerSecond(), s.clientsPerSecond(), s.seconds(),
                    s.cpuSeconds() == null ? "" : String.format("%.1f", s.cpuSeconds()));
        }
        // Spring Batch stops a step's clock before its listeners' afterStep: what they do (the wait
        // for the staging indexes after the load) is in the job's time and in no step's
        double outside = seconds - steps.stream().filter(s -> !s.partition()).mapToDouble(Step::seconds).sum();
        console.printf("%-46s %12s %12s %11s %9.1f%n", "outside the steps (start, listeners, end)", "", "", "",
                outside);
        console.printf("%-46s %12s %12s %,11.0f %9.1f %9.1f%n", "job (launch to end)", "", "",
                clients / seconds, seconds, cpuSeconds);
    }

    private void printSecondNight(PrintStream console) {
        SecondNight n = secondNight;
        console.printf("%nSecond night, %s: a re-export of every file, %,d clients changed (%,d amounts changed in place, "
                + "%,d rows appended), on the first night's store%n", n.runDate(), n.changedClients(), n.amountsChanged(),
                n.rowsAppended());
        if (n.steps() != null && !n.steps().isEmpty()) {
            printSteps(console, n.steps(), n.seconds(), n.cpuSeconds());
        }
        console.printf("  %-44s %9.1f s wall %9.1f s CPU%n", "second night", n.seconds(), n.cpuSeconds());
        console.printf("  %-44s %9.3f    wall %9.3f    CPU%n", "second night / first night", n.toFirstNight(),
                n.toFirstNightCpu());
        console.printf("  %-44s %s reconciled, %s carried unchanged%n", "clients",
                n.reconciled() < 0 ? "?" : String.format("%,d", n.reconciled()),
                n.carried() < 0 ? "?" : String.format("%,d", n.carried()));
        console.printf("  %-44s %9.1f s wall %9.1f s CPU%n", "full run of the second night (a re-run)", n.fullSeconds(),
                n.fullCpuSeconds());
        console.printf("  identical to the full run: %s%n", n.comparison());
        console.printf("  second night's findings against its truth.csv: %s%n", n.truthCheck());
    }
}
