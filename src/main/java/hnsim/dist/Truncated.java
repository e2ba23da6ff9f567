package hnsim.dist;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * A distribution restricted to [min, max]. Sampled by inverting the CDF over the kept
 * probability mass, so a draw always consumes exactly one uniform and never loops.
 */
public record Truncated(Distribution base, double min, double max) implements Distribution {
    public Truncated {
        Checks.ordered("truncate min", min, "truncate max", max);
        if (base instanceof Truncated) {
            throw new IllegalArgumentException("a distribution can be truncated only once");
        }
        if (base instanceof Fixed || base instanceof Bernoulli || base instanceof Discrete || base instanceof Empirical) {
            // Their CDFs have atoms, so "kept mass" and the moments by quadrature below would be wrong
            // (an atom at min was silently dropped); listing only the wanted values says it better.
            throw new IllegalArgumentException("truncate applies to continuous distributions; give a "
                    + base.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT)
                    + " distribution only the values it may take instead");
        }
        double kept = base.cdf(max) - base.cdf(min);
        if (!(kept > 1e-9)) {
            throw new IllegalArgumentException("truncation [" + min + ", " + max
                    + "] keeps none of the distribution's probability");
        }
    }

    private double lowP() {
        return base.cdf(min);
    }

    private double highP() {
        return base.cdf(max);
    }

    @Override
    public ContinuousSampler sampler(UniformRandomProvider rng) {
        double low = lowP();
        double high = highP();
        return () -> clamp(base.quantile(low + rng.nextDouble() * (high - low)));
    }

    private double clamp(double x) {
        return Math.max(min, Math.min(max, x));
    }

    @Override
    public double quantile(double p) {
        return clamp(base.quantile(lowP() + p * (highP() - lowP())));
    }

    @Override
    public double cdf(double x) {
        if (x < min) {
            return 0;
        }
        if (x >= max) {
            return 1;
        }
        return (base.cdf(x) - lowP()) / (highP() - lowP());
    }

    /**
     * Moments by integrating the quantile function over the kept probability: E[(X - c)^k] is
     * the mean of (Q(p) - c)^k for p uniform on [F(min), F(max)], by a composite Gauss-Legendre
     * rule (64 panels of 32 points) with a fixed number of evaluations. (An adaptive rule ran out
     * of evaluations on wide truncations of a narrow distribution, whose quantile is steep at
     * both ends, and failed the load.)
     */
    private double moment(int power, double centre) {
        int panels = 64;
        double low = lowP();
        double width = (highP() - low) / panels;
        UnivariateFunction f = p -> {
            double x = clamp(base.quantile(p)) - centre;
            return power == 1 ? x : x * x;
        };
        GaussIntegratorFactory factory = new GaussIntegratorFactory();
        double sum = 0;
        for (int k = 0; k < panels; k++) {
            sum += factory.legendre(32, low + k * width, low + (k + 1) * width).integrate(f);
        }
        return sum / (highP() - low);
    }

    @Override
    public double mean() {
        return moments()[0];
    }

    /** Integrates the squared deviation itself: E[X^2] - mean^2 would lose digits to cancellation. */
    @Override
    public double variance() {
        return moments()[1];
    }

    /**
     * Mean and variance, computed once per distinct truncated distribution: the kernel asks
     * for them whenever it builds samplers (every block), and each costs thousands of
     * quantile evaluations. Scenarios hold a handful of such distributions.
     */
    private double[] moments() {
        return MOMENTS.computeIfAbsent(this, Truncated::integratedMoments);
    }

    /** Mean and variance by quadrature, uncached (the cache would hide a change of the rule from tests). */
    double[] integratedMoments() {
        double mean = moment(1, 0);
        return new double[] {mean, moment(2, mean)};
    }

    private static final java.util.Map<Truncated, double[]> MOMENTS = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public String describe(Unit unit) {
        return base.describe(unit) + " truncated to [" + unit.format(min) + ", " + unit.format(max) + "]";
    }
}
