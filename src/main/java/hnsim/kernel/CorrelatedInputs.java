package hnsim.kernel;

import java.util.List;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The normal scores of yearly inputs tied by a Gaussian copula. For each trajectory and year
 * every member draws an independent standard normal from its <em>own</em> named stream (so
 * streams stay per input and a member's draws do not depend on the others'), the vector is
 * multiplied by the Cholesky factor L of the copula's correlation matrix, and each member's
 * correlated shock goes through its AR(1) recursion {@code s_t = rho s_{t-1} + sqrt(1 - rho^2) w_t}
 * ({@code s_0 = w_0}). A member's value is then its distribution at normal score {@code s_t}
 * ({@code quantile(Phi(s_t))}; {@code mean + sd s_t} for a normal), mapped by
 * {@link Draw.CopulaMember}, so options that change a member's distribution share the scores.
 *
 * <p>So every year keeps each member's distribution exactly, lag-k autocorrelation is rho^k, and
 * the first year's rank correlations are the matrix's. In later years two members with the
 * same persistence keep the matrix's correlation; members with different persistence rho_i
 * and rho_j drift towards r sqrt((1 - rho_i^2)(1 - rho_j^2)) / (1 - rho_i rho_j).
 *
 * <p>Not thread-safe: one per worker block, like its generators.
 */
final class CorrelatedInputs extends Draw {
    /** One member: the input's stream name and its AR(1) persistence. */
    record Member(String streamName, double persistence) {
    }

    private final StreamGenerator[] generators;
    private final NormalizedGaussianSampler[] normals;
    private final double[] rho;
    private final double[] innovation;
    private final double[][] factor;
    private final double[][] independent;
    /** The members' correlated normal scores of the trajectory last drawn, {@code [member][year]}. */
    final double[][] scores;
    private final double[] shock;
    private final int years;

    CorrelatedInputs(List<Member> members, double[][] choleskyFactor, int years, long seed) {
        super(seed, 0);
        int n = members.size();
        this.years = years;
        generators = new StreamGenerator[n];
        normals = new NormalizedGaussianSampler[n];
        rho = new double[n];
        innovation = new double[n];
        for (int m = 0; m < n; m++) {
            Member member = members.get(m);
            generators[m] = new StreamGenerator(member.streamName());
            normals[m] = ZigguratSampler.NormalizedGaussian.of(generators[m]);
            rho[m] = member.persistence();
            innovation[m] = Math.sqrt(1 - rho[m] * rho[m]);
        }
        factor = new double[n][];
        for (int m = 0; m < n; m++) {
            factor[m] = java.util.Arrays.copyOf(choleskyFactor[m], m + 1);
        }
        independent = new double[n][years];
        scores = new double[n][years];
        shock = new double[n];
    }

    /** Draws every member's scores for one trajectory; read them from {@link #scores}. */
    @Override
    void draw(long trajectory) {
        int n = generators.length;
        for (int m = 0; m < n; m++) {
            generators[m].reseed(seed, trajectory);
            for (int t = 0; t < years; t++) {
                independent[m][t] = normals[m].sample();
            }
        }
        for (int t = 0; t < years; t++) {
            for (int m = 0; m < n; m++) {
                double[] row = factor[m];
                double w = 0;
                for (int k = 0; k < row.length; k++) {
                    w += row[k] * independent[k][t];
                }
                shock[m] = t == 0 ? w : rho[m] * shock[m] + innovation[m] * w;
                scores[m][t] = shock[m];
            }
        }
    }

    /** The members' normal draws are counted with their mapping ({@code quantile-<kind>}, {@link Draw.CopulaMember}). */
    @Override
    void profile(java.util.Map<String, Integer> counts) {
    }

    @Override
    int draws() {
        return generators.length * years;
    }
}
