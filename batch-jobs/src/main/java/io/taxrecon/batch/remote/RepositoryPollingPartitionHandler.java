package io.taxrecon.batch.remote;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.partition.support.AbstractPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.support.MessageBuilder;

/**
 * The manager's side of remote partitioning: sends one {@link StepExecutionRequest} per partition
 * to {@code requests} (the broker) and learns the outcome from the shared job repository, never
 * from replies, so a worker that dies takes nothing with it that the manager needs.
 *
 * <p>A worker that dies leaves its partition STARTED forever. The manager therefore watches each
 * unfinished partition's version (bumped by every chunk commit and by a worker taking it) on its
 * own clock, so clocks of other machines do not matter: when none of the unfinished partitions has
 * moved for {@code staleAfter}, or after {@code timeout} in all, it marks them FAILED and fails the
 * step. Marking bumps their version, so a worker that was only slow loses its next commit to
 * optimistic locking instead of racing the restart. The restart (same command) re-sends only the
 * partitions that did not complete: Spring Batch's splitter skips the completed ones.
 */
public final class RepositoryPollingPartitionHandler extends AbstractPartitionHandler {

    private static final Logger log = LoggerFactory.getLogger(RepositoryPollingPartitionHandler.class);

    private final JobRepository jobRepository;
    private final MessageChannel requests;
    private final String workerStepName;
    private final Duration staleAfter;
    private final Duration timeout;
    private final Duration pollInterval;
    private final Clock clock;

    public RepositoryPollingPartitionHandler(JobRepository jobRepository, MessageChannel requests, String workerStepName,
            int gridSize, Duration staleAfter, Duration timeout, Duration pollInterval, Clock clock) {
        this.jobRepository = jobRepository;
        this.requests = requests;
        this.workerStepName = workerStepName;
        this.staleAfter = staleAfter;
        this.timeout = timeout;
        this.pollInterval = pollInterval;
        this.clock = clock;
        setGridSize(gridSize);
    }

    @Override
    protected Set<StepExecution> doHandle(StepExecution managerStepExecution, Set<StepExecution> partitions)
            throws Exception {
        for (StepExecution partition : partitions) {
            requests.send(MessageBuilder.withPayload(new StepExecutionRequest(workerStepName, partition.getId())).build());
        }
        log.info("Sent {} partitions of {} to the workers", partitions.size(), managerStepExecution.getStepName());
        Set<StepExecution> outcome = await(partitions);
        List<String> incomplete = new ArrayList<>();
        for (StepExecution partition : outcome) {
            if (partition.getStatus() != BatchStatus.COMPLETED) {
                incomplete.add(partition.getStepName() + " " + partition.getStatus()
                        + describe(partition.getExitStatus()));
            }
        }
        if (!incomplete.isEmpty()) {
            throw new RemotePartitionsIncompleteException(incomplete.size() + " of " + outcome.size()
                    + " client ranges did not complete (" + String.join("; ", incomplete)
                    + "); run the same command again, with workers running, to resume them");
        }
        return outcome;
    }

    /** Polls the repository until every partition has finished, or the unfinished ones are given up on. */
    private Set<StepExecution> await(Set<StepExecution> partitions) throws InterruptedException {
        Instant start = clock.instant();
        Map<Long, Integer> lastVersions = new HashMap<>();
        Instant lastMove = start;
        while (true) {
            Set<StepExecution> current = new LinkedHashSet<>();
            List<StepExecution> unfinished = new ArrayList<>();
            boolean moved = false;
            for (StepExecution partition : partitions) {
                StepExecution now = jobRepository.getStepExecution(partition.getId());
                current.add(now);
                if (now.getStatus().isRunning()) {
                    unfinished.add(now);
                }
                moved |= !Objects.equals(lastVersions.put(now.getId(), now.getVersion()), now.getVersion());
            }
            Instant instant = clock.instant();
            if (moved) {
                lastMove = instant;
            }
            if (unfinished.isEmpty()) {
                return current;
            }
            boolean stale = Duration.between(lastMove, instant).compareTo(staleAfter) >= 0;
            boolean late = Duration.between(start, instant).compareTo(timeout) >= 0;
            if (stale || late) {
                String why = stale ? "no progress for " + staleAfter.toSeconds() + "s: its worker stopped or none is running"
                        : "not finished within " + timeout.toMinutes() + " min";
                log.warn("Giving up on {} unfinished client ranges: {}", unfinished.size(), why);
                if (giveUp(unfinished, why)) {
                    return refreshed(partitions);
                }
                // a worker committed while we decided: it is alive after all, so keep waiting
                lastMove = instant;
            }
            Thread.sleep(pollInterval.toMillis());
        }
    }

    /** Marks the partitions FAILED; false when one of them moved meanwhile (its worker is alive). */
    private boolean giveUp(List<StepExecution> unfinished, String why) {
        boolean all = true;
        LocalDateTime now = LocalDateTime.now(clock);
        for (StepExecution partition : unfinished) {
            partition.setStatus(BatchStatus.FAILED);
            partition.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
            partition.setEndTime(now);
            try {
                jobRepository.update(partition);
            } catch (OptimisticLockingFailureException e) {
                all = false;
            }
        }
        return all;
    }

    private Set<StepExecution> refreshed(Set<StepExecution> partitions) {
        Set<StepExecution> current = new LinkedHashSet<>();
        for (StepExecution partition : partitions) {
            current.add(jobRepository.getStepExecution(partition.getId()));
        }
        return current;
    }

    private static String describe(ExitStatus exit) {
        String description = exit.getExitDescription();
        if (description == null || description.isBlank()) {
            return "";
        }
        return ": " + description.lines().findFirst().orElse(description);
    }
}
