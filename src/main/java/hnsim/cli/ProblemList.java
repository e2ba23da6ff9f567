package hnsim.cli;

import hnsim.scenario.Problem;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;

/** Prints a file's problems in file order, one a line, and at most {@value #MAX_SHOWN} of them. */
final class ProblemList {
    static final int MAX_SHOWN = 50;

    private ProblemList() {
    }

    static long errors(List<Problem> problems) {
        return problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
    }

    static long warnings(List<Problem> problems) {
        return problems.size() - errors(problems);
    }

    static void print(List<Problem> problems, PrintWriter out) {
        List<Problem> sorted = problems.stream()
                .sorted(Comparator.comparingInt((Problem p) -> p.location().line()).thenComparingInt(p -> p.location().column()))
                .toList();
        sorted.stream().limit(MAX_SHOWN).forEach(p -> out.println("  " + p));
        if (sorted.size() > MAX_SHOWN) {
            out.println("  ... and " + (sorted.size() - MAX_SHOWN) + " more; fix these first");
        }
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
