package hnsim.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Statistics of one column of trajectory values: mean and sd, exact percentiles by order
 * statistics, and distribution-free 95% intervals for each percentile from the binomial
 * distribution of the number of values below it; and the same table read from a sketch.
 *
 * <p>An exact column is read in three passes and never reordered. Pass 1 sums and finds the
 * range; pass 2 takes commons-math3's mean correction and counts the values in 4,096 equal-width
 * buckets of the range; pass 3 sums the squared deviations and copies out only the values of
 * the buckets that hold one of the 21 ranks asked for (seven percentiles and their interval
 * bounds), which are then sorted. Each order statistic is exactly the one a full sort gives,
 * because bucketing is monotone. The mean and sd are commons-math3's {@code Mean} and
 * {@code StandardDeviation} formulas (mean with its rounding correction, variance less the
 * correction term) summed in four interleaved partial sums, which frees the passes from the
 * latency of one long chain of additions; they agree with commons-math3 to a few units in the
 * last place, and being computed from the values in trajectory order they do not depend on the
 * thread count or on how a run was split.
 */
public final class ColumnStatistics {
    /** Buckets of the rank histogram: small enough for the L1/L2 cache, fine enough that few values are copied. */
    private static final int BUCKETS = 4096;
    /** Below this, sorting a copy is as quick and simpler. */
    private static final int SORT_BELOW = 4 * BUCKETS;

    private ColumnStatistics() {
    }

    /** Summarises {@code values} (in trajectory order; not modified). */
    public static Summary summarise(String option, String metric, String year, double[] values) {
        return summarise(option, metric, year, values, values.length, new Scratch());
    }

    /** Reusable work arrays of one worker thread. */
    static final class Scratch {
        final int[] counts = new int[BUCKETS + 1];
        final int[] slot = new int[BUCKETS];
        double[] gathered = new double[0];
        double[] column = new double[0];
        /** The sd found by the last bucketed pass. */
        double sd;

        double[] gathered(int size) {
            if (gathered.length < size) {
                gathered = new double[size];
            }
            return gathered;
        }

        double[] column(int size) {
            if (column.length < size) {
                column = new double[size];
            }
            return column;
        }
    }

    /** Summarises the first {@code n} of {@code values}. */
    static Summary summarise(String option, String metric, String year, double[] values, int n, Scratch scratch) {
        RankSet ranks = RankSet.of(n);
        // Four partial sums in every pass: the additions of one pass no longer wait on each other.
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int quads = n & ~3;
        for (int i = 0; i < quads; i += 4) {
            double a = values[i];
            double b = values[i + 1];
            double c = values[i + 2];
            double d = values[i + 3];
            s0 += a;
            s1 += b;
            s2 += c;
            s3 += d;
            double lo = Math.min(Math.min(a, b), Math.min(c, d));
            double hi = Math.max(Math.max(a, b), Math.max(c, d));
            if (lo < min) {
                min = lo;
            }
            if (hi > max) {
                max = hi;
            }
        }
        for (int i = quads; i < n; i++) {
            s0 += values[i];
            min = Math.min(min, values[i]);
            max = Math.max(max, values[i]);
        }
        double sum = (s0 + s1) + (s2 + s3);
        double xbar = sum / n;
        double scale = BUCKETS / (max - min);
        boolean bucketed = n >= SORT_BELOW && Double.isFinite(scale) && scale > 0;
        int[] counts = scratch.counts;
        double c0 = 0;
        double c1 = 0;
        double c2 = 0;
        double c3 = 0;
        if (bucketed) {
            Arrays.fill(counts, 0);
            for (int i = 0; i < quads; i += 4) {
                double a = values[i];
                double b = values[i + 1];
                double c = values[i + 2];
                double d = values[i + 3];
                c0 += a - xbar;
                c1 += b - xbar;
                c2 += c - xbar;
                c3 += d - xbar;
                counts[bucket(a, min, scale)]++;
                counts[bucket(b, min, scale)]++;
                counts[bucket(c, min, scale)]++;
                counts[bucket(d, min, scale)]++;
            }
            for (int i = quads; i < n; i++) {
                c0 += values[i] - xbar;
                counts[bucket(values[i], min, scale)]++;
            }
        } else {
            for (int i = 0; i < quads; i += 4) {
                c0 += values[i] - xbar;
                c1 += values[i + 1] - xbar;
                c2 += values[i + 2] - xbar;
                c3 += values[i + 3] - xbar;
            }
            for (int i = quads; i < n; i++) {
                c0 += values[i] - xbar;
            }
        }
        double correction = (c0 + c1) + (c2 + c3);
        double mean = xbar + correction / n;
        double sd = 0;
        double[] at;
        if (!bucketed && min == max && !Double.isNaN(sum)
                && Double.doubleToRawLongBits(min) == Double.doubleToRawLongBits(max)) {
            // Every value is the same (the same bits: -0.0 and 0.0 together are not): so is
            // every order statistic, without copying and sorting the column.
            sd = sd(values, n, mean);
            at = new double[ranks.zeroBased.length];
            Arrays.fill(at, min);
        } else if (!bucketed) {
            sd = sd(values, n, mean);
            double[] sorted = Arrays.copyOf(values, n);
            Arrays.sort(sorted);
            at = new double[ranks.zeroBased.length];
            for (int r = 0; r < at.length; r++) {
                at[r] = sorted[ranks.zeroBased[r]];
            }
        } else {
            at = selectBucketed(values, n, mean, min, scale, ranks, scratch);
            sd = scratch.sd;
        }
        return ranks.summary(option, metric, year, n, mean, sd, at);
    }

