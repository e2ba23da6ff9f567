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
 * bounds), in which {@link RankSelection} finds the ranks by bucketing again. Each order
 * statistic is exactly the one a full sort gives, because bucketing is monotone. The mean and sd
 * are commons-math3's {@code Mean} and {@code StandardDeviation} formulas (mean with its rounding
 * correction, variance less the correction term) summed in four interleaved partial sums, which
 * frees the passes from the latency of one long chain of additions; they agree with commons-math3
 * to a few units in the last place, and being computed from the values in trajectory order they
 * do not depend on the thread count or on how a run was split. A column whose values all have
 * the same bits (a saving that is zero in every trajectory) is neither sorted nor bucketed: every
 * order statistic is its value, its sd is 0 and its mean the value; it is read once (twice if it
 * is zero, to tell -0.0 from 0.0, or if its plain mean is not the value exactly, for the mean
 * correction).
 */
public final class ColumnStatistics {
    /** Buckets of the rank histogram: small enough for the L1/L2 cache, fine enough that few values are copied. */
    private static final int BUCKETS = 4096;
    /** Below this, sorting a copy is as quick and simpler. */
    private static final int SORT_BELOW = 4 * BUCKETS;
    /** Values per block of a bucketed pass (a multiple of four): the block stays in the L1 cache between its loops. */
    private static final int BLOCK = 2048;

    private ColumnStatistics() {
    }

    /** Summarises {@code values} (in trajectory order; not modified). */
    public static Summary summarise(String option, String metric, String year, double[] values) {
        return summarise(option, metric, year, values, values.length, new Scratch());
    }

