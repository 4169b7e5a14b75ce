package io.taxrecon.batch.remote;

import io.taxrecon.batch.ReconcileProperties;
import java.time.Clock;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.messaging.MessageChannel;

/**
 * The manager of remote partitioning ({@code ./reconcile --workers remote}): the reconcile step's
 * client ranges go to the workers through the broker instead of to local threads. Everything
 * else in the job (scan, ingest, outputs) still runs in the manager.
 */
@Configuration(proxyBeanMethods = false)
@Profile(RemotePartitioningProfiles.MANAGER)
public class RemoteManagerConfig {

    /** Replaces the local {@code TaskExecutorPartitionHandler} of the job configuration. */
    @Bean
    PartitionHandler reconcilePartitionHandler(JobRepository jobRepository, MessageChannel partitionRequests,
            RemotePartitioningProperties remote, ReconcileProperties properties) {
        return new RepositoryPollingPartitionHandler(jobRepository, partitionRequests, "reconcileClientRange",
                remote.gridSize(), remote.staleAfter(), remote.partitionTimeout(), remote.pollInterval(),
                Clock.systemUTC());
    }

    @Bean
    MessageChannel partitionRequests() {
        return new DirectChannel();
    }

    /** Requests go straight to the queue (default exchange), persistent, so a broker restart keeps them. */
    @Bean
    IntegrationFlow partitionRequestsToBroker(MessageChannel partitionRequests, RabbitTemplate rabbitTemplate,
            RemotePartitioningProperties remote) {
        return IntegrationFlow.from(partitionRequests)
                .handle(Amqp.outboundAdapter(rabbitTemplate).routingKey(remote.queue()))
                .get();
    }
}
