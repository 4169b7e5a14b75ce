package io.taxrecon.batch.remote;

import java.util.List;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.support.converter.SimpleMessageConverter;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.integration.config.EnableIntegration;

/**
 * What the manager ({@code remote} profile) and the workers ({@code worker} profile) share: the
 * connection to RabbitMQ, the durable queue of partition requests and how a request is written.
 * Boot's AMQP auto-configuration is not on the class path (its starter pulls a client that is not
 * on Maven Central), so the connection is made here from {@link RemotePartitioningProperties}.
 */
@Configuration(proxyBeanMethods = false)
@Profile({RemotePartitioningProfiles.MANAGER, RemotePartitioningProfiles.WORKER})
@EnableIntegration
@EnableConfigurationProperties(RemotePartitioningProperties.class)
public class BrokerConfig {

    @Bean
    ConnectionFactory brokerConnectionFactory(RemotePartitioningProperties properties) {
        CachingConnectionFactory factory = new CachingConnectionFactory(properties.rabbitHost(), properties.rabbitPort());
        factory.setUsername(properties.rabbitUser());
        factory.setPassword(properties.effectiveRabbitPassword());
        factory.setConnectionNameStrategy(f -> "taxrecon");
        return factory;
    }

    /** Declared (idempotently) by whichever process connects first: manager and workers need not start in order. */
    @Bean
    Queue partitionRequestQueue(RemotePartitioningProperties properties) {
        return new Queue(properties.queue(), true);
    }

    @Bean
    RabbitAdmin brokerAdmin(ConnectionFactory brokerConnectionFactory) {
        return new RabbitAdmin(brokerConnectionFactory);
    }

    /**
     * A request is a serialized {@link StepExecutionRequest} (a step name and a step execution
     * id). Java deserialization of broker messages is confined to exactly that class and the
     * {@code java.lang} types it holds: anything else on the queue is refused, not instantiated.
     */
    @Bean
    SimpleMessageConverter partitionRequestConverter() {
        SimpleMessageConverter converter = new SimpleMessageConverter();
        converter.setAllowedListPatterns(List.of(StepExecutionRequest.class.getName(), "java.lang.*"));
        return converter;
    }

    @Bean
    RabbitTemplate brokerTemplate(ConnectionFactory brokerConnectionFactory, SimpleMessageConverter partitionRequestConverter) {
        RabbitTemplate template = new RabbitTemplate(brokerConnectionFactory);
        template.setMessageConverter(partitionRequestConverter);
        return template;
    }
}
