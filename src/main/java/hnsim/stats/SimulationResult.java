package hnsim.stats;

import hnsim.kernel.TrajectoryStore;
import hnsim.scenario.ScenarioFile;
import java.util.List;

/** A finished run: the scenario file, the stored trajectories, and their statistics. */
public record SimulationResult(ScenarioFile scenarioFile, List<String> optionNames, List<String> years,
                               TrajectoryStore store, RunStatistics statistics, long wallTimeMillis) {
    public SimulationResult {
        optionNames = List.copyOf(optionNames);
        years = List.copyOf(years);
    }
}
