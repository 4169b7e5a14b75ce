package io.taxrecon.batch.remote;

/**
 * The Spring profiles of scale-out: {@value #MANAGER} makes the nightly job send its client
 * ranges to workers instead of running them on local threads; {@value #WORKER} makes the process
 * a worker that runs the ranges it receives.
 */
public final class RemotePartitioningProfiles {

    /** The manager: {@code ./reconcile --workers remote}. */
    public static final String MANAGER = "remote";
    /** A worker: {@code ./reconcile worker}. */
    public static final String WORKER = "worker";

    private RemotePartitioningProfiles() {
    }
}
