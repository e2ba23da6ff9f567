package hnsim.stats;

import hnsim.scenario.ScenarioFile;
import java.util.List;
import java.util.Optional;

/**
 * A finished run, summarised: the scenario file, the aggregates of its trajectories, the tables
 * every output reads, the inputs that drive the base's final-year cumulative deficit
 * ({@code drivers}, empty for deterministic runs), how the --precision rule ended (or null) and
 * the wall time.
 */
public record SimulationResult(ScenarioFile scenarioFile, List<String> optionNames, List<String> years,
                               RunAggregates aggregates, RunStatistics statistics, List<Summary> unmitigated,
                               List<Driver> drivers, PrecisionTarget.Outcome precisionOrNull, long wallTimeMillis,
                               Timings timings) {
    /**
     * A summarised run whose aggregates may hold the internal unmitigated variant (last, see
     * {@link Unmitigated}): its statistics are split off into {@code unmitigated}, so every
     * other output sees the options alone.
     */
    public static SimulationResult of(ScenarioFile file, RunAggregates aggregates, RunStatistics all,
                                      List<Driver> drivers, long wallTimeMillis, Timings timings) {
        List<String> options = aggregates.layout().options().stream()
                .filter(o -> !o.equals(Unmitigated.VARIANT)).toList();
        return new SimulationResult(file, options, aggregates.layout().years(), aggregates, Unmitigated.without(all),
                Unmitigated.of(all), drivers, null, wallTimeMillis, timings);
    }

    /**
     * Where a run's time went, in milliseconds: simulating trajectories (all rounds of a
     * precision run), the statistics tables, and the replay that ranks the drivers.
     */
    public record Timings(long simulationMillis, long statisticsMillis, long sensitivityMillis) {
        public Timings plusSimulation(long millis) {
            return new Timings(simulationMillis + millis, statisticsMillis, sensitivityMillis);
        }
    }

    public SimulationResult {
        optionNames = List.copyOf(optionNames);
        years = List.copyOf(years);
        drivers = List.copyOf(drivers);
        unmitigated = List.copyOf(unmitigated);
    }

    public SimulationResult withPrecision(PrecisionTarget.Outcome outcome, long totalMillis) {
        return new SimulationResult(scenarioFile, optionNames, years, aggregates, statistics, unmitigated, drivers, outcome,
                totalMillis, timings);
    }

    public SimulationResult withWallTime(long millis) {
        return new SimulationResult(scenarioFile, optionNames, years, aggregates, statistics, unmitigated, drivers,
                precisionOrNull, millis, timings);
    }

    public SimulationResult withTimings(Timings t) {
        return new SimulationResult(scenarioFile, optionNames, years, aggregates, statistics, unmitigated, drivers,
                precisionOrNull, wallTimeMillis, t);
    }

    public QuantileMethod quantileMethod() {
        return aggregates.method();
    }

    public int trajectories() {
        return Math.toIntExact(aggregates.count());
    }

    /** How the --precision rule ended, absent for runs of a fixed size. */
    public Optional<PrecisionTarget.Outcome> precision() {
        return Optional.ofNullable(precisionOrNull);
    }

    /**
     * Values of one option, metric and year for drawing distributions (histograms, exceedance
     * curves): every trajectory's value in an exact run, an evenly spaced quantile sample of
     * the sketch in a sketch run.
     */
    public double[] values(int option, hnsim.model.Metric metric, int year) {
        return Summariser.values(aggregates, option, aggregates.layout().metricIndex(metric.key()), year);
    }

    /** Every value of the run, absent when the run used sketches. */
    public Optional<ExactAggregates> exact() {
        return aggregates instanceof ExactAggregates e ? Optional.of(e) : Optional.empty();
    }
}
