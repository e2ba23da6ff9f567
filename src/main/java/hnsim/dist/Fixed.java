package hnsim.dist;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/** A value known for certain: every draw returns it and no random number is consumed. */
public record Fixed(double value) implements Distribution {
    public Fixed {
        Checks.finite("value", value);
    }

    @Override
    public ContinuousSampler sampler(UniformRandomProvider rng) {
        return () -> value;
    }

    @Override
    public double quantile(double p) {
        return value;
    }

    @Override
    public double quantileAtNormalScore(double z) {
        return value;
    }

    @Override
    public double cdf(double x) {
        return x < value ? 0 : 1;
    }

    @Override
    public double mean() {
        return value;
    }

    @Override
    public double variance() {
        return 0;
    }

    @Override
    public boolean isFixed() {
        return true;
    }

    @Override
    public String describe(Unit unit) {
        return unit.format(value);
    }
}
