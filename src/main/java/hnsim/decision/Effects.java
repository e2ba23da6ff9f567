package hnsim.decision;

import hnsim.kernel.Kernel;
import hnsim.stats.AggregateLayout;
import hnsim.stats.ExactAggregates;
import hnsim.kernel.RunSettings;
import hnsim.kernel.TrajectoryStore;
import hnsim.model.Metric;
import hnsim.scenario.Scenario;
import hnsim.stats.ColumnStatistics;
import hnsim.stats.SimulationResult;
import hnsim.kernel.Workers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * What each option buys: the paired differences of the cumulative and in-year deficit between
 * an option and the base (and another option on request), trajectory by trajectory. Every
 * option draws the same random numbers in trajectory i, so the difference is the option's own
 * effect; its spread is far narrower than either option's own P10-P90.
 *
 * @param effects one per pair, metric and year
 * @param thresholds the change in P(cumulative &gt; threshold), one per pair, threshold and year
 * @param trajectories the trajectories the differences were taken over
 */
public record Effects(List<Effect> effects, List<ThresholdEffect> thresholds, int trajectories) {
    /** Differences within a pound are rounding, not an effect. */
    public static final double NO_DIFFERENCE_GBP = 1.0;
    /** Runs too large to keep their trajectories replay this many to measure effects. */
    public static final int MAX_REPLAYED = 100_000;
    /** The metrics whose differences are reported, cumulative first. */
    public static final List<Metric> METRICS = List.of(Metric.CUMULATIVE_DEFICIT, Metric.IN_YEAR_DEFICIT);

    public Effects {
        effects = List.copyOf(effects);
        thresholds = List.copyOf(thresholds);
    }

    /** Values of the same trajectories of each option, {@code [trajectory]}, in trajectory order; read, never changed. */
    public interface Columns {
        double[] column(int option, Metric metric, int year);
    }

    /**
     * The effects of a finished run: from its stored trajectories, or, for a run too large to
     * keep them, from its first {@link #MAX_REPLAYED} trajectories run again on the same seed
     * (trajectory i depends only on the seed and i, so they are the run's own).
     *
     * @param against names of options to compare every other option with, besides the base
     */
    public static Effects of(SimulationResult result, RunSettings settings, List<String> against,
                             List<Double> thresholdsGbp) throws InterruptedException {
        if (result.aggregates() instanceof ExactAggregates exact) {
            AggregateLayout layout = exact.layout();
            // The run's own columns, read in place: a copy of each (120 of 8 MB at 10^6
            // trajectories of the 2021 file with its options) took about 1.5 s.
            return compute((option, metric, year) -> exact.columnInPlace(option, layout.metricIndex(metric.key()), year),
                    result.optionNames(), result.years(), thresholdsGbp, against, (int) (exact.to() - exact.from()),
                    settings.threads());
        }
        TrajectoryStore store;
        {
            int n = Math.min(result.trajectories(), MAX_REPLAYED);
            List<Scenario> scenarios = new ArrayList<>(result.scenarioFile().allOptions().values());
            store = Kernel.run(scenarios, new RunSettings(settings.seed(), n, settings.threads(),
                    settings.deterministic(), settings.sampling()), done -> { });
        }
        return compute(store::column, result.optionNames(), result.years(), thresholdsGbp, against,
                store.trajectories(), settings.threads());
    }

    /**
     * Every option against the base (the first option), then every option against each of
     * {@code against}, found on up to {@code threads} threads: each effect is its own pair of
     * columns, so which thread finds it changes nothing, and they come out in the same order.
     */
    public static Effects compute(Columns columns, List<String> options, List<String> years,
                                  List<Double> thresholdsGbp, List<String> against, int trajectories,
                                  int threads) throws InterruptedException {
        List<int[]> pairs = new ArrayList<>();
        for (int o = 1; o < options.size(); o++) {
            pairs.add(new int[] {o, 0});
        }
        for (String name : against) {
            int a = options.indexOf(name);
            if (a < 0) {
                throw new IllegalArgumentException("--against " + name + ": no such option; the options are "
                        + String.join(", ", options));
            }
            for (int o = 0; o < options.size(); o++) {
                if (o != a && a != 0) {
                    pairs.add(new int[] {o, a});
                }
            }
        }
        List<Callable<Effect>> effects = new ArrayList<>();
        List<Callable<ThresholdEffect>> changes = new ArrayList<>();
        for (int[] pair : pairs) {
            String option = options.get(pair[0]);
            String other = options.get(pair[1]);
            for (Metric metric : METRICS) {
                for (int t = 0; t < years.size(); t++) {
                    int year = t;
                    effects.add(() -> effect(option, other, metric, years.get(year),
                            columns.column(pair[0], metric, year), columns.column(pair[1], metric, year)));
                }
            }
            for (double threshold : thresholdsGbp) {
                for (int t = 0; t < years.size(); t++) {
                    int year = t;
                    changes.add(() -> new ThresholdEffect(option, other, years.get(year), threshold,
                            share(columns.column(pair[0], Metric.CUMULATIVE_DEFICIT, year), threshold),
                            share(columns.column(pair[1], Metric.CUMULATIVE_DEFICIT, year), threshold)));
                }
            }
        }
        // Each effect reads its own pair of columns: which thread finds it changes nothing.
        return new Effects(Workers.inOrder(effects, threads), Workers.inOrder(changes, threads), trajectories);
    }

    static Effect effect(String option, String against, Metric metric, String year, double[] values,
                         double[] againstValues) {
        int n = values.length;
        double[] difference = new double[n];
        long lower = 0;
        long higher = 0;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double d = values[i] - againstValues[i];
            difference[i] = d;
            sum += d;
            if (d < -NO_DIFFERENCE_GBP) {
                lower++;
            } else if (d > NO_DIFFERENCE_GBP) {
                higher++;
            }
        }
        // Three ranks selected, not the whole column sorted: 24 sorts of 10^6 differences took
        // about 1.8 s of a run of the 2021 file with its options.
        double[] at = ColumnStatistics.quantiles(difference, 0.10, 0.50, 0.90);
        return new Effect(option, against, metric.key(), year, sum / n, at[0], at[1], at[2],
                (double) lower / n, (double) higher / n);
    }

    private static double share(double[] values, double threshold) {
        long above = 0;
        for (double v : values) {
            if (v > threshold) {
                above++;
            }
        }
        return (double) above / values.length;
    }

    /** The effect of one pair on one metric in one year. */
    public Effect find(String option, String against, String metric, String year) {
        return effects.stream().filter(e -> e.option().equals(option) && e.against().equals(against)
                && e.metric().equals(metric) && e.year().equals(year)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(option + " vs " + against + " " + metric + " " + year));
    }

    /** The pairs compared, in order, as [option, against]. */
    public List<List<String>> pairs() {
        return effects.stream().map(e -> List.of(e.option(), e.against())).distinct().toList();
    }
}
