package hnsim.stats;

import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which columns of exact aggregates may repeat an earlier column value for value, so that its
 * summary can be reused instead of computed again. A run holds many: exact aggregates keep one
 * array for the cells the model declares equal (the unmitigated variant's pupils and gross
 * costs are the base's), the variant's net cost equals its gross cost (no savings), its savings
 * are zero in every trajectory like a transfer that never happens, and a grant that does not
 * vary is the same column as the funding it makes up. A column's candidate is the first earlier
 * column held in the same array, else the first that agrees with it at {@link #SAMPLES} evenly
 * spaced trajectories; only {@link #same} (the same array, or every value equal as
 * {@code Arrays.equals} compares doubles: -0.0 is not 0.0) decides, so a chance agreement costs
 * one comparison and never a wrong row. A column in an array of its own that is uniform at the
 * sampled trajectories gets no candidate: if it is constant, summarising it reads it once,
 * cheaper than comparing it with another.
 */
final class RepeatedColumns {
    /** Trajectories sampled per column: enough that different columns rarely agree at all of them. */
    static final int SAMPLES = 64;
    private final int[] candidate;

    private RepeatedColumns(int[] candidate) {
        this.candidate = candidate;
    }

    /** The candidates of {@code columns} of {@code exact}; a difference column has none (it is computed, not stored). */
    static RepeatedColumns of(ExactAggregates exact, List<AggregateLayout.Column> columns) {
        int n = Math.toIntExact(exact.count());
        int[] candidate = new int[columns.size()];
        Arrays.fill(candidate, -1);
        Map<Key, Integer> first = new HashMap<>();
        Map<double[], Integer> instances = new IdentityHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            AggregateLayout.Column column = columns.get(c);
            if (column.difference() >= 0 || n == 0) {
                continue;
            }
            double[] values = exact.columnOfCell(column.cell());
            Integer same = instances.putIfAbsent(values, c);
            if (same != null) {
                candidate[c] = same;
                continue;
            }
            long[] sample = sample(values, n);
            if (uniform(sample)) {
                continue;
            }
            Integer earlier = first.putIfAbsent(new Key(sample), c);
            if (earlier != null) {
                candidate[c] = earlier;
            }
        }
        return new RepeatedColumns(candidate);
    }

    /** The earlier column (index into the list) that column {@code c} may repeat, or -1. */
    int candidate(int c) {
        return candidate[c];
    }

    /** Whether two columns hold the same first n values in the same order (-0.0 and 0.0 differ). */
    static boolean same(double[] a, double[] b, int n) {
        return a == b || Arrays.equals(a, 0, n, b, 0, n);
    }

    private static long[] sample(double[] values, int n) {
        long[] out = new long[SAMPLES];
        for (int k = 0; k < SAMPLES; k++) {
            out[k] = Double.doubleToRawLongBits(values[(int) ((long) k * (n - 1) / (SAMPLES - 1))]);
        }
        return out;
    }

    private static boolean uniform(long[] sample) {
        for (long bits : sample) {
            if (bits != sample[0]) {
                return false;
            }
        }
        return true;
    }

    /** A sample as a map key. */
    private record Key(long[] bits) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(bits, k.bits);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bits);
        }
    }
}
