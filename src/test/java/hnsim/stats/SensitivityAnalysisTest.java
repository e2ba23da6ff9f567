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
}
