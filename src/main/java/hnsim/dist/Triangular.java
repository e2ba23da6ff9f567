package hnsim.dist;

import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.InverseTransformContinuousSampler;

/** Triangular distribution (min, mode, max); sampled by its closed-form inverse CDF. */
public record Triangular(double min, double mode, double max) implements Distribution {
    public Triangular {
        Checks.threePoint(min, mode, max);
    }

    @Override
    public ContinuousSampler sampler(UniformRandomProvider rng) {
        return InverseTransformContinuousSampler.of(rng, this::quantile);
    }

    @Override
    public double quantile(double p) {
        double width = max - min;
        double split = (mode - min) / width;
        if (p < split) {
            return min + Math.sqrt(p * width * (mode - min));
        }
        return max - Math.sqrt((1 - p) * width * (max - mode));
    }

    @Override
    public double cdf(double x) {
        return new TriangularDistribution(null, min, mode, max).cumulativeProbability(x);
    }

    @Override
    public double mean() {
        return (min + mode + max) / 3;
    }

    @Override
    public double variance() {
        return (min * min + mode * mode + max * max - min * mode - min * max - mode * max) / 18;
    }

    @Override
    public String describe(Unit unit) {
        return "triangular(" + unit.format(min) + ", " + unit.format(mode) + ", " + unit.format(max) + ")";
    }
}
