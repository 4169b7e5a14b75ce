/** Remote partitioning: the manager sends client ranges over RabbitMQ and worker processes run them. */
package io.taxrecon.batch.remote;
