package hnsim.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

/**
 * Statistics of one column of trajectory values: mean and sd (commons-math3), exact
 * percentiles by order statistics, and distribution-free 95% intervals for each percentile
 * from the binomial distribution of the number of values below it.
 */
public final class ColumnStatistics {
    private static final double Z95 = 1.959963984540054;

    private ColumnStatistics() {
    }

    /** Summarises {@code values}, which it sorts in place. */
    public static Summary summarise(String option, String metric, String year, double[] values) {
        int n = values.length;
        double mean = new Mean().evaluate(values);
        double sd = n > 1 ? new StandardDeviation().evaluate(values, mean) : 0;
        Arrays.sort(values);
        List<Double> percentiles = new ArrayList<>();
        List<Interval> cis = new ArrayList<>();
        for (int level : Percentiles.LEVELS) {
            double p = level / 100.0;
            percentiles.add(quantile(values, p));
            cis.add(quantileInterval(values, p));
        }
        double half = n > 1 ? Z95 * sd / Math.sqrt(n) : 0;
        return new Summary(option, metric, year, n, mean, sd, new Interval(mean - half, mean + half),
                percentiles, cis);
    }

    /**
     * The p-quantile of sorted values by the nearest-rank definition (the smallest value with
     * at least a fraction p of the values at or below it), so every percentile is an observed
     * order statistic.
     */
    public static double quantile(double[] sorted, double p) {
        int n = sorted.length;
        int rank = (int) Math.ceil(p * n);
        return sorted[Math.max(0, Math.min(n - 1, rank - 1))];
    }

    /**
     * The order statistics (X_(l), X_(u)) covering the p-quantile with probability at least
     * 95%: l and u are the 2.5% and 97.5% points of Binomial(n, p).
     */
    public static Interval quantileInterval(double[] sorted, double p) {
        int n = sorted.length;
        if (n < 2) {
            return new Interval(sorted[0], sorted[n - 1]);
        }
        BinomialDistribution below = new BinomialDistribution(null, n, p);
        int low = below.inverseCumulativeProbability(0.025);
        int high = below.inverseCumulativeProbability(0.975) + 1;
        return new Interval(sorted[Math.max(0, Math.min(n - 1, low - 1))], sorted[Math.max(0, Math.min(n - 1, high - 1))]);
    }
}
