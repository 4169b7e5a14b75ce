package io.taxrecon.batch.cli;

import io.taxrecon.batch.retention.Forget;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ./reconcile forget --client ID [--dry-run]}: removes one client (one who left, or who asked
 * to be deleted) from every night: store, job repository, workbooks, letters, CSVs, firm summaries
 * and the worklist.
 */
@Command(name = "forget", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Removes one client from every night: their rows in the staging store, their workbooks and "
                + "letters, their rows in findings.csv, penalties.csv and rejects.csv, the firm summaries and the "
                + "worklist (rewritten without them).",
                "The firm's inbox is not touched. Refused while a run holds the store. Try it with --dry-run first."})
public final class ForgetCommand implements Callable<Integer> {

    @ParentCommand
    ReconcileCommand reconcile;

    @Option(names = "--client", required = true, paramLabel = "ID", description = "The client_id to remove.")
    String clientId;

    @Option(names = "--dry-run", description = "Show what would be removed, and remove nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        return DisposalRun.run(reconcile, "forget", (context, out) -> {
            Forget forget = context.getBean(Forget.class);
            List<LocalDate> unfinished = forget.unfinishedNights();
            if (!unfinished.isEmpty() && !dryRun) {
                System.err.println("reconcile forget: the run of " + unfinished.get(0) + " has not finished, and "
                        + "resumes with the clients it started with; nothing was removed. Finish it (run the same "
                        + "command again) or purge it, then forget the client.");
                return null;
            }
            return forget.client(clientId, out, dryRun, System.out);
        });
    }
}
