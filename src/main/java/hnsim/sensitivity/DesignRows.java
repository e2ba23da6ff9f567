package hnsim.sensitivity;

import java.util.List;
import java.util.Objects;

/**
 * What the replays of a sensitivity study keep for the design rows [from, to): each design
 * matrix's cumulative deficit by year ({@code cumulative[matrix][year][row - from]}: A, B, then
 * the AB matrices, or A alone without Sobol indices) and the feature of every varying input in A
 * ({@code features[input][row - from]}). Rows of disjoint ranges that cover [0, N) join
 * ({@link #join}) into exactly the rows of one replay of [0, N): how the shards of a study merge.
 */
public record DesignRows(long from, long to, double[][][] cumulative, double[][] features) {
    public DesignRows {
        Objects.requireNonNull(cumulative, "cumulative");
        Objects.requireNonNull(features, "features");
        if (from < 0 || to <= from || to - from > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the design rows [" + from + ", " + to + ") are not a range");
        }
    }

    public int rows() {
        return (int) (to - from);
    }

    public int matrices() {
        return cumulative.length;
    }

    public int years() {
        return cumulative.length == 0 ? 0 : cumulative[0].length;
    }

    /**
     * The rows of adjacent ranges in order, as one.
     *
     * @throws IllegalArgumentException when the ranges are not adjacent or their shapes differ
     */
    public static DesignRows join(List<DesignRows> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("no design rows to join");
        }
        DesignRows first = parts.get(0);
        long from = first.from();
        long to = from;
        for (DesignRows p : parts) {
            if (p.from() != to) {
                throw new IllegalArgumentException("design rows [" + p.from() + ", " + p.to() + ") do not follow [" + from
                        + ", " + to + ")");
            }
            if (p.matrices() != first.matrices() || p.years() != first.years()
                    || p.features().length != first.features().length) {
                throw new IllegalArgumentException("design rows of different shapes cannot be joined");
            }
            to = p.to();
        }
        int n = Math.toIntExact(to - from);
        double[][][] cumulative = new double[first.matrices()][first.years()][n];
        double[][] features = new double[first.features().length][n];
        for (DesignRows p : parts) {
            int at = (int) (p.from() - from);
            for (int m = 0; m < p.matrices(); m++) {
                for (int t = 0; t < p.years(); t++) {
                    System.arraycopy(p.cumulative()[m][t], 0, cumulative[m][t], at, p.rows());
                }
            }
            for (int k = 0; k < features.length; k++) {
                System.arraycopy(p.features()[k], 0, features[k], at, p.rows());
            }
        }
        return new DesignRows(from, to, cumulative, features);
    }
}
