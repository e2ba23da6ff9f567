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
     * A standard beta sampler, the cheapest exact one for the shapes (SamplerBenchmark):
     * <ul>
     * <li>whole-number shapes with alpha + beta - 1 at most {@link OrderStatisticBetaSampler#MAX_UNIFORMS}
     *     (the Beta(4, 2) and Beta(3, 2) of savings delivery): the alpha-th smallest of
     *     alpha + beta - 1 uniforms, which is Beta(alpha, beta) distributed; a few uniforms and
     *     comparisons, no logarithm;</li>
     * <li>other shapes of at least 1 (PERT): X / (X + Y) for X ~ Gamma(alpha), Y ~ Gamma(beta),
     *     two Marsaglia-Tsang gamma draws from commons-rng, faster than commons-rng's Cheng
     *     sampler (beta-cheng);</li>
     * <li>a shape below 1, where the gammas can underflow to 0/0: Cheng's sampler.</li>
     * </ul>
     */
    static ContinuousSampler sampler(UniformRandomProvider rng, double alpha, double beta) {
        if (alpha < 1 || beta < 1) {
            return ChengBetaSampler.of(rng, alpha, beta);
        }
        if (OrderStatisticBetaSampler.applies(alpha, beta)) {
            return new OrderStatisticBetaSampler(rng, (int) alpha, (int) beta);
        }
        return gammaRatio(rng, alpha, beta);
    }

    /** Beta(alpha, beta) as X / (X + Y) of two independent unit-scale gamma draws; shapes at least 1. */
    static ContinuousSampler gammaRatio(UniformRandomProvider rng, double alpha, double beta) {
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
