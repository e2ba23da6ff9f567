package hnsim.sensitivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * Which inputs drive the bad tail: among the trajectories whose output is above its P90 (the
 * ones finance worries about), how far each input's values sit from where chance would put
 * them. Variance-based indices answer "what drives the spread"; this answers "what drives the
 * worst 10%", which can differ when an input matters only in combination with others.
 */
public final class TailDrivers {
    private TailDrivers() {
    }

    /**
     * @param values {@code values[input][trajectory]}
     * @param tailShare the share of trajectories in the tail, 0.1 for "above the P90"
     * @return every input that varies, strongest first
     */
    public static List<TailDriver> of(List<String> inputs, double[][] values, double[] output, double tailShare) {
        int n = output.length;
        int tailSize = Math.max(1, (int) Math.round(tailShare * n));
        Integer[] order = new Integer[n];
        Arrays.setAll(order, j -> j);
        // Largest outputs first; trajectory index breaks ties so the tail is reproducible.
        Arrays.sort(order, Comparator.comparingDouble((Integer j) -> -output[j]).thenComparingInt(j -> j));
        NaturalRanking ranking = new NaturalRanking(TiesStrategy.AVERAGE);
        List<TailDriver> drivers = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            double[] ranks = ranking.rank(values[i]);
            if (allEqual(values[i])) {
                continue;
            }
            double topDecileRank = 0.9 * n;
            int aboveTopDecile = countAbove(ranks, topDecileRank);
            // Ties can leave an input without a top decile of its own (a yes/no with p = 0.3).
            boolean hasTopDecile = aboveTopDecile > 0 && aboveTopDecile <= 0.1 * n + 0.5;
            double percentileSum = 0;
            int inTopDecile = 0;
            for (int t = 0; t < tailSize; t++) {
                double rank = ranks[order[t]];
                percentileSum += 100 * (rank - 0.5) / n;
                if (rank > topDecileRank) {
                    inTopDecile++;
                }
            }
            double lift = hasTopDecile
                    ? (inTopDecile / (double) tailSize) / (aboveTopDecile / (double) n)
                    : Double.NaN;
            drivers.add(new TailDriver(inputs.get(i), percentileSum / tailSize, lift));
        }
        drivers.sort(Comparator.comparingDouble(TailDriver::strength).reversed().thenComparing(TailDriver::input));
        return drivers;
    }

    private static int countAbove(double[] ranks, double bound) {
        int count = 0;
        for (double r : ranks) {
            if (r > bound) {
                count++;
            }
        }
        return count;
    }

    private static boolean allEqual(double[] values) {
        for (double v : values) {
            if (v != values[0]) {
                return false;
            }
        }
        return true;
    }
}
