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
        // First: out of memory can surface wrapped in anything, even an IllegalArgumentException
        // ("Self-suppression not permitted" when a close() fails with the same preallocated error).
        if (causedByOutOfMemory(e)) {
            err.println(OUT_OF_MEMORY);
            return FAILED;
        }
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
        err.println("hnsim: the run failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                + " (run again with --debug for details)");
        return FAILED;
    }

    private static boolean causedByOutOfMemory(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /**
     * The one line printed when Java runs out of heap: how much it had and how to give it more.
     * (Runs too large to keep every trajectory already switch to sketches by themselves, so the
     * heap is what the user can change.) Made when hnsim starts, as there may be no memory to
     * make it when it is needed; the bytes are for the last resort in {@link Main#main}.
     */
    static final String OUT_OF_MEMORY = outOfMemoryHint(Runtime.getRuntime().maxMemory());
    static final byte[] OUT_OF_MEMORY_LINE = (OUT_OF_MEMORY + System.lineSeparator()).getBytes(
            java.nio.charset.StandardCharsets.UTF_8);

    static String outOfMemoryHint(long maxHeapBytes) {
        long mb = maxHeapBytes >> 20;
        long suggestMb = Math.max(2048, Long.highestOneBit(Math.max(1, mb)) * 4);
        String suggest = suggestMb % 1024 == 0 ? (suggestMb / 1024) + "g" : suggestMb + "m";
        return "hnsim: out of memory: Java had " + mb + " MB of heap; give it more, e.g. JAVA_OPTS=-Xmx" + suggest
                + " ./hnsim run ... (or run fewer trajectories); --debug shows where it ran out";
    }

    /**
     * Runs the parsed command, turning running out of memory (an {@link Error}, which picocli
     * lets through) into the one-line hint and exit code 1; the trace only with --debug.
     */
    static final class OutOfMemoryGuard implements CommandLine.IExecutionStrategy {
        private final CommandLine.IExecutionStrategy inner = new CommandLine.RunLast();

        @Override
        public int execute(CommandLine.ParseResult parsed) {
            try {
                return inner.execute(parsed);
            } catch (OutOfMemoryError e) {
                CommandLine.ParseResult last = parsed;
                boolean debug = parsed.hasMatchedOption("--debug");
                while (last.subcommand() != null) {
                    last = last.subcommand();
                    debug |= last.hasMatchedOption("--debug");
                }
                PrintWriter err = last.commandSpec().commandLine().getErr();
                err.println(OUT_OF_MEMORY);
                err.flush();
                if (debug) {
                    try {
                        e.printStackTrace(err); // may be bare: Java throws a preallocated error when memory is gone
                        err.flush();
                    } catch (OutOfMemoryError again) {
                        // The hint is out; the trace cannot be.
                    }
                }
                return FAILED;
            }
        }
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
