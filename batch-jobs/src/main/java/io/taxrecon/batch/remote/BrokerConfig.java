package io.taxrecon.batch.remote;

import java.util.List;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.support.converter.SimpleMessageConverter;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.integration.config.EnableIntegration;

/**
 * What the manager ({@code remote} profile) and the workers ({@code worker} profile) share on top
 * of Boot's RabbitMQ connection, template and admin ({@code spring.rabbitmq.*}, set from the
 * command line's broker options): the durable queue of partition requests and how a request is
 * written.
 */
@Configuration(proxyBeanMethods = false)
@Profile({RemotePartitioningProfiles.MANAGER, RemotePartitioningProfiles.WORKER})
@EnableIntegration
@EnableConfigurationProperties(RemotePartitioningProperties.class)
public class BrokerConfig {

    /** Declared (idempotently, by Boot's admin) by whichever process connects first: manager and workers start in any order. */
    @Bean
    Queue partitionRequestQueue(RemotePartitioningProperties properties) {
        return new Queue(properties.queue(), true);
    }

    /**
     * A request is a serialized {@link StepExecutionRequest} (a step name and a step execution
     * id). Java deserialization of broker messages is confined to exactly that class and the
     * {@code java.lang} types it holds: anything else on the queue is refused, not instantiated.
     * Boot's template writes with it, being the one message converter.
     */
    @Bean
    SimpleMessageConverter partitionRequestConverter() {
        SimpleMessageConverter converter = new SimpleMessageConverter();
        converter.setAllowedListPatterns(List.of(StepExecutionRequest.class.getName(), "java.lang.*"));
        return converter;
    }
}
