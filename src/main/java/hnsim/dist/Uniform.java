package hnsim.dist;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousUniformSampler;

/** Continuous uniform distribution on [min, max]. */
public record Uniform(double min, double max) implements Distribution {
    public Uniform {
        Checks.ordered("min", min, "max", max);
    }

    @Override
    public ContinuousSampler sampler(UniformRandomProvider rng) {
        return ContinuousUniformSampler.of(rng, min, max);
    }

    @Override
    public double quantile(double p) {
        return min + p * (max - min);
    }

    @Override
    public double cdf(double x) {
        return x <= min ? 0 : x >= max ? 1 : (x - min) / (max - min);
    }

    @Override
    public double mean() {
        return (min + max) / 2;
    }

    @Override
    public double variance() {
        double w = max - min;
        return w * w / 12;
    }

    @Override
    public String describe(Unit unit) {
        return "uniform(" + unit.format(min) + " to " + unit.format(max) + ")";
    }
}
