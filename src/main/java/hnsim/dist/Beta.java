package hnsim.dist;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ChengBetaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/** Beta distribution on [0, 1] by shapes alpha and beta, or built from a mean and sd. */
public record Beta(double alpha, double beta) implements Distribution {
    public Beta {
        Checks.positive("alpha", alpha);
        Checks.positive("beta", beta);
    }

    /** Method of moments: needs 0 < mean < 1 and sd^2 < mean (1 - mean). */
    public static Beta ofMeanSd(double mean, double sd) {
        Checks.finite("mean", mean);
        if (mean <= 0 || mean >= 1) {
            throw new IllegalArgumentException("mean must be strictly between 0 and 1, got " + mean);
        }
        Checks.positive("sd", sd);
        double limit = mean * (1 - mean);
        if (sd * sd >= limit) {
            throw new IllegalArgumentException("sd " + sd + " is too large for a beta with mean " + mean
                    + ": sd must be below " + Math.sqrt(limit));
        }
        double common = limit / (sd * sd) - 1;
        return new Beta(mean * common, (1 - mean) * common);
    }

    @Override
    public ContinuousSampler sampler(UniformRandomProvider rng) {
        return sampler(rng, alpha, beta);
    }

    /**
     * A standard beta sampler. With both shapes at least 1 (savings delivery, PERT) a draw is
     * X / (X + Y) for X ~ Gamma(alpha), Y ~ Gamma(beta), two Marsaglia-Tsang gamma draws from
     * commons-rng, about a third of the cost of Cheng's algorithm (SamplerBenchmark: beta vs
     * beta-cheng); beta draws are most of the kernel's work. Below 1, where the gammas can
     * underflow to 0/0, Cheng's sampler serves.
     */
    static ContinuousSampler sampler(UniformRandomProvider rng, double alpha, double beta) {
        if (alpha < 1 || beta < 1) {
            return ChengBetaSampler.of(rng, alpha, beta);
        }
        ContinuousSampler x = AhrensDieterMarsagliaTsangGammaSampler.of(rng, alpha, 1);
        ContinuousSampler y = AhrensDieterMarsagliaTsangGammaSampler.of(rng, beta, 1);
        return () -> {
            double a = x.sample();
            return a / (a + y.sample());
        };
    }

    BetaDistribution math3() {
        return new BetaDistribution(null, alpha, beta);
    }

    @Override
    public double quantile(double p) {
        return math3().inverseCumulativeProbability(p);
    }

    @Override
    public double cdf(double x) {
        return math3().cumulativeProbability(x);
    }

    @Override
    public double mean() {
        return alpha / (alpha + beta);
    }

    @Override
    public double variance() {
        double s = alpha + beta;
        return alpha * beta / (s * s * (s + 1));
    }

    @Override
    public String describe(Unit unit) {
        return "beta(" + Unit.NUMBER.format(alpha) + ", " + Unit.NUMBER.format(beta) + "), mean "
                + unit.format(mean());
    }
}
