package hnsim.sensitivity;

import hnsim.stats.Interval;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Sobol indices from a Saltelli design: the first-order estimator of Saltelli et al. (2010),
 * S_i = mean((f(B) - m) (f(AB_i) - f(A))) / V with m the pooled mean, and Jansen's total-effect estimator,
 * S_Ti = mean((f(A) - f(AB_i))^2) / 2V, the pair recommended in Saltelli et al. (2010, Table 2)
 * for their low bias at moderate N. V is the variance of f(A) and f(B) pooled. Intervals come
 * from a bootstrap over the design's rows (each resample keeps a row's A, B and AB outputs
 * together, as the estimators pair them), percentile method.
 */
public final class SobolEstimator {
    /** Bootstrap resamples used when the caller does not say. */
    public static final int DEFAULT_RESAMPLES = 500;

    private SobolEstimator() {
    }

    /**
     * @param inputs one name per input, in the order of {@code outputs.ab()}
     * @param resamples bootstrap resamples for the intervals (0: intervals collapse to the estimate)
     * @param seed seed of the bootstrap's resampling, so the intervals are reproducible
     */
    public static List<SobolIndex> estimate(List<String> inputs, SaltelliOutputs outputs, int resamples, long seed) {
        if (inputs.size() != outputs.inputs()) {
            throw new IllegalArgumentException(inputs.size() + " input names for " + outputs.inputs() + " inputs");
        }
        int n = outputs.rows();
        int[] all = new int[n];
        Arrays.setAll(all, j -> j);
        double[][] firstBoot = new double[outputs.inputs()][resamples];
        double[][] totalBoot = new double[outputs.inputs()][resamples];
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(seed);
        int[] rows = new int[n];
        for (int r = 0; r < resamples; r++) {
            for (int j = 0; j < n; j++) {
                rows[j] = rng.nextInt(n);
            }
            double mean = pooledMean(outputs, rows);
            double variance = pooledVariance(outputs, rows, mean);
            for (int i = 0; i < outputs.inputs(); i++) {
                firstBoot[i][r] = firstOrder(outputs, i, rows, mean, variance);
                totalBoot[i][r] = totalOrder(outputs, i, rows, variance);
            }
        }
        double mean = pooledMean(outputs, all);
        double variance = pooledVariance(outputs, all, mean);
        List<SobolIndex> indices = new ArrayList<>();
        for (int i = 0; i < outputs.inputs(); i++) {
            double first = firstOrder(outputs, i, all, mean, variance);
            double total = totalOrder(outputs, i, all, variance);
            indices.add(new SobolIndex(inputs.get(i), first, percentileInterval(firstBoot[i], first),
                    total, percentileInterval(totalBoot[i], total)));
        }
        return indices;
    }

    static double pooledMean(SaltelliOutputs o, int[] rows) {
        double sum = 0;
        for (int j : rows) {
            sum += o.a()[j] + o.b()[j];
        }
        return sum / (2.0 * rows.length);
    }

    static double pooledVariance(SaltelliOutputs o, int[] rows, double mean) {
        double squares = 0;
        for (int j : rows) {
            double da = o.a()[j] - mean;
            double db = o.b()[j] - mean;
            squares += da * da + db * db;
        }
        return squares / (2.0 * rows.length - 1);
    }

    /**
     * f(B) is centred on the pooled mean first: the estimator's expectation does not move (E[f(AB_i)
     * - f(A)] = 0), but its variance no longer grows with the output's mean, which for a deficit of
     * £90m with a spread of £20m made the raw estimator several times noisier.
     */
    static double firstOrder(SaltelliOutputs o, int input, int[] rows, double mean, double variance) {
        if (variance == 0) {
            return 0;
        }
        double[] ab = o.ab()[input];
        double sum = 0;
        for (int j : rows) {
            sum += (o.b()[j] - mean) * (ab[j] - o.a()[j]);
        }
        return sum / rows.length / variance;
    }

    static double totalOrder(SaltelliOutputs o, int input, int[] rows, double variance) {
        if (variance == 0) {
            return 0;
        }
        double[] ab = o.ab()[input];
        double sum = 0;
        for (int j : rows) {
            double d = o.a()[j] - ab[j];
            sum += d * d;
        }
        return sum / (2.0 * rows.length) / variance;
    }

    /** The 2.5% and 97.5% points of the bootstrap replicates; the estimate itself when there are none. */
    private static Interval percentileInterval(double[] replicates, double estimate) {
        if (replicates.length == 0) {
            return new Interval(estimate, estimate);
        }
        double[] sorted = replicates.clone();
        Arrays.sort(sorted);
        int low = (int) Math.floor(0.025 * (sorted.length - 1));
        int high = (int) Math.ceil(0.975 * (sorted.length - 1));
        return new Interval(Math.min(sorted[low], estimate), Math.max(sorted[high], estimate));
    }
}
