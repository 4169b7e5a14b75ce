package io.taxrecon.tools.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/** The CPU time this process has used so far, every thread included. */
public final class ProcessCpu {

    private ProcessCpu() {
    }

    /** Nanoseconds of CPU, or 0 on a runtime that cannot tell. */
    public static long nanos() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? Math.max(0, sun.getProcessCpuTime()) : 0;
    }
}
