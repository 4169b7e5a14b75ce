package io.taxrecon.batch.ingest;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.core.task.TaskExecutor;

/**
 * Runs the ingest partitions largest file first. The framework hands partitions out in no
 * particular order; when the largest file happens to start last, one thread loads it alone
 * while the others idle, and the night waits for it. Largest first, the small files fill the
 * gaps beside it.
 */
public final class LargestFilesFirst extends TaskExecutorPartitionHandler {

    public LargestFilesFirst(Step step, TaskExecutor taskExecutor, int threads) {
        setStep(step);
        setTaskExecutor(taskExecutor);
        setGridSize(threads);
    }

    @Override
    protected Set<StepExecution> doHandle(StepExecution managerStepExecution, Set<StepExecution> partitions)
            throws Exception {
        Set<StepExecution> ordered = new LinkedHashSet<>();
        partitions.stream()
                .sorted(Comparator.comparingLong(
                        (StepExecution p) -> p.getExecutionContext().getLong(NewInboxFiles.BYTES, 0)).reversed()
                        .thenComparing(StepExecution::getStepName))
                .forEach(ordered::add);
        return super.doHandle(managerStepExecution, ordered);
    }
}
