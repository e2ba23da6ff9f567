package hnsim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code hnsim} command and its subcommands. */
@Command(name = "hnsim", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Monte Carlo scenario engine for the High Needs Block of the Dedicated Schools Grant.",
        subcommands = {RunCommand.class, MergeCommand.class, SweepCommand.class, SolveCommand.class,
                SensitivityCommand.class, BacktestCommand.class, ValidateCommand.class, SchemaCommand.class,
                InitCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // Runs draw charts off screen; without this AWT fails on a machine with no display.
        System.setProperty("java.awt.headless", "true");
        int code;
        try {
            code = execute(args);
        } catch (OutOfMemoryError e) {
            // Out of memory outside a command, or again while saying so: still one line, no
            // trace, from bytes made at start-up.
            System.err.write(Failures.OUT_OF_MEMORY_LINE, 0, Failures.OUT_OF_MEMORY_LINE.length);
            System.err.flush();
            code = Failures.FAILED;
        }
        System.exit(code);
    }

    /** Runs the command line and returns the exit code; used by tests. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new Failures());
        cl.setParameterExceptionHandler(new Failures.UsageHandler());
        cl.setExecutionStrategy(new Failures.OutOfMemoryGuard());
        return cl;
    }

    @Override
    public void run() {
        // "hnsim" alone: run the default scenario, the quick start's promise.
        CommandLine run = spec.commandLine().getSubcommands().get("run");
        int code = run.execute();
        if (code != 0) {
            throw new CommandLine.ExecutionException(run, "", new ExitCodeException(code));
        }
    }
}
