package io.taxrecon.batch.cli;

import io.taxrecon.batch.remote.RemotePartitioningProfiles;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ./reconcile worker}: a worker process of remote partitioning. It takes client ranges of
 * the reconcile step from the broker's queue and runs them against the shared PostgreSQL job
 * repository, writing findings to the database and workbooks to the run's output folder (named by
 * the job's parameters, so it must be a folder the manager and every worker share). It runs until
 * stopped; SIGTERM stops it taking ranges and lets the ranges it runs finish first.
 */
@Command(name = "worker", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs client ranges for a manager started with --workers remote, until stopped.",
                "Needs the manager's PostgreSQL database, broker and queue, and its output folder at the same path."})
public final class WorkerCommand implements Callable<Integer> {

    /** Its --db-url and --db-user are those of {@code reconcile}, inherited: one store, opened one way. */
    @ParentCommand
    ReconcileCommand reconcile;

    @Mixin
    BrokerOptions broker;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Client ranges run at once. Default: one per processor")
    int threads;

    @Option(names = "--catalog-dir", paramLabel = "DIR",
            description = "The manager's --catalog-dir: the workers run the engine, so they need the same catalogs.")
    Path catalogDir;

    @Option(names = "--log-file", paramLabel = "FILE", defaultValue = "reconcile-worker.log",
            description = "The worker's log (also written to the console). Default: ${DEFAULT-VALUE}")
    Path logFile;

    @Override
    public Integer call() throws Exception {
        if (!ReconcileCommand.isPostgresql(reconcile.dbUrl)) {
            System.err.println("reconcile worker: --db-url jdbc:postgresql://... is required: the manager and its "
                    + "workers share one PostgreSQL database");
            return 2;
        }
        var insecure = PostgresqlTls.refusal(reconcile.dbUrl);
        if (insecure.isPresent()) {
            System.err.println("reconcile worker: " + insecure.get());
            return 2;
        }
        Map<String, Object> properties = new LinkedHashMap<>(ReconcileCommand.database(reconcile.dbUrl, reconcile.dbUser, null));
        properties.put("spring.profiles.active", "postgresql," + RemotePartitioningProfiles.WORKER);
        properties.putAll(broker.properties());
        properties.put("taxrecon.remote.worker-threads", threads);
        properties.put("logging.file.name", logFile.toAbsolutePath().toString());
        // a worker is a service: its log lines are what an operator watches
        properties.put("logging.threshold.console", "INFO");
        if (catalogDir != null) {
            properties.put("taxrecon.catalog-dir", catalogDir.toAbsolutePath().toString());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (ConfigurableApplicationContext context = ReconcileCommand.startApplication(properties)) {
            context.addApplicationListener(event -> {
                if (event instanceof ContextClosedEvent) {
                    stopped.countDown();
                }
            });
            System.out.printf("Worker ready: taking client ranges from queue %s on %s:%d.%n", broker.queue,
                    broker.host, broker.port);
            // Boot's shutdown hook closes the context on SIGTERM: the listener stops taking requests
            // and waits for the ranges running (taxrecon.remote.worker-shutdown-timeout)
            stopped.await();
        }
        return 0;
    }
}
