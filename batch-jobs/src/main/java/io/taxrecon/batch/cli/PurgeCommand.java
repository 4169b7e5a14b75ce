package io.taxrecon.batch.cli;

import io.taxrecon.batch.retention.Purge;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ./reconcile purge --before YYYY-MM-DD [--dry-run]}: removes the nights before a date from
 * the output folder, the staging store and the job repository, and says what it removed.
 */
@Command(name = "purge", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Removes the nights before a date: their OUT/RUN-DATE folders, what the store concluded on them, "
                + "the staged rows of files no later night uses, and their runs in the job repository.",
                "Keeps the latest completed night, the reviewer's entries and the worklist. Refused while a run holds "
                        + "the store. Try it with --dry-run first."})
public final class PurgeCommand implements Callable<Integer> {

    @ParentCommand
    ReconcileCommand reconcile;

    @Option(names = "--before", required = true, paramLabel = "YYYY-MM-DD",
            description = "Remove the nights whose run date is before this date.")
    LocalDate before;

    @Option(names = "--dry-run", description = "Show what would be removed, and remove nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        return DisposalRun.run(reconcile, "purge",
                (context, out) -> context.getBean(Purge.class).nightsBefore(before, out, dryRun));
    }
}
