package hnsim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class SensitivityAnalysisTest {
    /**
     * y = 3 a + b + 0 c with independent standard normal inputs: the explained variance splits
     * 9 : 1 : 0, so a's share is 0.9 and b's 0.1 (ranks of a linear model come close to that;
     * tolerance 0.03 at n = 20,000).
     */
    @Test
    void ranksInputsByTheirShareOfTheSpread() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(99L);
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
        int n = 20_000;
        double[][] x = new double[n][4];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = normal.sample();
            x[i][1] = normal.sample();
            x[i][2] = normal.sample();
            x[i][3] = 1.0;
            y[i] = 3 * x[i][0] + x[i][1];
        }
        List<Driver> drivers = SensitivityAnalysis.compute(List.of("a", "b", "c", "constant"), x, y);
        assertThat(drivers).extracting(Driver::input).containsExactly("a", "b", "c");
        assertThat(drivers.get(0).share()).isCloseTo(0.9, within(0.03));
        assertThat(drivers.get(1).share()).isCloseTo(0.1, within(0.03));
        assertThat(drivers.get(2).share()).isCloseTo(0.0, within(0.005));
        assertThat(drivers.get(0).spearman()).isCloseTo(0.94, within(0.02));
        assertThat(drivers.get(2).spearman()).isCloseTo(0.0, within(0.03));
    }

    /**
     * With one varying input the regression on standardised ranks has one coefficient, which is
     * the rank correlation itself (Spearman's rho with average ranks for ties): here an event
     * (0/1, many ties) and a skewed outcome. Its share is all of the explained spread.
     */
    @Test
    void oneInputsCoefficientIsItsSpearmanCorrelation() {
        int n = 9;
        double[] event = {0, 1, 0, 0, 1, 1, 0, 1, 0};
        double[][] x = new double[n][2];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = event[i];
            x[i][1] = 7;
            y[i] = Math.exp(i % 5) + 10 * event[i];
        }
        List<Driver> drivers = SensitivityAnalysis.compute(List.of("approval", "fixed"), x, y);
        assertThat(drivers).hasSize(1);
        Driver d = drivers.get(0);
        double rho = new org.apache.commons.math3.stat.correlation.SpearmansCorrelation().correlation(event, y);
        assertThat(d.spearman()).isCloseTo(rho, within(1e-12));
        assertThat(d.srrc()).isCloseTo(rho, within(1e-12));
        assertThat(d.share()).isEqualTo(1.0);
    }

    /** The regression needs at least three more trajectories than varying inputs; with fewer there are no drivers. */
    @Test
    void tooFewTrajectoriesGiveNoDrivers() {
        double[][] three = {{1, 5}, {2, 3}, {3, 4}, {4, 1}};
        double[] y = {1, 2, 4, 3};
        assertThat(SensitivityAnalysis.compute(List.of("a", "b"), three, y)).isEmpty();
        double[][] five = {{1, 5}, {2, 3}, {3, 4}, {4, 1}, {5, 2}};
        assertThat(SensitivityAnalysis.compute(List.of("a", "b"), five, new double[] {1, 2, 4, 3, 6}))
                .extracting(Driver::input).containsExactlyInAnyOrder("a", "b");
    }

    /**
     * The primitive ranking is commons-math3's NaturalRanking(AVERAGE) value for value: ties
     * (a few distinct values, as of booleans and counts), -0.0 beside 0.0 (Double.compare keeps
     * them apart), infinities, and a column of continuous draws.
     */
    @Test
    void ranksAreCommonsMathNaturalRankingExactly() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(7L);
        double[] continuous = new double[5_000];
        double[] tied = new double[5_000];
        for (int i = 0; i < continuous.length; i++) {
            continuous[i] = rng.nextDouble() - 0.5;
            tied[i] = rng.nextInt(4);
        }
        double[] signs = {0.0, -0.0, 1, -1, 0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1, 0.0};
        NaturalRanking commons = new NaturalRanking(TiesStrategy.AVERAGE);
        for (double[] values : new double[][] {continuous, tied, signs, {3.0}}) {
            assertThat(SensitivityAnalysis.ranks(values)).containsExactly(commons.rank(values));
        }
        // -inf, -1, -0.0 x2, 0.0 x3, 1 x2, +inf: ranks 1, 2, 3.5, 6, 8.5, 10.
        assertThat(SensitivityAnalysis.ranks(signs)).containsExactly(6, 3.5, 8.5, 2, 6, 3.5, 10, 1, 8.5, 6);
    }
}
