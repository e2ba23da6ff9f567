package hnsim.engine;

import hnsim.kernel.Kernel;
import hnsim.kernel.Workers;
import hnsim.model.MetricLayout;
import hnsim.scenario.Scenario;
import hnsim.scenario.ScenarioFile;
import hnsim.stats.AggregateLayout;
import hnsim.stats.ExactAggregates;
import hnsim.stats.Driver;
import hnsim.stats.PrecisionTarget;
import hnsim.stats.QuantileMethod;
import hnsim.stats.RunAggregates;
import hnsim.stats.RunStatistics;
import hnsim.stats.Sensitivity;
import hnsim.stats.SimulationResult;
import hnsim.stats.Summariser;
import hnsim.stats.Unmitigated;
import hnsim.stats.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.LongConsumer;

/**
 * Runs scenario files: a run is {@link #simulate} (a pure function of scenario, seed and
 * trajectory range into {@link RunAggregates}) followed by {@link #summarise}; {@link #run} does
 * both for [0, N), {@link #runToPrecision} grows the range round by round until the precision
 * target is met.
 */
public final class Engine {
    /** Share of the heap the values of an exact run may take before runs switch to sketches. */
    public static final double EXACT_HEAP_SHARE = 0.4;

    private Engine() {
    }

    /**
     * The layout of a file's aggregates: its options, the kernel's metrics, its years and its
     * thresholds followed by {@code extraThresholdsGbp} not already among them.
     */
    public static AggregateLayout layout(ScenarioFile file, List<Double> extraThresholdsGbp) {
        Scenario base = file.base();
        List<String> years = new ArrayList<>();
        for (int t = 0; t < base.years(); t++) {
            years.add(base.year(t).toString());
        }
        List<Double> thresholds = new ArrayList<>(base.thresholdsGbp());
        for (double t : extraThresholdsGbp) {
            if (!thresholds.contains(t)) {
                thresholds.add(t);
            }
        }
        // The model's per-scenario layout over every simulated scenario (core metrics first, then
        // placements.<type>, gross_cost.<type>, savings.<id> and the rule metrics): the kernel
        // writes its rows in this order, one layout for the whole run.
        List<String> metrics = MetricLayout.of(scenarios(file)).names();
        // The unmitigated base (no savings, same draws) runs last, for the workbook's unmitigated
        // block; SimulationResult.of splits it off so no other output lists it.
        List<String> options = new ArrayList<>(file.allOptions().keySet());
        options.add(Unmitigated.VARIANT);
        return new AggregateLayout(options, metrics, years,
                thresholds.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * The statistics method of a request: as asked, else exact when every value of the whole run
     * (8 bytes each, {@link #exactBytesNeeded}) takes at most {@link #EXACT_HEAP_SHARE} of the
     * heap, else sketches.
     */
    public static QuantileMethod method(ScenarioFile file, RunRequest request) {
        if (request.methodOrNull() != null) {
            return request.methodOrNull();
        }
        if (request.deterministic()) {
            return QuantileMethod.EXACT;
        }
        return QuantileMethod.choose(exactBytesNeeded(file, request, request.trajectories()), EXACT_HEAP_SHARE);
    }

    /**
     * The bytes exact statistics of {@code trajectories} of a run take: 8 a value of every column
     * the run keeps, a column two options share (the pupils and costs of an option of other
     * finances, say) counted once.
     */
    public static long exactBytesNeeded(ScenarioFile file, RunRequest request, long trajectories) {
        return ExactAggregates.bytesNeeded(layout(file, request.extraThresholdsGbp()), Kernel.sameValues(scenarios(file)),
                trajectories);
    }

    /**
     * Simulates trajectories [from, to) of a run of {@code request.trajectories()} and returns
     * their aggregates. Trajectory i's draws depend only on (seed, i), so the aggregates of ranges
     * that cover [0, N) merge into those of the whole run.
     *
     * @param progress called with the number of trajectories of the range finished so far
     */
    public static RunAggregates simulate(ScenarioFile file, RunRequest request, QuantileMethod method, long from,
                                         long to, LongConsumer progress) throws InterruptedException {
        List<Scenario> scenarios = scenarios(file);
        // The unmitigated base's pupils, costs and grant are its base's: one column for both.
        RunAggregates.Collector collector = RunAggregates.collector(layout(file, request.extraThresholdsGbp()),
                method, from, to, Kernel.sameValues(scenarios), request.threads());
        Kernel.run(scenarios, request.settings(), from, to, collector, progress);
        return collector.finish();
    }

    /** The scenarios a run simulates, in layout order: the options, then the unmitigated base. */
    static List<Scenario> scenarios(ScenarioFile file) {
        List<Scenario> scenarios = new ArrayList<>(file.allOptions().values());
        scenarios.add(Unmitigated.of(file.base()));
        return scenarios;
    }

    /** The tables of aggregates of [0, N), with the drivers of the spread (replayed from the first trajectories). */
    public static SimulationResult summarise(ScenarioFile file, RunRequest request, RunAggregates aggregates,
                                             long wallTimeMillis) throws InterruptedException {
        if (aggregates.from() != 0 || aggregates.count() != request.trajectories()) {
            throw new IllegalArgumentException("the aggregates of [" + aggregates.from() + ", " + aggregates.to()
                    + ") are not a whole run of " + request.trajectories());
        }
        // The drivers (a replay of the first trajectories and a regression, on one thread) run
        // beside the statistics when the run has more than one thread, rather than after them.
        long[] sensitivityMillis = new long[1];
        FutureTask<List<Driver>> drivers = new FutureTask<>(() -> {
            long begin = System.nanoTime();
            List<Driver> found = Sensitivity.of(file.base(), request.settings());
            sensitivityMillis[0] = millisSince(begin);
            return found;
        });
        Thread beside = null;
        if (request.threads() > 1) {
            beside = new Thread(drivers, "hnsim-drivers");
            beside.setDaemon(true);
            beside.start();
        }
        long start = System.nanoTime();
        RunStatistics statistics = Summariser.summarise(aggregates, request.threads());
        long statisticsMillis = millisSince(start);
        if (beside == null) {
            drivers.run();
        }
        List<Driver> found;
        try {
            found = drivers.get();
        } catch (ExecutionException e) {
            Workers.throwIfUnchecked(e.getCause());
            throw new IllegalStateException("the drivers failed: " + e.getCause(), e.getCause());
        }
        return SimulationResult.of(file, aggregates, statistics, found, wallTimeMillis,
                new SimulationResult.Timings(0, statisticsMillis, sensitivityMillis[0]));
    }

    /** Runs trajectories [0, N) of every option and summarises them. */
    public static SimulationResult run(ScenarioFile file, RunRequest request, LongConsumer progress)
            throws InterruptedException {
        long start = System.nanoTime();
        RunAggregates aggregates = simulate(file, request, method(file, request), 0, request.trajectories(), progress);
        long simulation = millisSince(start);
        SimulationResult result = summarise(file, request, aggregates, 0);
        return result.withWallTime(millisSince(start)).withTimings(result.timings().plusSimulation(simulation));
    }

    /**
     * Runs N = {@code request.trajectories()}, then continues with the next N, 2N, ... trajectories,
     * merging each round into the last, until the target is met or
     * {@code target.maxTrajectories()} is reached. Only the watched columns are summarised between
     * rounds. The result equals a plain run of the final size: exact while every value fits
     * ({@link #method}), and converted to sketches, as a plain run of that size would use, once
     * they would not.
     */
    public static SimulationResult runToPrecision(ScenarioFile file, RunRequest request, PrecisionTarget target,
                                                  LongConsumer progress) throws InterruptedException {
        long start = System.nanoTime();
        int n = request.trajectories();
        RunRequest round = request.withTrajectories(n);
        RunAggregates aggregates = simulate(file, round, method(file, round), 0, n, progress);
        long simulation = millisSince(start);
        int rounds = 1;
        while (true) {
            double widest = widestHalfWidth(aggregates);
            boolean met = widest <= target.toleranceGbp();
            if (met || n >= target.maxTrajectories()) {
                SimulationResult result = summarise(file, round, aggregates, 0);
                result = result.withTimings(result.timings().plusSimulation(simulation));
                return result.withPrecision(new PrecisionTarget.Outcome(target.toleranceGbp(), widest, n, rounds, met),
                        millisSince(start));
            }
            int next = (int) Math.min(target.maxTrajectories(), 2L * n);
            RunRequest grown = request.withTrajectories(next);
            QuantileMethod method = method(file, grown);
            if (method != aggregates.method()) {
                aggregates = ((hnsim.stats.ExactAggregates) aggregates).toSketch();
            }
            long done = n;
            long roundStart = System.nanoTime();
            RunAggregates more = simulate(file, grown, method, n, next, d -> progress.accept(done + d));
            simulation += millisSince(roundStart);
            aggregates = aggregates.merge(more);
            n = next;
            round = grown;
            rounds++;
        }
    }

    /** The widest 95% half-width of the final-year P50 and P90 cumulative deficit among the options. */
    static double widestHalfWidth(RunAggregates aggregates) {
        AggregateLayout layout = aggregates.layout();
        String finalYear = layout.years().get(layout.years().size() - 1);
        double widest = 0;
        for (String option : layout.options()) {
            if (option.equals(Unmitigated.VARIANT)) {
                continue;  // internal to the workbook; the rule is about the options the user sees
            }
            Summary s = Summariser.summary(aggregates, option, AggregateLayout.CUMULATIVE_DEFICIT, finalYear);
            widest = Math.max(widest, Math.max(s.percentileCi(50).halfWidth(), s.percentileCi(90).halfWidth()));
        }
        return widest;
    }

    /**
     * The sensitivity study of a run's base ({@code run --sensitivity}): its design's A matrix is
     * the run's first N trajectories (the study's rows are plain Monte Carlo whatever the run's
     * sampling), and its numbers depend on the seed and N only, never on the thread count.
     */
    public static hnsim.sensitivity.StudyResult study(ScenarioFile file, hnsim.sensitivity.StudySettings settings,
                                                      LongConsumer progress) throws InterruptedException {
        return hnsim.sensitivity.SensitivityStudy.run(hnsim.model.InputCatalogue.of(file.base()), settings, progress);
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
