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
                               long wallTimeMillis) {
    public SimulationResult {
        optionNames = List.copyOf(optionNames);
        years = List.copyOf(years);
    }

    /** The stored trajectories, absent when the run used sketches. */
    public Optional<TrajectoryStore> store() {
        return Optional.ofNullable(storeOrNull);
    }
}
