package hnsim.stats;

import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * Which order statistics (1-based ranks among n values) give a percentile and its 95%
 * confidence interval, shared by the exact and the sketch statistics.
 */
final class OrderStatistics {
    private OrderStatistics() {
    }

    /**
     * The nearest-rank p-quantile's rank: the smallest value with at least a fraction p of the
     * values at or below it, so every percentile is an observed value.
     */
    static long rank(long n, double p) {
        return clamp(n, (long) Math.ceil(p * n));
    }

    /**
     * Ranks (l, u) whose order statistics cover the p-quantile with probability at least 95%,
     * distribution-free: l and u are the 2.5% and 97.5% points of Binomial(n, p), the number
     * of values below the quantile.
     */
    static long[] intervalRanks(long n, double p) {
        if (n < 2) {
            return new long[] {1, n};
        }
        BinomialDistribution below = new BinomialDistribution(null, (int) Math.min(Integer.MAX_VALUE, n), p);
        long low = below.inverseCumulativeProbability(0.025);
        long high = below.inverseCumulativeProbability(0.975) + 1L;
        return new long[] {clamp(n, low), clamp(n, high)};
    }

    private static long clamp(long n, long rank) {
        return Math.max(1, Math.min(n, rank));
    }
}
