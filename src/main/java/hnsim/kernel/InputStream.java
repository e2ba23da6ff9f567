package hnsim.kernel;

import hnsim.dist.Distribution;
import hnsim.dist.UncertainValue;
import java.util.List;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * One named uncertain input of a trajectory with a value per year (a placement type's growth,
 * a workstream's delivery): its own generator and one sampler per year bound to it. With
 * persistence rho > 0 the input follows an AR(1) process on normal scores: standard normals
 * z_t give s_t = rho s_{t-1} + sqrt(1 - rho^2) z_t (s_0 = z_0, so every s_t is standard normal)
 * and the year's value is its distribution's quantile at the score s_t. Every year thus keeps
 * its distribution exactly, bounds and truncation included (for a normal the value is
 * mean_t + sd_t s_t), and a year with a known, fixed value still carries the process on, so the
 * years after it keep their full spread. The copula path ({@link CorrelatedInputs}) does the same.
 */
final class InputStream {
    private final StreamGenerator generator;
    private final ContinuousSampler[] samplers;
    private final Distribution[] distributions;
    private final ContinuousSampler normalScore;
    private final double[] mean;
    private final double rho;
    private final double innovation;
    private final boolean fixed;

    InputStream(String name, List<UncertainValue> byYear, double rho) {
        this.generator = new StreamGenerator(name);
        int years = byYear.size();
        this.samplers = new ContinuousSampler[years];
        this.distributions = new Distribution[years];
        this.normalScore = ZigguratSampler.NormalizedGaussian.of(generator);
        this.mean = new double[years];
        boolean allFixed = true;
        for (int t = 0; t < years; t++) {
            UncertainValue v = byYear.get(t);
            samplers[t] = v.distribution().sampler(generator);
            distributions[t] = v.distribution();
            mean[t] = v.distribution().mean();
            allFixed &= v.distribution().isFixed();
        }
        this.fixed = allFixed;
        this.rho = rho;
        this.innovation = Math.sqrt(1 - rho * rho);
    }

    /** Fills {@code out[0..years)} with trajectory {@code trajectory}'s values. */
    void draw(long seed, long trajectory, double[] out) {
        if (fixed) {
            for (int t = 0; t < out.length; t++) {
                out[t] = mean[t];
            }
            return;
        }
        generator.reseed(seed, trajectory);
        if (rho == 0) {
            for (int t = 0; t < out.length; t++) {
                out[t] = samplers[t].sample();
            }
            return;
        }
        double score = 0;
        for (int t = 0; t < out.length; t++) {
            double z = normalScore.sample();
            score = t == 0 ? z : rho * score + innovation * z;
            out[t] = distributions[t].quantileAtNormalScore(score);
        }
    }

    /** Number of random draws one trajectory takes from this input. */
    int drawsPerTrajectory() {
        return fixed ? 0 : samplers.length;
    }
}
