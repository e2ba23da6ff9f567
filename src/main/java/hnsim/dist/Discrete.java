package hnsim.dist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AliasMethodDiscreteSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;

/**
 * Finitely many values with weights that sum to 1; sampled by the alias method. Values are
 * kept in ascending order (with their weights), so the CDF and its inverse need no sorting
 * and allocate nothing.
 */
public record Discrete(double[] values, double[] weights) implements Distribution {
    public Discrete {
        if (values.length == 0 || values.length != weights.length) {
            throw new IllegalArgumentException("values and weights must be non-empty and of equal length, got "
                    + values.length + " values and " + weights.length + " weights");
        }
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            Checks.finite("values[" + i + "]", values[i]);
            Checks.probability("weights[" + i + "]", weights[i]);
            sum += weights[i];
        }
        if (Math.abs(sum - 1) > 1e-9) {
            throw new IllegalArgumentException("weights must sum to 1, got "
                    + new java.math.BigDecimal(sum).round(new java.math.MathContext(10)).stripTrailingZeros().toPlainString());
        }
        double[][] sorted = sortedByValue(values, weights);
        values = sorted[0];
        weights = sorted[1];
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public ContinuousSampler sampler(UniformRandomProvider rng) {
        DiscreteSampler index = AliasMethodDiscreteSampler.of(rng, weights);
        return () -> values[index.sample()];
    }

    private static double[][] sortedByValue(double[] values, double[] weights) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double[][] out = new double[2][values.length];
        for (int i = 0; i < order.length; i++) {
            out[0][i] = values[order[i]];
            out[1][i] = weights[order[i]];
        }
        return out;
    }

    @Override
    public double quantile(double p) {
        double cumulative = 0;
        for (int i = 0; i < values.length; i++) {
            cumulative += weights[i];
            if (p <= cumulative) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    @Override
    public double cdf(double x) {
        double total = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] <= x) {
                total += weights[i];
            }
        }
        return Math.min(1, total);
    }

    @Override
    public double mean() {
        double m = 0;
        for (int i = 0; i < values.length; i++) {
            m += values[i] * weights[i];
        }
        return m;
    }

    @Override
    public double variance() {
        double m = mean();
        double v = 0;
        for (int i = 0; i < values.length; i++) {
            v += weights[i] * (values[i] - m) * (values[i] - m);
        }
        return v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Discrete d && Arrays.equals(values, d.values) && Arrays.equals(weights, d.weights);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(values) + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "Discrete" + Arrays.toString(values) + Arrays.toString(weights);
    }

    @Override
    public String describe(Unit unit) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            parts.add(unit.format(values[i]) + " (" + Unit.PROBABILITY.format(weights[i]) + ")");
        }
        return "discrete(" + String.join(", ", parts) + ")";
    }
}
