package io.taxrecon.batch.remote;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * The worker's side of remote partitioning: runs the partition a {@link StepExecutionRequest}
 * names, with the step of that name, against the shared job repository (which is where the
 * manager learns the outcome).
 *
 * <p>Only a partition still STARTING is run. A request can arrive twice (the broker redelivers
 * the request of a worker that died holding it) or late (a request for a run the manager already
 * gave up on): then the partition is STARTED, FAILED or COMPLETED, and running it again would race
 * another worker or the restart. Such a request is dropped; the manager's watch settles it.
 * Two workers that both read STARTING are settled by optimistic locking: the second one's first
 * update of the execution fails.
 */
public final class PartitionRequestRunner {

    private static final Logger log = LoggerFactory.getLogger(PartitionRequestRunner.class);

    private final JobRepository jobRepository;
    private final Map<String, Step> steps;

    /** @param steps the steps a manager may ask for, by name */
    public PartitionRequestRunner(JobRepository jobRepository, Map<String, Step> steps) {
        this.jobRepository = jobRepository;
        this.steps = Map.copyOf(steps);
    }

    /** Runs the requested partition when it is still waiting for a worker; returns whether it ran. */
    public boolean run(StepExecutionRequest request) {
        Step step = steps.get(request.getStepName());
        if (step == null) {
            log.warn("Dropped a request for step {}, which this worker does not run", request.getStepName());
            return false;
        }
        StepExecution execution = jobRepository.getStepExecution(request.getStepExecutionId());
        if (execution == null) {
            // another job repository's request on a shared queue: a deployment mistake worth a line
            log.warn("Dropped a request for step execution {}, which this worker's job repository does not hold",
                    request.getStepExecutionId());
            return false;
        }
        if (execution.getStatus() != BatchStatus.STARTING) {
            log.info("Dropped the request for {} (step execution {}): it is already {}", execution.getStepName(),
                    execution.getId(), execution.getStatus());
            return false;
        }
        log.info("Running partition {} (step execution {}, job execution {})", execution.getStepName(),
                execution.getId(), execution.getJobExecutionId());
        try {
            step.execute(execution);
        } catch (Exception e) {
            // the step records its own failure in the repository; this is for the worker's log
            log.error("Partition {} (step execution {}) failed", execution.getStepName(), execution.getId(), e);
        }
        log.info("Finished partition {} (step execution {}): {}", execution.getStepName(), execution.getId(),
                execution.getStatus());
        return true;
    }
}
