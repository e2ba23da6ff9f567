package hnsim.cli;

import hnsim.scenario.ScenarioException;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Maps failures to exit codes and one clear message: 2 for bad input (scenario problems,
 * unusable options or paths), 1 for a run that failed. Stack traces only with --debug.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {
    static final int BAD_INPUT = 2;
    static final int FAILED = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        if (e instanceof ExitCodeException code) {
            return code.code();
        }
        PrintWriter err = cl.getErr();
        boolean debug = parsed.hasMatchedOption("--debug")
                || (parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--debug"));
        int code = report(e, err);
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    static int report(Exception e, PrintWriter err) {
        if (e instanceof ScenarioException se) {
            long errors = ProblemList.errors(se.problems());
            err.println("hnsim: the scenario has " + errors + (errors == 1 ? " error:" : " errors:"));
            ProblemList.print(se.problems(), err);
            return BAD_INPUT;
        }
        if (e instanceof BadInputException || e instanceof IllegalArgumentException) {
            err.println("hnsim: " + e.getMessage());
            return BAD_INPUT;
        }
        if (e instanceof InterruptedException) {
            err.println("hnsim: interrupted; no output was written");
            return FAILED;
        }
        if (e.getCause() instanceof OutOfMemoryError) {
            err.println("hnsim: out of memory; run fewer trajectories or give Java more memory (JAVA_OPTS=-Xmx8g)");
            return FAILED;
        }
        err.println("hnsim: the run failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                + " (run again with --debug for details)");
        return FAILED;
    }

    /** Usage errors (unknown option, bad number) are bad input: exit 2 with the usage hint. */
    static final class UsageHandler implements CommandLine.IParameterExceptionHandler {
        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) {
            CommandLine cl = ex.getCommandLine();
            cl.getErr().println("hnsim: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, cl.getErr());
            cl.getErr().println("Run '" + cl.getCommandSpec().qualifiedName() + " --help' for usage.");
            cl.getErr().flush();
            return BAD_INPUT;
        }
    }
}
