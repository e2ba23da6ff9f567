package hnsim.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.util.KthSelector;
import org.apache.commons.math3.util.MedianOf3PivotingStrategy;

/**
 * Statistics of one column of trajectory values: mean and sd (commons-math3), exact
 * percentiles by order statistics, and distribution-free 95% intervals for each percentile
 * from the binomial distribution of the number of values below it.
 */
public final class ColumnStatistics {

    private ColumnStatistics() {
    }

    /**
     * Summarises {@code values}, which it reorders. Percentiles and their interval bounds are
     * found by selection (commons-math3's KthSelector, which remembers its pivots across the
     * ranks asked for) rather than a full sort: about 21 order statistics are needed.
     */
    public static Summary summarise(String option, String metric, String year, double[] values) {
        int n = values.length;
        double mean = new Mean().evaluate(values);
        double sd = n > 1 ? new StandardDeviation().evaluate(values, mean) : 0;
        KthSelector selector = new KthSelector(new MedianOf3PivotingStrategy());
        int[] pivots = new int[PIVOT_CACHE];
        Arrays.fill(pivots, -1);
        List<Double> percentiles = new ArrayList<>();
        List<Interval> cis = new ArrayList<>();
        for (int level : Percentiles.LEVELS) {
            double p = level / 100.0;
            long[] bounds = OrderStatistics.intervalRanks(n, p);
            double low = selector.select(values, pivots, (int) bounds[0] - 1);
            percentiles.add(selector.select(values, pivots, (int) OrderStatistics.rank(n, p) - 1));
            cis.add(new Interval(low, selector.select(values, pivots, (int) bounds[1] - 1)));
        }
        return new Summary(option, metric, year, n, mean, sd, Interval.ofMean(mean, sd, n),
                percentiles, cis);
    }

    /**
     * The nearest-rank p-quantile of values already sorted ascending, by the same rank rule as
     * every percentile of a run (used by paired effects and goal seek, which sort their own
     * columns).
     */
    public static double quantile(double[] sorted, double p) {
        return sorted[(int) OrderStatistics.rank(sorted.length, p) - 1];
    }

    /** The 95% interval of the p-quantile of values sorted ascending (goal seek inverts it). */
    public static Interval quantileInterval(double[] sorted, double p) {
        long[] ranks = OrderStatistics.intervalRanks(sorted.length, p);
        return new Interval(sorted[(int) ranks[0] - 1], sorted[(int) ranks[1] - 1]);
    }

    /** Pivot cache of 10 levels, as commons-math3's Percentile keeps. */
    private static final int PIVOT_CACHE = (1 << 10) - 1;
}
