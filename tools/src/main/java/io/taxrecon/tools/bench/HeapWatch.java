package io.taxrecon.tools.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Watches the heap while a measured piece of work runs. Two figures: the peak of heap in use
 * (sampled every 50 ms; garbage not yet collected included, so it mostly shows how far the
 * collector let the heap fill), and the peak of the live heap: what is still in use just after
 * a full collection, which the watch asks for every {@value #LIVE_SAMPLE_MILLIS} ms. The live heap
 * is what the work keeps, the figure that must not grow with the number of clients. (The heap
 * in use after G1's ordinary young collections is no such figure: it counts every dead object of
 * the old generation that no collection has looked at yet, and grows with the length of the run.)
 * A full collection of a live set of tens of MiB takes well under 100 ms: about 1% of the time. A
 * request for one while native code holds the collector off (zip's deflater) collects nothing, and
 * is not taken as a sample: the next 50 ms tick asks again.
 */
public final class HeapWatch implements AutoCloseable {

    private static final long SAMPLE_MILLIS = 50;
    static final long LIVE_SAMPLE_MILLIS = 10_000;

    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakLive = new AtomicLong();
    private volatile LocalDateTime peakLiveAt;
    private final Thread sampler;
    private volatile boolean running = true;

    private HeapWatch() {
        sampler = new Thread(this::sample, "heap-watch");
        sampler.setDaemon(true);
    }

    /** Collects the garbage left by earlier work, resets the peaks and starts watching. */
    public static HeapWatch start() {
        System.gc(); // the earlier work's garbage is not this work's
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        HeapWatch watch = new HeapWatch();
        watch.sampler.start();
        return watch;
    }

    /** Peak heap in use, in bytes. */
    public long peakUsed() {
        // the pools' own peaks catch what fell between two samples
        long pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
        return Math.max(peakUsed.get(), Math.min(pools, Runtime.getRuntime().maxMemory()));
    }

    /** Peak live heap (in use after a full collection), in bytes; 0 when the work ended before the first sample. */
    public long peakLive() {
        return peakLive.get();
    }

    /** When the peak live heap was sampled; null before the first sample. */
    public LocalDateTime peakLiveAt() {
        return peakLiveAt;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }

    /** Full collections so far: those of the collector of the whole heap (G1's "Old Generation", a mark-sweep). */
    private static long fullCollections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(c -> c.getName().endsWith("Old Generation") || c.getName().contains("MarkSweep"))
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private void sample() {
        long nextLive = System.currentTimeMillis() + LIVE_SAMPLE_MILLIS;
        while (running) {
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            peakUsed.accumulateAndGet(used, Math::max);
            if (System.currentTimeMillis() >= nextLive) {
                long before = fullCollections();
                System.gc();
                // a request that met native code holding the GC locker (zip's deflater) collects nothing: no sample then
                if (fullCollections() > before) {
                    long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                    if (live > peakLive.get()) {
                        peakLive.set(live);
                        peakLiveAt = LocalDateTime.now();
                    }
                    nextLive = System.currentTimeMillis() + LIVE_SAMPLE_MILLIS;
                }
            }
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
