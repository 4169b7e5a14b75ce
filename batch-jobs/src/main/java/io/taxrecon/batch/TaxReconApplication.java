package io.taxrecon.batch;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The Spring Boot application that hosts the nightly job. It is started by the command line
 * ({@link io.taxrecon.batch.cli.ReconcileCommand}), which decides what to launch.
 */
@SpringBootApplication
@EnableConfigurationProperties(ReconcileProperties.class)
public class TaxReconApplication {
}
