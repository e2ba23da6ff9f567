package hnsim.stats;

import hnsim.kernel.Kernel;
import hnsim.kernel.RunSettings;
import hnsim.kernel.TrajectoryStore;
import hnsim.model.MetricLayout;
import hnsim.scenario.Scenario;
import hnsim.scenario.ScenarioFile;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/** Runs every option of a scenario file through the kernel and summarises the trajectories. */
public final class Simulation {
    /** Share of the heap the exact trajectory store may take before runs switch to sketches. */
    public static final double EXACT_HEAP_SHARE = 0.4;
    /** Points of a sketch's quantile function that stand for its distribution in charts. */
    static final int QUANTILE_SAMPLE = 2_000;

    private Simulation() {
    }

    public static SimulationResult run(ScenarioFile file, RunSettings settings, List<Double> extraThresholdsGbp,
                                       LongConsumer progress) throws InterruptedException {
        Scenario base = file.base();
        QuantileMethod method = QuantileMethod.choose(file.allOptions().size(),
                MetricLayout.of(new ArrayList<>(file.allOptions().values())).size(), base.years(),
                settings.trajectories(), EXACT_HEAP_SHARE);
        return run(file, settings, extraThresholdsGbp, method, progress);
    }

    /**
     * Runs with {@code settings.trajectories()}, then twice as many, and so on, until the
     * target is met or {@code target.maxTrajectories()} is reached. Because trajectory i
     * depends only on (seed, i), the result is exactly that of one run of the final size;
     * the price is at most twice its work.
     */
    public static SimulationResult runToPrecision(ScenarioFile file, RunSettings settings, List<Double> extraThresholdsGbp,
                                                  PrecisionTarget target, LongConsumer progress)
            throws InterruptedException {
        long start = System.nanoTime();
        int n = settings.trajectories();
        int rounds = 0;
        long finishedBefore = 0;
        while (true) {
            rounds++;
            RunSettings round = new RunSettings(settings.seed(), n, settings.threads(), false, settings.sampling());
            long offset = finishedBefore;
            SimulationResult result = run(file, round, extraThresholdsGbp, done -> progress.accept(offset + done));
            finishedBefore += n;
            double widest = PrecisionTarget.widestHalfWidth(result.statistics(), result.optionNames(),
                    result.years().get(result.years().size() - 1));
            boolean met = widest <= target.toleranceGbp();
            if (met || n >= target.maxTrajectories()) {
                long millis = (System.nanoTime() - start) / 1_000_000;
                return result.withPrecision(new PrecisionTarget.Outcome(target.toleranceGbp(), widest, n, rounds, met),
                        millis);
            }
            n = (int) Math.min(target.maxTrajectories(), 2L * n);
        }
    }

    public static SimulationResult run(ScenarioFile file, RunSettings settings, List<Double> extraThresholdsGbp,
                                       QuantileMethod method, LongConsumer progress) throws InterruptedException {
        long start = System.nanoTime();
        List<String> names = new ArrayList<>(file.allOptions().keySet());
        List<Scenario> scenarios = new ArrayList<>(file.allOptions().values());
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
        RunStatistics stats;
        TrajectoryStore store = null;
        SimulationResult.ValueSample sample;
        if (method == QuantileMethod.EXACT) {
            store = Kernel.run(scenarios, settings, progress);
            stats = StatisticsCalculator.compute(store, names, years, thresholds, settings.threads());
            sample = store::column;
        } else {
            MetricLayout layout = MetricLayout.of(scenarios);
            StreamingAggregates aggregates = new StreamingAggregates(names.size(), layout.size(), base.years(), thresholds);
            Kernel.run(scenarios, settings, aggregates, progress);
            StreamingAggregates.Merged merged = aggregates.merge();
            stats = SketchStatistics.compute(aggregates, merged, names, years, layout);
            sample = (option, metric, year) -> SketchStatistics.quantileSample(
                    merged.sketches()[aggregates.cell(option, metric.ordinal(), year)], QUANTILE_SAMPLE);
        }
        List<Driver> drivers = Sensitivity.of(base, settings);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new SimulationResult(file, names, years, store, sample, stats, drivers, method, null, millis);
    }
}
