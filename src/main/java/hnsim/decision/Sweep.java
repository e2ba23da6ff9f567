package hnsim.decision;

import hnsim.kernel.RunSettings;
import hnsim.scenario.ScenarioFile;
import hnsim.scenario.ScenarioOverride;
import hnsim.stats.SimulationResult;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code hnsim sweep}: every option of the scenario at each value of one parameter (or each
 * pair of values of two, a grid), all on the same seed and N, so that the change from one
 * value to the next is the value's own effect.
 *
 * @param second the second parameter of a grid, or null
 */
public record Sweep(Parameter first, Parameter second, List<String> years, List<SweepPoint> points) {
    public Sweep {
        points = List.copyOf(points);
    }

    /**
     * Runs the sweep.
     *
     * @param fan draws the fan chart of one point's run (an SVG element), so the report can show it
     * @param progress told the index of each point as it finishes
     */
    public static Sweep run(Variants variants, Parameter first, Parameter second, RunSettings settings,
                            List<Double> thresholdsGbp, VariantRunner runner,
                            java.util.function.BiFunction<Integer, SimulationResult, String> fan,
                            java.util.function.IntConsumer progress) throws Exception {
        List<double[]> values = new ArrayList<>();
        for (double v : first.values()) {
            if (second == null) {
                values.add(new double[] {v, Double.NaN});
            } else {
                for (double w : second.values()) {
                    values.add(new double[] {v, w});
                }
            }
        }
        // Every variant is built (and so checked) before the first run: a bad value fails at once.
        List<ScenarioFile> files = new ArrayList<>();
        for (double[] v : values) {
            List<ScenarioOverride> set = new ArrayList<>(List.of(first.at(v[0])));
            if (second != null) {
                set.add(second.at(v[1]));
            }
            files.add(variants.with(set));
        }
        List<SweepPoint> points = new ArrayList<>();
        List<String> years = new ArrayList<>();
        runner.run(files, settings, thresholdsGbp, (i, result) -> {
            if (years.isEmpty()) {
                years.addAll(result.years());
            }
            points.add(new SweepPoint(values.get(i)[0], values.get(i)[1], result.optionNames(), result.statistics(),
                    fan.apply(i, result)));
            progress.accept(i);
        });
        return new Sweep(first, second, years, points);
    }

}
