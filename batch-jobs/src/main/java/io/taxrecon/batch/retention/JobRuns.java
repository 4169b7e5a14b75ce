package io.taxrecon.batch.retention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The nightly job's runs in the Spring Batch job repository, by run date: deleted through the
 * repository's own API when their nights are purged, and cleared of a forgotten client's id
 * (the bounds of the client ranges and a range's last client are kept in step contexts; a
 * failure's message may quote an id).
 */
public final class JobRuns {

    /** What replaces a forgotten client's id in the job repository. */
    static final String FORGOTTEN = "(forgotten client)";

    private final JobRepository repository;
    private final String jobName;

    public JobRuns(JobRepository repository, String jobName) {
        this.repository = repository;
        this.jobName = jobName;
    }

    /** Counts (or, unless a dry run, also deletes) the job instances of the run dates before {@code before} but {@code kept}. */
    public void remove(LocalDate before, LocalDate kept, Removal removal) {
        long instances = 0;
        long executions = 0;
        long steps = 0;
        for (JobInstance instance : repository.findJobInstances(jobName)) {
            List<JobExecution> runs = repository.getJobExecutions(instance);
            LocalDate runDate = runs.isEmpty() ? null : runs.get(0).getJobParameters().getLocalDate("runDate");
            if (runDate == null || !runDate.isBefore(before) || runDate.equals(kept)) {
                continue;
            }
            instances++;
            executions += runs.size();
            for (JobExecution run : runs) {
                steps += run.getStepExecutions().size();
            }
            if (!removal.dryRun()) {
                repository.deleteJobInstance(instance);
            }
        }
        removal.rows("job repository: job instances", instances);
        removal.rows("job repository: job executions", executions);
        removal.rows("job repository: step executions", steps);
    }

    /**
     * The run dates whose latest attempt has not completed: a restart of one needs its client
     * ranges as they were, so a client cannot be taken out of it.
     */
    public List<LocalDate> unfinishedNights() {
        Map<LocalDate, JobExecution> latest = new HashMap<>();
        for (JobInstance instance : repository.findJobInstances(jobName)) {
            JobExecution last = repository.getLastJobExecution(instance);
            if (last == null) {
                continue;
            }
            LocalDate runDate = last.getJobParameters().getLocalDate("runDate");
            Long attempt = last.getJobParameters().getLong("attempt");
            JobExecution known = latest.get(runDate);
            if (known == null || attempt != null && attempt > known.getJobParameters().getLong("attempt")) {
                latest.put(runDate, last);
            }
        }
        List<LocalDate> unfinished = new ArrayList<>();
        latest.forEach((date, run) -> {
            if (run.getStatus() != BatchStatus.COMPLETED) {
                unfinished.add(date);
            }
        });
        return new ArrayList<>(new TreeSet<>(unfinished));
    }

    /**
     * Replaces the client's id wherever a step of a finished run kept it (its context, its exit
     * message), and counts (or, on a dry run, only counts) the steps that did.
     */
    public void forget(String clientId, Removal removal) {
        long steps = 0;
        for (JobInstance instance : repository.findJobInstances(jobName)) {
            for (JobExecution run : repository.getJobExecutions(instance)) {
                for (StepExecution step : run.getStepExecutions()) {
                    boolean inContext = scrub(step.getExecutionContext(), clientId);
                    ExitStatus exit = step.getExitStatus();
                    boolean inExit = exit.getExitDescription() != null && exit.getExitDescription().contains(clientId);
                    if (!inContext && !inExit) {
                        continue;
                    }
                    steps++;
                    if (removal.dryRun()) {
                        continue;
                    }
                    if (inExit) {
                        step.setExitStatus(new ExitStatus(exit.getExitCode(),
                                exit.getExitDescription().replace(clientId, FORGOTTEN)));
                        repository.update(step);
                    }
                    repository.updateExecutionContext(step);
                }
            }
        }
        removal.rows("job repository: step executions naming the client", steps);
    }

    /** Replaces every value of the context equal to the client's id; whether there was one. */
    private static boolean scrub(ExecutionContext context, String clientId) {
        List<String> keys = context.entrySet().stream()
                .filter(e -> clientId.equals(e.getValue())).map(Map.Entry::getKey).toList();
        keys.forEach(key -> context.putString(key, FORGOTTEN));
        return !keys.isEmpty();
    }
}
