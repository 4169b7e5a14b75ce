package io.taxrecon.batch;

import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;

/** Threads for the partitions of a step: at most so many at once, each named for its step. */
public final class PartitionThreads {

    private PartitionThreads() {
    }

    public static TaskExecutor named(String prefix, int threads) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor(prefix);
        executor.setConcurrencyLimit(threads);
        return executor;
    }
}
