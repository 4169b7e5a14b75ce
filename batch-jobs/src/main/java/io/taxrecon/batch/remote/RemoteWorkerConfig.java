package io.taxrecon.batch.remote;

import io.taxrecon.batch.ReconcileProperties;
import java.util.Map;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.amqp.support.converter.SimpleMessageConverter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * A worker of remote partitioning ({@code ./reconcile worker}): takes partition requests from the
 * queue, one per thread at a time, and runs them with the job's own {@code reconcileClientRange}
 * step against the shared job repository and output folder.
 */
@Configuration(proxyBeanMethods = false)
@Profile(RemotePartitioningProfiles.WORKER)
public class RemoteWorkerConfig {

    @Bean
    PartitionRequestRunner partitionRequestRunner(JobRepository jobRepository, Step reconcileClientRange) {
        return new PartitionRequestRunner(jobRepository, Map.of("reconcileClientRange", reconcileClientRange));
    }

    /**
     * Prefetch 1 keeps the requests a busy worker cannot start yet in the queue, for the other
     * workers. A request is acknowledged once its partition has run: a worker that dies holding
     * one gives it back to the broker (and the next worker drops it unless it was never started).
     */
    @Bean
    SimpleMessageListenerContainer partitionRequestListener(ConnectionFactory connectionFactory,
            RemotePartitioningProperties remote, ReconcileProperties properties) {
        SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(connectionFactory);
        container.setQueueNames(remote.queue());
        int threads = remote.workerThreads() > 0 ? remote.workerThreads() : properties.effectiveThreads();
        container.setConcurrentConsumers(threads);
        container.setPrefetchCount(1);
        container.setAcknowledgeMode(AcknowledgeMode.AUTO);
        // a request that cannot be read or run is not requeued in a loop: the manager's watch settles it
        container.setDefaultRequeueRejected(false);
        container.setShutdownTimeout(remote.workerShutdownTimeout().toMillis());
        return container;
    }

    @Bean
    IntegrationFlow partitionRequestsFromBroker(SimpleMessageListenerContainer partitionRequestListener,
            SimpleMessageConverter partitionRequestConverter, PartitionRequestRunner partitionRequestRunner) {
        return IntegrationFlow.from(Amqp.inboundAdapter(partitionRequestListener).messageConverter(partitionRequestConverter))
                .handle(StepExecutionRequest.class, (request, headers) -> {
                    partitionRequestRunner.run(request);
                    return null;
                })
                .get();
    }
}
