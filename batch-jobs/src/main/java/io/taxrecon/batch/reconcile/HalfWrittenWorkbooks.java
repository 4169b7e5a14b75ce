package io.taxrecon.batch.reconcile;

import io.taxrecon.batch.outputs.RunFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** A run killed while writing a workbook left its temporary file: the restart clears it first. */
public final class HalfWrittenWorkbooks implements StepExecutionListener {

    private final RunFolder runFolder;

    public HalfWrittenWorkbooks(RunFolder runFolder) {
        this.runFolder = runFolder;
    }

    @Override
    public void beforeStep(StepExecution step) {
        try {
            runFolder.removeHalfWrittenWorkbooks();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
