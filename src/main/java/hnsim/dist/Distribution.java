package hnsim.dist;

import org.apache.commons.math3.special.Erf;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * A probability distribution of one uncertain scenario input.
 *
 * <p>Instances are immutable and thread-safe. Sampling goes through a {@link ContinuousSampler}
 * bound to one generator ({@link #sampler}), created once per worker and input, so the hot
 * path allocates nothing and no sampler is shared across threads. {@link #quantile} serves
 * the Gaussian copula and Latin hypercube sampling, which map a uniform to a value.
 */
public sealed interface Distribution
        permits Fixed, Normal, LogNormal, Uniform, Triangular, Pert, Beta, Bernoulli, Discrete,
                Empirical, Truncated {

    /** A sampler drawing from this distribution with the given generator. */
    ContinuousSampler sampler(UniformRandomProvider rng);

    /** The inverse cumulative distribution function at probability {@code p} in [0, 1]. */
    double quantile(double p);

    /**
     * The value whose probability is that of the standard normal score {@code z}, i.e.
     * {@code quantile(Phi(z))}: how the Gaussian copula maps a correlated normal to this
     * distribution. Normal and log-normal map {@code z} directly (exact in the tails and
     * allocation-free); the others go through {@link #quantile}.
     */
    default double quantileAtNormalScore(double z) {
        return quantile(0.5 * Erf.erfc(-z / Math.sqrt(2)));
    }

    /** The cumulative distribution function at {@code x}. */
    double cdf(double x);

    double mean();

    double variance();

    default double sd() {
        return Math.sqrt(variance());
    }

    /** True when every draw is the same value: such inputs consume no random numbers. */
    default boolean isFixed() {
        return false;
    }

    /** A short human description, e.g. {@code normal(mean 6%, sd 2%)}, formatted by {@code unit}. */
    String describe(Unit unit);
}
