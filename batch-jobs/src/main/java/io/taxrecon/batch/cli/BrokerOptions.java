package io.taxrecon.batch.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The RabbitMQ options that the manager ({@code --workers remote}) and a worker share: both must
 * name the same broker and queue. The password comes from {@code TAXRECON_RABBIT_PASSWORD}, never
 * from a command line where {@code ps} would show it.
 */
public final class BrokerOptions {

    @Option(names = "--rabbit-host", paramLabel = "HOST", defaultValue = "${env:TAXRECON_RABBIT_HOST:-127.0.0.1}",
            description = "RabbitMQ host for remote partitioning. Default: ${DEFAULT-VALUE} ($TAXRECON_RABBIT_HOST)")
    String host;

    @Option(names = "--rabbit-port", paramLabel = "PORT", defaultValue = "${env:TAXRECON_RABBIT_PORT:-5672}",
            description = "RabbitMQ AMQP port. Default: ${DEFAULT-VALUE} ($TAXRECON_RABBIT_PORT)")
    int port;

    @Option(names = "--rabbit-user", paramLabel = "USER", defaultValue = "${env:TAXRECON_RABBIT_USER:-guest}",
            description = "RabbitMQ user (password from $TAXRECON_RABBIT_PASSWORD). Default: ${DEFAULT-VALUE}")
    String user;

    @Option(names = "--queue", paramLabel = "NAME", defaultValue = "${env:TAXRECON_QUEUE:-taxrecon.partitions}",
            description = "The queue partition requests travel through; one per firm or environment. "
                    + "Default: ${DEFAULT-VALUE}")
    String queue;

    /**
     * As application properties: Boot's {@code spring.rabbitmq.*} (the password from the
     * environment, see application.properties) and {@link io.taxrecon.batch.remote.RemotePartitioningProperties}'s queue.
     */
    Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.rabbitmq.host", host);
        properties.put("spring.rabbitmq.port", port);
        properties.put("spring.rabbitmq.username", user);
        properties.put("taxrecon.remote.queue", queue);
        return properties;
    }
}