    /** Pass 3 of a bucketed column: the squared deviations and the values of the buckets holding a rank. */
    private static double[] selectBucketed(double[] values, int n, double mean, double min, double scale,
                                           RankSet ranks, Scratch scratch) {
        int[] counts = scratch.counts;
        int[] slot = scratch.slot;
        Arrays.fill(slot, -1);
        // Which bucket holds each rank, and where its values go in the gathered array.
        int[] bucketOfRank = new int[ranks.zeroBased.length];
        int[] bucketStart = new int[ranks.zeroBased.length];
        int gatheredSize = 0;
        int below = 0;
        int b = 0;
        for (int r = 0; r < ranks.sortedRanks.length; r++) {
            int rank = ranks.sortedRanks[r];
            while (below + counts[b] <= rank) {
                below += counts[b];
                b++;
            }
            if (slot[b] < 0) {
                slot[b] = gatheredSize;
                gatheredSize += counts[b];
            }
            bucketOfRank[r] = b;
            bucketStart[r] = below;
        }
        double[] gathered = scratch.gathered(gatheredSize);
        // Where the next value of each bucket goes (only buckets holding a rank have a slot).
        int[] next = new int[BUCKETS];
        for (int k = 0; k < BUCKETS; k++) {
            next[k] = slot[k];
        }
        // The accumulators as locals, not an array: the JIT keeps them in registers; each still
        // receives exactly the same additions in the same order.
        double q0 = 0;
        double q1 = 0;
        double q2 = 0;
        double q3 = 0;
        double d0 = 0;
        double d1 = 0;
        double d2 = 0;
        double d3 = 0;
        int quads = n & ~3;
        for (int i = 0; i < quads; i += 4) {
            double va = values[i];
            double vb = values[i + 1];
            double vc = values[i + 2];
            double vd = values[i + 3];
            double da = va - mean;
            double db = vb - mean;
            double dc = vc - mean;
            double dd = vd - mean;
            q0 += da * da;
            q1 += db * db;
            q2 += dc * dc;
            q3 += dd * dd;
            d0 += da;
            d1 += db;
            d2 += dc;
            d3 += dd;
            gather(va, min, scale, next, gathered);
            gather(vb, min, scale, next, gathered);
            gather(vc, min, scale, next, gathered);
            gather(vd, min, scale, next, gathered);
        }
        for (int i = quads; i < n; i++) {
            double x = values[i];
            double dev = x - mean;
            q0 += dev * dev;
            d0 += dev;
            gather(x, min, scale, next, gathered);
        }
        double accum = (q0 + q1) + (q2 + q3);
        double accum2 = (d0 + d1) + (d2 + d3);
        scratch.sd = n > 1 ? Math.sqrt((accum - (accum2 * accum2 / n)) / (n - 1.0)) : 0;
        double[] bySorted = new double[ranks.sortedRanks.length];
        for (int r = 0; r < ranks.sortedRanks.length; r++) {
            int k = bucketOfRank[r];
            if (r == 0 || bucketOfRank[r - 1] != k) {
                Arrays.sort(gathered, slot[k], slot[k] + counts[k]);
            }
            bySorted[r] = gathered[slot[k] + ranks.sortedRanks[r] - bucketStart[r]];
        }
        double[] at = new double[ranks.zeroBased.length];
        for (int r = 0; r < at.length; r++) {
            at[r] = bySorted[ranks.positionInSorted[r]];
        }
        return at;
    }

