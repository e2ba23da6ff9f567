package hnsim.dist;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * PERT distribution (min, mode, max): a beta rescaled to [min, max] with shapes
 * 1 + 4 (mode - min) / (max - min) and 1 + 4 (max - mode) / (max - min), the usual three-point
 * estimate of project planning.
 */
public record Pert(double min, double mode, double max) implements Distribution {
    public Pert {
        Checks.threePoint(min, mode, max);
    }

    private Beta standard() {
        double width = max - min;
        return new Beta(1 + 4 * (mode - min) / width, 1 + 4 * (max - mode) / width);
    }

    @Override
    public ContinuousSampler sampler(UniformRandomProvider rng) {
        Beta b = standard();
        ContinuousSampler unit = Beta.sampler(rng, b.alpha(), b.beta());
        double width = max - min;
        return () -> min + width * unit.sample();
    }

    @Override
    public double quantile(double p) {
        return min + (max - min) * standard().quantile(p);
    }

    @Override
    public double cdf(double x) {
        return x <= min ? 0 : x >= max ? 1 : standard().cdf((x - min) / (max - min));
    }

    @Override
    public double mean() {
        return (min + 4 * mode + max) / 6;
    }

    @Override
    public double variance() {
        double w = max - min;
        return standard().variance() * w * w;
    }

    @Override
    public String describe(Unit unit) {
        return "PERT(" + unit.format(min) + ", " + unit.format(mode) + ", " + unit.format(max) + ")";
    }
}
