package hnsim.stats;

import java.util.Arrays;

/**
 * Order statistics of a slice of values by bucketing again rather than sorting it: the slice's
 * range is cut into equal-width buckets, counted, and only the buckets holding an asked-for rank
 * are copied out and searched in turn, until a bucket is small enough to sort or holds one value
 * only. Linear in the slice where a sort is not, and a bucket of ties (counts of pupils, a saving
 * of exactly zero) ends the search at once. The answer is the value a full sort puts at each rank:
 * bucketing is monotone, a bucket of one value holds it at every rank, and a bucket that holds
 * -0.0 beside 0.0 (equal, but ordered by a sort) is sorted.
 */
final class RankSelection {
    /** Slices up to this size are sorted: as quick as counting them, and the search must end. */
    static final int SORT_AT_MOST = 256;
    /** The most buckets of one step: the counts stay in the L1 cache. */
    private static final int MAX_BUCKETS = 2048;

    private RankSelection() {
    }

    /**
     * The values at 0-based {@code ranks} (ascending) of {@code values[from, to)}, in the order of
     * {@code ranks}. The values must not be NaN (a bucketed column has none). The slice may be
     * reordered; nothing outside it is touched.
     */
    static double[] select(double[] values, int from, int to, int[] ranks) {
        double[] out = new double[ranks.length];
        select(values, from, to, ranks, 0, ranks.length, 0, out);
        return out;
    }

    /**
     * Fills {@code out[r]} for {@code r} in [rankFrom, rankTo) with the value at rank
     * {@code ranks[r] - offset} of the slice.
     */
    private static void select(double[] values, int from, int to, int[] ranks, int rankFrom, int rankTo,
                               int offset, double[] out) {
        int size = to - from;
        if (size <= SORT_AT_MOST) {
            Arrays.sort(values, from, to);
            for (int r = rankFrom; r < rankTo; r++) {
                out[r] = values[from + ranks[r] - offset];
            }
            return;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            double x = values[i];
            if (x < min) {
                min = x;
            }
            if (x > max) {
                max = x;
            }
        }
        if (min == max && min != 0) {
            // One value (equal non-zero doubles have the same bits): it is at every rank.
            Arrays.fill(out, rankFrom, rankTo, min);
            return;
        }
        if (min == max) {
            // Zeros: a sort puts every -0.0 before every 0.0.
            int negative = 0;
            for (int i = from; i < to; i++) {
                if (Double.doubleToRawLongBits(values[i]) < 0) {
                    negative++;
                }
            }
            for (int r = rankFrom; r < rankTo; r++) {
                out[r] = ranks[r] - offset < negative ? -0.0 : 0.0;
            }
            return;
        }
        int buckets = Math.min(MAX_BUCKETS, Integer.highestOneBit(size / 4));
        double scale = buckets / (max - min);
        if (!Double.isFinite(scale) || !(scale > 0)) {
            // A range too narrow (or too wide) to cut into buckets: sort it.
            Arrays.sort(values, from, to);
            for (int r = rankFrom; r < rankTo; r++) {
                out[r] = values[from + ranks[r] - offset];
            }
            return;
        }
        // Bucket 0 holds min and bucket `buckets` at most the values rounded to the top: the
        // slice always falls into at least two buckets, so every step makes the search smaller.
        int[] counts = new int[buckets + 1];
        for (int i = from; i < to; i++) {
            counts[(int) ((values[i] - min) * scale)]++;
        }
        int[] next = new int[buckets + 1];
        Arrays.fill(next, -1);
        int[] bucketOfRank = new int[rankTo - rankFrom];
        int[] bucketStart = new int[rankTo - rankFrom];
        int[] slot = new int[rankTo - rankFrom];
        int gatheredSize = locate(ranks, rankFrom, rankTo, offset, counts, next, bucketOfRank, bucketStart, slot);
        double[] gathered = new double[gatheredSize];
        for (int i = from; i < to; i++) {
            double x = values[i];
            int k = (int) ((x - min) * scale);
            int at = next[k];
            if (at >= 0) {
                gathered[at] = x;
                next[k] = at + 1;
            }
        }
        for (int r = rankFrom; r < rankTo; ) {
            int k = bucketOfRank[r - rankFrom];
            int end = r;
            while (end < rankTo && bucketOfRank[end - rankFrom] == k) {
                end++;
            }
            int start = slot[r - rankFrom];
            // Ranks within the bucket: the rank in the slice less the values of the buckets below.
            select(gathered, start, start + counts[k], ranks, r, end, offset + bucketStart[r - rankFrom], out);
            r = end;
        }
    }

    /**
     * Finds the bucket of each of the ascending ranks {@code ranks[rankFrom..rankTo)} (less
     * {@code offset}) from the buckets' {@code counts}, and gives each bucket holding a rank its
     * place in the gathered array ({@code next}, -1 for the others). Fills, per rank, its bucket,
     * the number of values below that bucket and the bucket's place; returns the number of
     * values to gather.
     */
    static int locate(int[] ranks, int rankFrom, int rankTo, int offset, int[] counts, int[] next,
                      int[] bucketOfRank, int[] bucketStart, int[] slot) {
        int gatheredSize = 0;
        int below = 0;
        int b = 0;
        for (int r = rankFrom; r < rankTo; r++) {
            int rank = ranks[r] - offset;
            while (below + counts[b] <= rank) {
                below += counts[b];
                b++;
            }
            if (next[b] < 0) {
                next[b] = gatheredSize;
                gatheredSize += counts[b];
            }
            bucketOfRank[r - rankFrom] = b;
            bucketStart[r - rankFrom] = below;
            slot[r - rankFrom] = next[b];
        }
        return gatheredSize;
    }
}