    /** Copies {@code x} out if its bucket holds a rank. */
    private static void gather(double x, double min, double scale, int[] next, double[] gathered) {
        int k = bucket(x, min, scale);
        int at = next[k];
        if (at >= 0) {
            gathered[at] = x;
            next[k] = at + 1;
        }
    }

    private static int bucket(double x, double min, double scale) {
        return Math.min(BUCKETS - 1, (int) ((x - min) * scale));
    }

    /** commons-math3's bias-corrected variance (sum of squares less the rounding correction), the square root taken. */
    private static double sd(double[] values, int n, double mean) {
        if (n < 2) {
            return 0;
        }
        double q0 = 0;
        double q1 = 0;
        double q2 = 0;
        double q3 = 0;
        double d0 = 0;
        double d1 = 0;
        double d2 = 0;
        double d3 = 0;
        int quads = n & ~3;
        for (int i = 0; i < quads; i += 4) {
            double da = values[i] - mean;
            double db = values[i + 1] - mean;
            double dc = values[i + 2] - mean;
            double dd = values[i + 3] - mean;
            q0 += da * da;
            q1 += db * db;
            q2 += dc * dc;
            q3 += dd * dd;
            d0 += da;
            d1 += db;
            d2 += dc;
            d3 += dd;
        }
        for (int i = quads; i < n; i++) {
            double dev = values[i] - mean;
            q0 += dev * dev;
            d0 += dev;
        }
        double accum = (q0 + q1) + (q2 + q3);
        double accum2 = (d0 + d1) + (d2 + d3);
        return Math.sqrt((accum - (accum2 * accum2 / n)) / (n - 1.0));
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

    /**
     * The order statistics one table row needs, for n values: per level of
     * {@link Percentiles#LEVELS} the percentile's rank and its interval's two ranks (1-based
     * in {@link #oneBased}, as OrderStatistics gives them). Every column of a run has the same
     * n, so the binomial quantiles are found once.
     */
    static final class RankSet {
        private static volatile RankSet last;
        final long n;
        final long[] oneBased;
        final int[] zeroBased;
        final int[] sortedRanks;
        final int[] positionInSorted;

        private RankSet(long n) {
            this.n = n;
            int levels = Percentiles.LEVELS.size();
            oneBased = new long[3 * levels];
            for (int l = 0; l < levels; l++) {
                double p = Percentiles.LEVELS.get(l) / 100.0;
                long[] bounds = OrderStatistics.intervalRanks(n, p);
                oneBased[3 * l] = OrderStatistics.rank(n, p);
                oneBased[3 * l + 1] = bounds[0];
                oneBased[3 * l + 2] = bounds[1];
            }
            zeroBased = new int[oneBased.length];
            for (int r = 0; r < oneBased.length; r++) {
                zeroBased[r] = (int) Math.min(Integer.MAX_VALUE, oneBased[r] - 1);
            }
            sortedRanks = Arrays.stream(zeroBased).sorted().toArray();
            positionInSorted = new int[zeroBased.length];
            for (int r = 0; r < zeroBased.length; r++) {
                positionInSorted[r] = Arrays.binarySearch(sortedRanks, zeroBased[r]);
            }
        }

        static RankSet of(long n) {
            RankSet cached = last;
            if (cached == null || cached.n != n) {
                cached = new RankSet(n);
                last = cached;
            }
            return cached;
        }

        /** The table row, from the values at {@link #oneBased} (same order). */
        Summary summary(String option, String metric, String year, long count, double mean, double sd, double[] at) {
            List<Double> percentiles = new ArrayList<>();
            List<Interval> cis = new ArrayList<>();
            for (int l = 0; l < Percentiles.LEVELS.size(); l++) {
                percentiles.add(at[3 * l]);
                cis.add(new Interval(at[3 * l + 1], at[3 * l + 2]));
            }
            return new Summary(option, metric, year, count, mean, sd, Interval.ofMean(mean, sd, count), percentiles, cis);
        }
    }
}
