package hnsim.cli;

import hnsim.scenario.Problem;
import hnsim.scenario.ScenarioException;
import hnsim.scenario.ScenarioFile;
import hnsim.scenario.ScenarioLoader;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code hnsim validate SCENARIO...}: loads each file without running it and reports every
 * problem with its place. Exit 0 when every file is valid (warnings allowed), 2 otherwise.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check scenario files without running them: every error and warning, with file:line:column.")
public final class ValidateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "scenario files to check")
    List<String> files;

    @Mixin
    DebugOption debug = new DebugOption();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean allValid = true;
        for (String name : files) {
            allValid &= validate(name, out, err);
        }
        out.flush();
        err.flush();
        return allValid ? 0 : Failures.BAD_INPUT;
    }

    private static boolean validate(String name, PrintWriter out, PrintWriter err) {
        try {
            ScenarioFile file = ScenarioLoader.load(Launcher.resolve(name));
            out.println(name + ": OK (" + ProblemList.plural(file.options().size(), "option") + ", "
                    + ProblemList.plural(file.warnings().size(), "warning") + ")");
            ProblemList.print(file.warnings(), out);
            return true;
        } catch (ScenarioException e) {
            List<Problem> problems = e.problems();
            err.println(name + ": " + ProblemList.plural(ProblemList.errors(problems), "error") + ", "
                    + ProblemList.plural(ProblemList.warnings(problems), "warning"));
            ProblemList.print(problems, err);
            return false;
        }
    }
}
