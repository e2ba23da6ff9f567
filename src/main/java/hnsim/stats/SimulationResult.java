package hnsim.stats;

import hnsim.kernel.TrajectoryStore;
import hnsim.scenario.ScenarioFile;
import java.util.List;
import java.util.Optional;

/**
 * A finished run: the scenario file, its statistics and, for runs small enough to keep them
 * (quantile method {@link QuantileMethod#EXACT}), every stored trajectory.
 */
public record SimulationResult(ScenarioFile scenarioFile, List<String> optionNames, List<String> years,
                               TrajectoryStore storeOrNull, RunStatistics statistics, QuantileMethod quantileMethod,
                               PrecisionTarget.Outcome precisionOrNull, long wallTimeMillis) {
    public SimulationResult {
        optionNames = List.copyOf(optionNames);
        years = List.copyOf(years);
    }

    SimulationResult withPrecision(PrecisionTarget.Outcome outcome, long totalMillis) {
        return new SimulationResult(scenarioFile, optionNames, years, storeOrNull, statistics, quantileMethod, outcome,
                totalMillis);
    }

    public int trajectories() {
        return (int) statistics.summaries().get(0).count();
    }

    /** How the --precision rule ended, absent for runs of a fixed size. */
    public Optional<PrecisionTarget.Outcome> precision() {
        return Optional.ofNullable(precisionOrNull);
    }

    /** The stored trajectories, absent when the run used sketches. */
    public Optional<TrajectoryStore> store() {
        return Optional.ofNullable(storeOrNull);
    }
}
