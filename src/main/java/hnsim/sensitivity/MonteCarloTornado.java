package hnsim.sensitivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The Monte Carlo tornado: for each input, the median of the output over the trajectories whose
 * value of that input is in its bottom decile (at or below its P10) and over those in its top
 * decile (at or above its P90). Unlike the one-at-a-time tornado it lets the other inputs vary,
 * so it shows an input's effect as the run experienced it. Inputs with ties (a yes/no approval)
 * fall into value groups: for a Bernoulli input the two groups are "no" and "yes".
 */
public final class MonteCarloTornado {
    private MonteCarloTornado() {
    }

    /**
     * @param values {@code values[input][trajectory]}, each input's per-trajectory value
     * @param output the output of each trajectory
     * @return one bar per input that varies, longest first
     */
    public static List<TornadoBar> bars(List<String> inputs, double[][] values, double[] output) {
        double reference = median(output);
        List<TornadoBar> bars = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            double[] x = values[i];
            double p10 = quantile(x, 10);
            double p90 = quantile(x, 90);
            if (p10 == p90) {
                continue;  // does not vary enough to split (fixed, or constant in 80% of trajectories)
            }
            bars.add(new TornadoBar(inputs.get(i), median(select(output, x, p10, true)),
                    median(select(output, x, p90, false)), reference));
        }
        bars.sort(Comparator.comparingDouble(TornadoBar::swing).reversed().thenComparing(TornadoBar::input));
        return bars;
    }

    private static double[] select(double[] output, double[] x, double bound, boolean atOrBelow) {
        double[] picked = new double[output.length];
        int count = 0;
        for (int j = 0; j < output.length; j++) {
            if (atOrBelow ? x[j] <= bound : x[j] >= bound) {
                picked[count++] = output[j];
            }
        }
        return Arrays.copyOf(picked, count);
    }

    /** The median by the same definition as every hnsim percentile (nearest rank). */
    static double median(double[] values) {
        return quantile(values, 50);
    }

    private static double quantile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

}
