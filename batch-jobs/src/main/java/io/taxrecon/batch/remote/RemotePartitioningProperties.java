package io.taxrecon.batch.remote;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of remote partitioning (prefix {@code taxrecon.remote}): the queue the manager
 * sends partition requests through, and how long it waits for the workers. Manager and workers
 * must agree on the broker (Boot's {@code spring.rabbitmq.*}) and the queue.
 *
 * @param queue the durable queue the partition requests of the reconcile step travel through
 * @param gridSize how many client ranges the manager cuts the clients into: more ranges than
 *                 worker threads, so that a fast worker takes more and a restart redoes less
 * @param staleAfter the manager gives up on the unfinished ranges when none of them has committed a
 *                   chunk (or been taken by a worker) for this long: their workers are gone.
 *                   Must be longer than one chunk takes.
 * @param partitionTimeout the longest the manager waits for the ranges in all
 * @param pollInterval how often the manager reads the job repository for the ranges' progress
 * @param workerThreads how many ranges a worker runs at once; 0 means {@code taxrecon.threads}
 * @param workerShutdownTimeout on SIGTERM a worker takes no new range and gives the ranges it
 *                              runs this long to finish
 */
@ConfigurationProperties("taxrecon.remote")
public record RemotePartitioningProperties(
        @DefaultValue("taxrecon.partitions") String queue,
        @DefaultValue("16") int gridSize,
        @DefaultValue("5m") Duration staleAfter,
        @DefaultValue("8h") Duration partitionTimeout,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("0") int workerThreads,
        @DefaultValue("2m") Duration workerShutdownTimeout) {
}
