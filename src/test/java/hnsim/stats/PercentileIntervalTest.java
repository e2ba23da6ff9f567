package hnsim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.PermutationSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Percentiles are nearest-rank order statistics and their 95% intervals are the
 * distribution-free order-statistic intervals [X(l), X(u)], with l and u the 2.5% and 97.5%
 * points of Binomial(n, p), the count of values below the true p-quantile (u one above it).
 */
class PercentileIntervalTest {
    private static final int N = 112;
    private static final int REPETITIONS = 3_000;

    private static Summary summarise(double[] values) {
        return ColumnStatistics.summarise("base", "x", "2021/22", values);
    }

    /** The nearest-rank example of the textbooks: {15, 20, 35, 40, 50}. */
    @Test
    void percentilesAreNearestRankOrderStatistics() {
        Summary s = summarise(new double[] {50, 15, 40, 20, 35});
        // Levels 5, 10, 25, 50, 75, 90, 95: ranks ceil(p n) = 1, 1, 2, 3, 4, 5, 5.
        assertThat(s.percentiles()).containsExactly(15.0, 15.0, 20.0, 35.0, 40.0, 50.0, 50.0);
    }

    /**
     * The values 1..112 in random order: each interval bound is its own rank. For n = 112 the
     * Binomial(112, p) points give l = 2, u = 11 at p = 5%; l = 46, u = 67 at p = 50%;
     * l = 102, u = 111 at p = 95%.
     */
    @Test
    void intervalBoundsAreTheBinomialRanks() {
        Summary s = summarise(shuffledRanks(N, RandomSource.XO_SHI_RO_256_PP.create(3L)));
        assertThat(s.percentileCi(5)).isEqualTo(new Interval(2, 11));
        assertThat(s.percentileCi(50)).isEqualTo(new Interval(46, 67));
        assertThat(s.percentileCi(95)).isEqualTo(new Interval(102, 111));
        assertThat(s.percentile(5)).isEqualTo(6);
        assertThat(s.percentile(50)).isEqualTo(56);
        assertThat(s.percentile(95)).isEqualTo(107);
    }

    /**
     * Exact coverage at the nominal rate. With continuous values the interval [X(l), X(u)]
     * contains the true p-quantile exactly when l <= B <= u - 1, B ~ Binomial(n, p) the count
     * of values below it, whatever the distribution. The ranks are read from the intervals of
     * the values 1..n; the coverage they give must be the known one, at least 95%: 0.95312,
     * 0.95326 and 0.95312 at n = 112 (chosen because moving either bound of any of the three
     * by one rank changes its coverage by at least 0.0087) and 0.95153, 0.95117, 0.95153 at
     * the default 10,000 trajectories (an off-by-one moves these by at least 0.0011). The
     * tolerance, 2e-5, is the rounding of those figures.
     */
    @ParameterizedTest(name = "n = {0}")
    @CsvSource({"112, 0.95312, 0.95326, 0.95312", "10000, 0.95153, 0.95117, 0.95153"})
    void intervalsOfP5P50AndP95CoverAtTheirNominalRate(int n, double p5, double p50, double p95) {
        Summary s = summarise(shuffledRanks(n, RandomSource.XO_SHI_RO_256_PP.create(5L)));
        double[] exact = {p5, p50, p95};
        int[] levels = {5, 50, 95};
        for (int k = 0; k < levels.length; k++) {
            Interval ci = s.percentileCi(levels[k]);
            BinomialDistribution below = new BinomialDistribution(null, n, levels[k] / 100.0);
            double coverage = 0;
            for (int count = (int) ci.low(); count <= (int) ci.high() - 1; count++) {
                coverage += below.probability(count);
            }
            assertThat(coverage).as("exact coverage of the P%d interval [X(%d), X(%d)] of %d values", levels[k],
                    (int) ci.low(), (int) ci.high(), n).isCloseTo(exact[k], within(2e-5)).isGreaterThanOrEqualTo(0.95);
        }
    }

    /**
     * The same by simulation, so the link from ranks to coverage is checked on real samples:
     * {@value #REPETITIONS} samples of {@value #N} uniforms on [0, 1), whose p-quantile is p.
     * The observed coverage has a standard error of sqrt(0.953 x 0.047 / 3,000) = 0.0039; the
     * band is 3.5 of them (0.0135) around the exact coverage, a false alarm with probability
     * 5e-4 per level.
     */
    @Test
    void intervalsOfP5P50AndP95CoverTheTrueQuantilesOfUniformSamples() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(20_240_101L);
        int[] levels = {5, 50, 95};
        double[] exact = {0.95312, 0.95326, 0.95312};
        int[] covered = new int[levels.length];
        double[] values = new double[N];
        for (int r = 0; r < REPETITIONS; r++) {
            for (int i = 0; i < N; i++) {
                values[i] = rng.nextDouble();
            }
            Summary s = summarise(values);
            for (int k = 0; k < levels.length; k++) {
                Interval ci = s.percentileCi(levels[k]);
                double truth = levels[k] / 100.0;
                covered[k] += ci.low() <= truth && truth <= ci.high() ? 1 : 0;
            }
        }
        for (int k = 0; k < levels.length; k++) {
            assertThat((double) covered[k] / REPETITIONS).as("coverage of the P%d interval", levels[k])
                    .isCloseTo(exact[k], within(0.0135));
        }
    }

    private static double[] shuffledRanks(int n, UniformRandomProvider rng) {
        int[] order = PermutationSampler.natural(n);
        PermutationSampler.shuffle(rng, order);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = order[i] + 1;
        }
        return out;
    }
}
