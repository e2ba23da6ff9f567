package hnsim.stats;

import com.datadoghq.sketch.ddsketch.DDSketch;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Turns aggregates, exact or sketch, into the tables every output reads ({@link RunStatistics}):
 * one row per option x metric x year (then the paired differences), the exceedance
 * probabilities and first-breach shares. One pipeline for both methods: a column yields its
 * count, mean, sd and the values at the ranks of {@link ColumnStatistics.RankSet}, from every
 * value or from its sketch, and the same code makes the row. Columns are summarised in
 * parallel (each worker takes the next column), each in three passes with bucketed selection;
 * rows come out in column order whatever the thread count. An exact column that holds the same
 * values as an earlier one ({@link RepeatedColumns}) takes that column's row under its own names
 * rather than being summarised again.
 */
public final class Summariser {
    /** Points of a sketch's quantile function that stand for its distribution in charts. */
    public static final int QUANTILE_SAMPLE = 2_000;

    private Summariser() {
    }

    public static RunStatistics summarise(RunAggregates aggregates, int threads) throws InterruptedException {
        AggregateLayout layout = aggregates.layout();
        List<AggregateLayout.Column> columns = summarised(layout);
        List<Summary> summaries = new ArrayList<>(columns.size());
        int workers = Math.max(1, Math.min(threads, columns.size()));
        RepeatedColumns repeats = aggregates instanceof ExactAggregates exact ? RepeatedColumns.of(exact, columns) : null;
        ForkJoinPool pool = new ForkJoinPool(workers);
        try {
            // Workers take the next column not yet taken: a worker slowed by other work on its
            // core takes fewer. Each row depends only on its column, so which worker makes it
            // cannot change a digit.
            Summary[] all = new Summary[columns.size()];
            int[] repeated = new int[columns.size()];
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                futures.add(pool.submit(() -> {
                    ColumnStatistics.Scratch scratch = new ColumnStatistics.Scratch();
                    for (int c = next.getAndIncrement(); c < all.length; c = next.getAndIncrement()) {
                        repeated[c] = repeats == null ? -1 : repeatOf((ExactAggregates) aggregates, columns, repeats, c);
                        if (repeated[c] < 0) {
                            all[c] = summary(aggregates, columns.get(c), scratch);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            // A column that repeats an earlier one takes its row under its own names: the same
            // values give the same statistics, digit for digit.
            for (int c = 0; c < all.length; c++) {
                if (repeated[c] >= 0) {
                    all[c] = renamed(all[repeated[c]], layout, columns.get(c));
                }
            }
            summaries.addAll(List.of(all));
        } catch (ExecutionException e) {
            throw new IllegalStateException("statistics failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new RunStatistics(summaries, exceedances(aggregates), firstBreaches(aggregates));
    }

    /**
     * The columns that are summarised: every column of the layout but the paired differences of
     * the internal unmitigated variant. Its rows are read only by the workbook's financial
     * summary (FinancialSummarySheet through {@link Unmitigated#of(RunStatistics)}), which shows
     * the variant's own metrics (funding, costs, savings, net cost, deficits) and none of its
     * differences from the base.
     */
    static List<AggregateLayout.Column> summarised(AggregateLayout layout) {
        return layout.columns().stream()
                .filter(c -> c.difference() < 0 || !layout.options().get(c.option()).equals(Unmitigated.VARIANT))
                .toList();
    }

    /** The earlier column whose values column {@code c} repeats exactly, or -1. */
    private static int repeatOf(ExactAggregates exact, List<AggregateLayout.Column> columns, RepeatedColumns repeats,
                                int c) {
        int earlier = repeats.candidate(c);
        if (earlier < 0) {
            return -1;
        }
        double[] values = exact.columnOfCell(columns.get(c).cell());
        double[] other = exact.columnOfCell(columns.get(earlier).cell());
        return RepeatedColumns.same(values, other, Math.toIntExact(exact.count())) ? earlier : -1;
    }

    private static Summary renamed(Summary s, AggregateLayout layout, AggregateLayout.Column column) {
        return new Summary(layout.options().get(column.option()), column.name(), layout.years().get(column.year()),
                s.count(), s.mean(), s.sd(), s.meanCi(), s.percentiles(), s.percentileCis());
    }

    /** The row of one option, metric (by name, a metric or a paired difference) and year. */
    public static Summary summary(RunAggregates aggregates, String option, String metric, String year) {
        AggregateLayout layout = aggregates.layout();
        for (AggregateLayout.Column c : layout.columns()) {
            if (layout.options().get(c.option()).equals(option) && c.name().equals(metric)
                    && layout.years().get(c.year()).equals(year)) {
                return summary(aggregates, c, new ColumnStatistics.Scratch());
            }
        }
        throw new IllegalArgumentException(option + "/" + metric + "/" + year);
    }

    static Summary summary(RunAggregates aggregates, AggregateLayout.Column column, ColumnStatistics.Scratch scratch) {
        AggregateLayout layout = aggregates.layout();
        String option = layout.options().get(column.option());
        String year = layout.years().get(column.year());
        if (aggregates instanceof ExactAggregates exact) {
            int n = Math.toIntExact(exact.count());
            double[] values = exact.columnOfCell(layout.cell(column.option(), column.metric(), column.year()));
            if (column.difference() >= 0) {
                double[] base = exact.columnOfCell(layout.cell(0, column.metric(), column.year()));
                double[] difference = scratch.column(n);
                for (int i = 0; i < n; i++) {
                    difference[i] = values[i] - base[i];
                }
                values = difference;
            }
            return ColumnStatistics.summarise(option, column.name(), year, values, n, scratch);
        }
        SketchAggregates sketch = (SketchAggregates) aggregates;
        Moments m = sketch.moments(column.cell());
        DDSketch s = sketch.sketch(column.cell());
        long n = m.count;
        ColumnStatistics.RankSet ranks = ColumnStatistics.RankSet.of(n);
        double[] at = new double[ranks.oneBased.length];
        for (int r = 0; r < at.length; r++) {
            at[r] = atRank(s, n, ranks.oneBased[r]);
        }
        return ranks.summary(option, column.name(), year, n, m.mean, m.sd(), at);
    }

    /**
     * Values of one option, metric and year for drawing distributions (histograms, exceedance
     * curves): every trajectory's value of exact aggregates, an evenly spaced quantile sample of
     * a sketch.
     */
    public static double[] values(RunAggregates aggregates, int option, int metric, int year) {
        if (aggregates instanceof ExactAggregates exact) {
            return exact.column(option, metric, year);
        }
        SketchAggregates sketch = (SketchAggregates) aggregates;
        return quantileSample(sketch.sketch(aggregates.layout().cell(option, metric, year)), QUANTILE_SAMPLE);
    }

    private static List<Exceedance> exceedances(RunAggregates aggregates) {
        AggregateLayout layout = aggregates.layout();
        BreachCounts counts = aggregates.breaches();
        long n = aggregates.count();
        double[] thresholds = layout.thresholds();
        List<Exceedance> out = new ArrayList<>();
        for (int o = 0; o < layout.options().size(); o++) {
            for (int k = 0; k < thresholds.length; k++) {
                for (int t = 0; t < layout.years().size(); t++) {
                    long above = counts.exceed(o, k, t);
                    out.add(new Exceedance(layout.options().get(o), layout.years().get(t), thresholds[k],
                            (double) above / n, wilson(above, n)));
                }
            }
        }
        return out;
    }

    private static List<FirstBreach> firstBreaches(RunAggregates aggregates) {
        AggregateLayout layout = aggregates.layout();
        BreachCounts counts = aggregates.breaches();
        long n = aggregates.count();
        double[] thresholds = layout.thresholds();
        List<FirstBreach> out = new ArrayList<>();
        for (int o = 0; o < layout.options().size(); o++) {
            for (int k = 0; k < thresholds.length; k++) {
                List<Double> share = new ArrayList<>();
                long firstTotal = 0;
                for (int t = 0; t < layout.years().size(); t++) {
                    long first = counts.first(o, k, t);
                    share.add((double) first / n);
                    firstTotal += first;
                }
                out.add(new FirstBreach(layout.options().get(o), thresholds[k], layout.years(), share,
                        (double) (n - firstTotal) / n));
            }
        }
        return out;
    }

    /** Wilson score interval: well behaved near 0 and 1, where exceedance questions live. */
    static Interval wilson(long successes, long n) {
        double p = (double) successes / n;
        double z2 = Interval.Z95 * Interval.Z95;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Interval.Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
        // At 0 or n successes the bound is exactly 0 or 1; the formula leaves rounding dust.
        double low = successes == 0 ? 0 : Math.max(0, centre - half);
        double high = successes == n ? 1 : Math.min(1, centre + half);
        return new Interval(low, high);
    }

    /** {@code points} values at the mid-quantiles (k + 1/2) / points: a stand-in sample of the distribution. */
    static double[] quantileSample(DDSketch sketch, int points) {
        double[] out = new double[points];
        for (int k = 0; k < points; k++) {
            out[k] = sketch.getValueAtQuantile((k + 0.5) / points);
        }
        return out;
    }

    /** The value of 1-based rank {@code rank} (1 to n, as OrderStatistics gives) among {@code n}, read from the sketch. */
    private static double atRank(DDSketch sketch, long n, long rank) {
        double q = n > 1 ? (double) (rank - 1) / (n - 1) : 0;
        return sketch.getValueAtQuantile(q);
    }
}
