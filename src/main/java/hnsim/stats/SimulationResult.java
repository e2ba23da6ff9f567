package hnsim.stats;

import hnsim.kernel.TrajectoryStore;
import hnsim.scenario.ScenarioFile;
import java.util.List;
import java.util.Optional;

/**
 * A finished run: the scenario file, its statistics, the inputs that drive the base's
 * final-year cumulative deficit ({@code drivers}, empty for deterministic runs) and, for runs small enough to keep them
 * (quantile method {@link QuantileMethod#EXACT}), every stored trajectory. {@code unmitigated} holds
 * the statistics of the base with no savings, on the same draws ({@link Unmitigated}), for the
 * workbook's unmitigated block; no other output lists it.
 */
public record SimulationResult(ScenarioFile scenarioFile, List<String> optionNames, List<String> years,
                               TrajectoryStore storeOrNull, ValueSample sample, RunStatistics statistics,
                               List<Summary> unmitigated, List<Driver> drivers, QuantileMethod quantileMethod,
                               PrecisionTarget.Outcome precisionOrNull, long wallTimeMillis) {
    public SimulationResult {
        optionNames = List.copyOf(optionNames);
        years = List.copyOf(years);
        drivers = List.copyOf(drivers);
        unmitigated = List.copyOf(unmitigated);
    }

    /** A run without the unmitigated variant (variant runs of sweeps and goal seek need none). */
    public SimulationResult(ScenarioFile scenarioFile, List<String> optionNames, List<String> years,
                            TrajectoryStore storeOrNull, ValueSample sample, RunStatistics statistics,
                            List<Driver> drivers, QuantileMethod quantileMethod,
                            PrecisionTarget.Outcome precisionOrNull, long wallTimeMillis) {
        this(scenarioFile, optionNames, years, storeOrNull, sample, statistics, List.of(), drivers, quantileMethod,
                precisionOrNull, wallTimeMillis);
    }

    SimulationResult withPrecision(PrecisionTarget.Outcome outcome, long totalMillis) {
        return new SimulationResult(scenarioFile, optionNames, years, storeOrNull, sample, statistics, unmitigated, drivers,
                quantileMethod, outcome, totalMillis);
    }

    public int trajectories() {
        return (int) statistics.summaries().get(0).count();
    }

    /** How the --precision rule ended, absent for runs of a fixed size. */
    public Optional<PrecisionTarget.Outcome> precision() {
        return Optional.ofNullable(precisionOrNull);
    }

    /**
     * Values of one option, metric and year for drawing distributions (histograms, exceedance
     * curves): every trajectory's value in an exact run, an evenly spaced quantile sample of
     * the sketch in a streaming run.
     */
    public double[] values(int option, hnsim.model.Metric metric, int year) {
        return sample.values(option, metric, year);
    }

    /** The source of {@link #values}. */
    public interface ValueSample {
        double[] values(int option, hnsim.model.Metric metric, int year);
    }

    /** The stored trajectories, absent when the run used sketches. */
    public Optional<TrajectoryStore> store() {
        return Optional.ofNullable(storeOrNull);
    }
}
