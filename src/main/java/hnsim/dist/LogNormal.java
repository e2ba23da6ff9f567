package hnsim.dist;

import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.LogNormalSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Log-normal distribution, parameterised by the mean {@code mu} and standard deviation
 * {@code sigma} of the logarithm. Scenario files give it by mean and sd, or by median and
 * P90, converted by the factories here.
 */
public record LogNormal(double mu, double sigma) implements Distribution {
    /** z such that Phi(z) = 0.9. */
    private static final double Z90 = 1.2815515655446004;
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    public LogNormal {
        Checks.finite("mu", mu);
        Checks.positive("sigma", sigma);
    }

    public static LogNormal ofMeanSd(double mean, double sd) {
        Checks.positive("mean", mean);
        Checks.positive("sd", sd);
        double sigma2 = Math.log1p((sd * sd) / (mean * mean));
        return new LogNormal(Math.log(mean) - sigma2 / 2, Math.sqrt(sigma2));
    }

    public static LogNormal ofMedianP90(double median, double p90) {
        Checks.positive("median", median);
        Checks.ordered("median", median, "p90", p90);
        return new LogNormal(Math.log(median), Math.log(p90 / median) / Z90);
    }

    @Override
    public ContinuousSampler sampler(UniformRandomProvider rng) {
        return LogNormalSampler.of(ZigguratSampler.NormalizedGaussian.of(rng), mu, sigma);
    }

    private LogNormalDistribution math3() {
        return new LogNormalDistribution(null, mu, sigma);
    }

    /**
     * exp(mu + sigma z_p) in closed form: commons-math3's log-normal inverts its CDF with a
     * root-finder to an absolute 1e-9, too coarse for rates of a few percent and slow.
     */
    @Override
    public double quantile(double p) {
        return quantileAtNormalScore(STANDARD_NORMAL.inverseCumulativeProbability(p));
    }

    @Override
    public double quantileAtNormalScore(double z) {
        return Math.exp(mu + sigma * z);
    }

    @Override
    public double cdf(double x) {
        return math3().cumulativeProbability(x);
    }

    @Override
    public double mean() {
        return Math.exp(mu + sigma * sigma / 2);
    }

    @Override
    public double variance() {
        return Math.expm1(sigma * sigma) * Math.exp(2 * mu + sigma * sigma);
    }

    @Override
    public String describe(Unit unit) {
        return "lognormal(median " + unit.format(Math.exp(mu)) + ", mean " + unit.format(mean())
                + ", sd " + unit.format(sd()) + ")";
    }
}
