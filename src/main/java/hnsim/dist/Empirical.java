package hnsim.dist;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * The empirical distribution of observed values (e.g. past years' growth rates): each draw
 * is one of the observations, equally likely, as in a bootstrap.
 */
public record Empirical(double[] observations) implements Distribution {
    public Empirical {
        if (observations.length == 0) {
            throw new IllegalArgumentException("an empirical distribution needs at least one observation");
        }
        for (int i = 0; i < observations.length; i++) {
            Checks.finite("observations[" + i + "]", observations[i]);
        }
        observations = observations.clone();
        Arrays.sort(observations);
    }

    @Override
    public double[] observations() {
        return observations.clone();
    }

    @Override
    public ContinuousSampler sampler(UniformRandomProvider rng) {
        return () -> observations[rng.nextInt(observations.length)];
    }

    @Override
    public double quantile(double p) {
        int index = (int) Math.ceil(p * observations.length) - 1;
        return observations[Math.max(0, Math.min(observations.length - 1, index))];
    }

    @Override
    public double cdf(double x) {
        int count = 0;
        for (double o : observations) {
            if (o <= x) {
                count++;
            }
        }
        return (double) count / observations.length;
    }

    @Override
    public double mean() {
        return Arrays.stream(observations).average().orElseThrow();
    }

    @Override
    public double variance() {
        double m = mean();
        return Arrays.stream(observations).map(o -> (o - m) * (o - m)).sum() / observations.length;
    }

    @Override
    public boolean isFixed() {
        return observations[0] == observations[observations.length - 1];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Empirical e && Arrays.equals(observations, e.observations);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(observations);
    }

    @Override
    public String toString() {
        return "Empirical" + Arrays.toString(observations);
    }

    @Override
    public String describe(Unit unit) {
        return "empirical(" + observations.length + " observations, " + unit.format(observations[0])
                + " to " + unit.format(observations[observations.length - 1]) + ")";
    }
}
