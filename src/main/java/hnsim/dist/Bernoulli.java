package hnsim.dist;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/** An event that happens (1) with probability p, else not (0). */
public record Bernoulli(double probability) implements Distribution {
    public Bernoulli {
        Checks.probability("probability", probability);
    }

    @Override
    public ContinuousSampler sampler(UniformRandomProvider rng) {
        return () -> rng.nextDouble() < probability ? 1 : 0;
    }

    @Override
    public double quantile(double p) {
        return p > 1 - probability ? 1 : 0;
    }

    @Override
    public double cdf(double x) {
        return x < 0 ? 0 : x < 1 ? 1 - probability : 1;
    }

    @Override
    public double mean() {
        return probability;
    }

    @Override
    public double variance() {
        return probability * (1 - probability);
    }

    @Override
    public boolean isFixed() {
        return probability == 0 || probability == 1;
    }

    @Override
    public String describe(Unit unit) {
        return "bernoulli(" + Unit.PROBABILITY.format(probability) + ")";
    }
}
