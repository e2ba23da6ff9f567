package hnsim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
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
}
