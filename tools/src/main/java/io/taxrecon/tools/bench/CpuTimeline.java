package io.taxrecon.tools.bench;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The process's CPU time sampled against the wall clock while the job runs, so that the CPU a
 * step used can be read off afterwards from the step's start and end as the job repository
 * recorded them (the job runs in this process; its steps are not ours to instrument).
 */
public final class CpuTimeline implements AutoCloseable {

    private static final long SAMPLE_MILLIS = 100;

    private record Sample(long epochMillis, long cpuNanos) {
    }

    private final List<Sample> samples = new ArrayList<>();
    private final Thread sampler;
    private volatile boolean running = true;

    private CpuTimeline() {
        sampler = new Thread(this::sample, "cpu-timeline");
        sampler.setDaemon(true);
    }

    public static CpuTimeline start() {
        CpuTimeline timeline = new CpuTimeline();
        timeline.record();
        timeline.sampler.start();
        return timeline;
    }

    /** Seconds of process CPU between two wall-clock times (to the sampling's resolution, 0.1 s). */
    public synchronized double cpuSecondsBetween(LocalDateTime start, LocalDateTime end) {
        ZoneId zone = ZoneId.systemDefault();
        return Math.max(0, cpuAt(end.atZone(zone).toInstant().toEpochMilli())
                - cpuAt(start.atZone(zone).toInstant().toEpochMilli())) / 1e9;
    }

    /** The CPU used by the time given: interpolated between the samples either side. */
    private long cpuAt(long epochMillis) {
        Sample before = samples.get(0);
        for (Sample s : samples) {
            if (s.epochMillis() >= epochMillis) {
                long span = s.epochMillis() - before.epochMillis();
                if (span <= 0) {
                    return s.cpuNanos();
                }
                double share = (double) (epochMillis - before.epochMillis()) / span;
                return before.cpuNanos() + Math.round(share * (s.cpuNanos() - before.cpuNanos()));
            }
            before = s;
        }
        return before.cpuNanos();
    }

    private synchronized void record() {
        samples.add(new Sample(System.currentTimeMillis(), ProcessCpu.nanos()));
    }

    private void sample() {
        while (running) {
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            record();
        }
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        record();
    }
}
