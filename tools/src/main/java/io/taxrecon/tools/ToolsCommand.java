package io.taxrecon.tools;

import io.taxrecon.sampledata.SampleInboxGenerator;
import io.taxrecon.tools.bench.BenchCommand;
import java.time.LocalDate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code ./reconcile generate} and {@code ./reconcile bench}: the developer's tools, kept out of the
 * product's jar so that the nightly job never carries the generator. The {@code reconcile} script
 * runs this jar for those two subcommands and the product's jar for everything else.
 */
@Command(name = "reconcile", mixinStandardHelpOptions = true, version = "taxrecon 0.1.0",
        subcommands = {SampleInboxGenerator.class, BenchCommand.class},
        description = "Tools beside the nightly job: generate a firm of sample data, or measure the job.")
public final class ToolsCommand implements Runnable {

    static final int FAILED = 1;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code (no System.exit: tests call this). */
    public static int execute(String... args) {
        CommandLine commandLine = new CommandLine(new ToolsCommand());
        commandLine.registerConverter(LocalDate.class, LocalDate::parse);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("reconcile " + cmd.getCommandName() + ": " + e.getMessage());
            return FAILED;
        });
        return commandLine.execute(args);
    }

    /** Without a subcommand there is nothing to do: a usage error (exit 2) that lists them. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a tool: generate or bench");
    }
}