    /** Reusable work arrays of one worker thread. */
    static final class Scratch {
        /** Bucket counts; a value at the top of the range lands in the extra last bucket. */
        final int[] counts = new int[BUCKETS + 1];
        /** Where the next value of each bucket goes in the gathered array, -1 for buckets holding no rank. */
        final int[] next = new int[BUCKETS + 1];
        /** The buckets of one block. */
        final int[] index = new int[BLOCK];
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
        // The range by comparisons, not Math.min/max: a new extreme is rare, so the branches cost
        // next to nothing. They ignore NaN (a NaN sum sends the column to the sort below) and may
        // keep 0.0 where Math.min keeps -0.0, which changes no bucket and no scale (x - 0.0 and
        // x - -0.0 differ only in the sign of a zero, which truncates to bucket 0 either way).
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
            if (a < min) {
                min = a;
            }
            if (a > max) {
                max = a;
            }
            if (b < min) {
                min = b;
            }
            if (b > max) {
                max = b;
            }
            if (c < min) {
                min = c;
            }
            if (c > max) {
                max = c;
            }
            if (d < min) {
                min = d;
            }
            if (d > max) {
                max = d;
            }
        }
        for (int i = quads; i < n; i++) {
            double x = values[i];
            s0 += x;
            if (x < min) {
                min = x;
            }
            if (x > max) {
                max = x;
            }
        }
        double sum = (s0 + s1) + (s2 + s3);
        double xbar = sum / n;
        double[] at;
        double mean;
        double sd;
        if (!Double.isNaN(sum) && min == max && (min != 0 || !mixedZeros(values, n))) {
            // Every value has the same bits (equal non-zero doubles do; zeros are checked for
            // -0.0 beside 0.0): so is every order statistic, and the sums are those of the one
            // value repeated, added in the same order as a column read from memory.
            double x = min;
            // A sum of deviations that are all zero, started at +0.0, is +0.0, so a column whose
            // plain mean is the value itself (zeros, whole numbers) is not read again; the others
            // are, by the general formulas. Their corrected mean comes back to the value, so the
            // sd is 0.0 without reading them; only an infinite or overflowing sum (deviation
            // inf - inf, mean NaN) reads them for the sd.
            double correction = x - xbar == 0 ? 0.0 : correction(values, n, xbar);
            mean = xbar + correction / n;
            sd = x - mean == 0 ? 0.0 : sd(values, n, mean);
            at = new double[ranks.zeroBased.length];
            Arrays.fill(at, x);
            return ranks.summary(option, metric, year, n, mean, sd, at);
        }
        double scale = BUCKETS / (max - min);
        if (Double.isNaN(sum) || n < SORT_BELOW || !Double.isFinite(scale) || !(scale > 0)) {
            mean = xbar + correction(values, n, xbar) / n;
            sd = sd(values, n, mean);
            double[] sorted = Arrays.copyOf(values, n);
            Arrays.sort(sorted);
            at = new double[ranks.zeroBased.length];
            for (int r = 0; r < at.length; r++) {
                at[r] = sorted[ranks.zeroBased[r]];
            }
            return ranks.summary(option, metric, year, n, mean, sd, at);
        }
        int[] counts = scratch.counts;
        Arrays.fill(counts, 0);
        double c0 = 0;
        double c1 = 0;
        double c2 = 0;
        double c3 = 0;
        int[] index = scratch.index;
        // Block by block, so that each block is read from memory once and its three loops stay
        // simple: the sums, the buckets (a loop the JIT vectorises) and the counts. (A third
        // faster than one loop doing all three; the gather of pass 3 is faster in one loop.)
        for (int from = 0; from < quads; from += BLOCK) {
            int to = Math.min(quads, from + BLOCK);
            for (int i = from; i < to; i += 4) {
                c0 += values[i] - xbar;
                c1 += values[i + 1] - xbar;
                c2 += values[i + 2] - xbar;
                c3 += values[i + 3] - xbar;
            }
            buckets(values, from, to, min, scale, index);
            for (int j = 0, m = to - from; j < m; j++) {
                counts[index[j]]++;
            }
        }
        for (int i = quads; i < n; i++) {
            c0 += values[i] - xbar;
            counts[bucket(values[i], min, scale)]++;
        }
        double correction = (c0 + c1) + (c2 + c3);
        mean = xbar + correction / n;
        at = selectBucketed(values, n, mean, min, scale, ranks, scratch);
        return ranks.summary(option, metric, year, n, mean, scratch.sd, at);
    }

    /** Whether the first n values, all zero, hold both -0.0 and 0.0 (so are not one value: a sort orders them). */
    private static boolean mixedZeros(double[] values, int n) {
        boolean negative = false;
        boolean positive = false;
        for (int i = 0; i < n; i++) {
            if (Double.doubleToRawLongBits(values[i]) < 0) {
                negative = true;
            } else {
                positive = true;
            }
        }
        return negative && positive;
    }

    /** Pass 3 of a bucketed column: the squared deviations and the values of the buckets holding a rank. */
    private static double[] selectBucketed(double[] values, int n, double mean, double min, double scale,
                                           RankSet ranks, Scratch scratch) {
        int[] counts = scratch.counts;
        int[] next = scratch.next;
        Arrays.fill(next, -1);
        // Which bucket holds each rank, and where its values go in the gathered array.
        int[] sortedRanks = ranks.sortedRanks;
        int[] bucketOfRank = new int[sortedRanks.length];
        int[] bucketStart = new int[sortedRanks.length];
        int[] slot = new int[sortedRanks.length];
        int gatheredSize = RankSelection.locate(sortedRanks, 0, sortedRanks.length, 0, counts, next, bucketOfRank,
                bucketStart, slot);
        double[] gathered = scratch.gathered(gatheredSize);
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
        // The ranks bucket by bucket, each found among its bucket's values only.
        double[] bySorted = new double[sortedRanks.length];
        for (int r = 0; r < sortedRanks.length; ) {
            int k = bucketOfRank[r];
            int end = r;
            while (end < sortedRanks.length && bucketOfRank[end] == k) {
                end++;
            }
            int[] within = new int[end - r];
            for (int j = r; j < end; j++) {
                within[j - r] = sortedRanks[j] - bucketStart[j];
            }
            double[] found = RankSelection.select(gathered, slot[r], slot[r] + counts[k], within);
            System.arraycopy(found, 0, bySorted, r, found.length);
            r = end;
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

    /** The buckets of {@code values[from, to)} into {@code index[0, to - from)}. */
    private static void buckets(double[] values, int from, int to, double min, double scale, int[] index) {
        for (int i = from; i < to; i++) {
            index[i - from] = (int) ((values[i] - min) * scale);
        }
    }

    /**
     * The bucket of x: 0 to {@link #BUCKETS}, the last holding only values at (or rounded to) the
     * top of the range. Rounding is monotone, so (x - min) * scale never exceeds its value at the
     * maximum, which is at most BUCKETS.
     */
    private static int bucket(double x, double min, double scale) {
        return (int) ((x - min) * scale);
    }

    /** Pass 2 of a column that is not bucketed: commons-math3's mean correction, the sum of deviations from the plain mean. */
    private static double correction(double[] values, int n, double xbar) {
        double c0 = 0;
        double c1 = 0;
        double c2 = 0;
        double c3 = 0;
        int quads = n & ~3;
        for (int i = 0; i < quads; i += 4) {
            c0 += values[i] - xbar;
            c1 += values[i + 1] - xbar;
            c2 += values[i + 2] - xbar;
            c3 += values[i + 3] - xbar;
        }
        for (int i = quads; i < n; i++) {
            c0 += values[i] - xbar;
        }
        return (c0 + c1) + (c2 + c3);
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

    /**
     * The p-quantiles of {@code values} by the same nearest rank as {@link #quantile}, each the
     * value a full sort puts at its rank, -0.0 and 0.0 told apart as a sort does: found by
     * bucketed selection ({@link RankSelection}), linear where a sort is not. The values are
     * reordered. With a NaN among them (a sort puts NaN last) they are sorted instead.
     */
    public static double[] quantiles(double[] values, double... ps) {
        int[] ranks = new int[ps.length];
        for (int k = 0; k < ps.length; k++) {
            ranks[k] = (int) OrderStatistics.rank(values.length, ps[k]) - 1;
        }
        double[] out = new double[ps.length];
        boolean nan = false;
        for (double v : values) {
            nan |= v != v;
        }
        if (nan) {
            Arrays.sort(values);
            for (int k = 0; k < ps.length; k++) {
                out[k] = values[ranks[k]];
            }
            return out;
        }
        int[] ascending = Arrays.stream(ranks).distinct().sorted().toArray();
        double[] found = RankSelection.select(values, 0, values.length, ascending);
        for (int k = 0; k < ps.length; k++) {
            out[k] = found[Arrays.binarySearch(ascending, ranks[k])];
        }
        return out;
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
