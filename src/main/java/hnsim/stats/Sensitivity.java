package hnsim.stats;

import hnsim.kernel.Kernel;
import hnsim.kernel.RunSettings;
import hnsim.model.InputCatalogue;
import hnsim.model.Metric;
import hnsim.scenario.Scenario;
import java.util.List;

/**
 * Which inputs drive the spread of the final-year cumulative deficit of a scenario: replays
 * the first trajectories of the run (the same draws) and ranks the inputs with
 * {@link SensitivityAnalysis}.
 */
public final class Sensitivity {
    /** Trajectories replayed: enough for rank coefficients to two decimals, quick for any scenario. */
    public static final int MAX_TRAJECTORIES = 20_000;
    private static final int MIN_TRAJECTORIES = 100;

    private Sensitivity() {
    }

    /** The drivers, largest share first; empty for runs too small to say. */
    public static List<Driver> of(Scenario scenario, RunSettings settings) {
        int n = Math.min(settings.trajectories(), MAX_TRAJECTORIES);
        if (settings.deterministic() || n < MIN_TRAJECTORIES) {
            return List.of();
        }
        InputFeatures features = new InputFeatures(InputCatalogue.of(scenario));
        double[][] rows = new double[n][];
        double[] outcome = new double[n];
        int last = scenario.years() - 1;
        Kernel.replay(scenario, settings, n, (i, inputs, metrics) -> {
            rows[(int) i] = features.row(inputs);
            outcome[(int) i] = metrics[last][Metric.CUMULATIVE_DEFICIT.ordinal()];
        });
        return SensitivityAnalysis.compute(features.names(), rows, outcome);
    }
}
