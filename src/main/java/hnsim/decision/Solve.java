package hnsim.decision;

import hnsim.kernel.RunSettings;
import java.util.List;

/** {@code hnsim solve}: goal seek of one parameter for a target, each evaluation a run of the base on common random numbers. */
public final class Solve {
    private Solve() {
    }

    public static Solution run(Variants variants, Parameter parameter, Target target, RunSettings settings,
                               VariantRunner runner) throws Exception {
        // Checks the ends of the range and the target's year before any long work.
        for (double end : List.of(parameter.from(), parameter.to())) {
            variants.baseOnly(List.of(parameter.at(end)));
        }
        List<String> years = yearLabels(variants);
        int year = years.indexOf(target.year());
        if (year < 0) {
            throw new IllegalArgumentException("--target: the scenario models " + String.join(", ", years)
                    + "; there is no " + target.year());
        }
        GoalSeek seek = new GoalSeek(parameter, target, value -> {
            double[][] column = new double[1][];
            runner.run(List.of(variants.baseOnly(List.of(parameter.at(value)))), settings, List.of(),
                    (v, result) -> column[0] = result.values(0, target.metric(), year));
            return column[0];
        });
        return seek.solve();
    }

    static List<String> yearLabels(Variants variants) {
        var base = variants.with(List.of()).base();
        return java.util.stream.IntStream.range(0, base.years()).mapToObj(t -> base.year(t).toString()).toList();
    }
}
