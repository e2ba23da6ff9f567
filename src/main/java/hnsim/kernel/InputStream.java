package hnsim.kernel;

import hnsim.dist.UncertainValue;
import java.util.List;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * One named uncertain input of a trajectory with a value per year (a placement type's growth,
 * a workstream's delivery): its own generator and one sampler per year bound to it. With
 * persistence rho > 0 the yearly draws are turned into an AR(1) process: standardised
 * shocks z_t = (x_t - mean_t) / sd_t are combined as s_t = rho s_{t-1} + sqrt(1 - rho^2) z_t
 * (s_0 = z_0, so every year keeps its distribution's mean and variance) and the value is
 * mean_t + sd_t s_t.
 */
final class InputStream implements YearlyDraw {
    private final StreamGenerator generator;
    private final ContinuousSampler[] samplers;
    private final double[] mean;
    private final double[] sd;
    private final double rho;
    private final double innovation;
    private final boolean fixed;

    InputStream(String name, List<UncertainValue> byYear, double rho) {
        this.generator = new StreamGenerator(name);
        int years = byYear.size();
        this.samplers = new ContinuousSampler[years];
        this.mean = new double[years];
        this.sd = new double[years];
        boolean allFixed = true;
        for (int t = 0; t < years; t++) {
            UncertainValue v = byYear.get(t);
            samplers[t] = v.distribution().sampler(generator);
            mean[t] = v.distribution().mean();
            sd[t] = v.distribution().sd();
            allFixed &= v.distribution().isFixed();
        }
        this.fixed = allFixed;
        this.rho = rho;
        this.innovation = Math.sqrt(1 - rho * rho);
    }

    @Override
    public void draw(long seed, long trajectory, double[] out) {
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
        double shock = 0;
        for (int t = 0; t < out.length; t++) {
            double x = samplers[t].sample();
            if (sd[t] == 0) {
                out[t] = x;
                continue;
            }
            double z = (x - mean[t]) / sd[t];
            shock = t == 0 ? z : rho * shock + innovation * z;
            out[t] = mean[t] + sd[t] * shock;
        }
    }

    @Override
    public int drawsPerTrajectory() {
        return fixed ? 0 : samplers.length;
    }
}
