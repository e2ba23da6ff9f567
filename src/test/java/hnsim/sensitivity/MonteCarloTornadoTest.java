package hnsim.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class MonteCarloTornadoTest {
    private static final int N = 200_000;

    /**
     * y = 2 x1 + 0 x2 with standard normal inputs: in x1's bottom decile the median of x1 is its
     * 5% point, -1.6449, so the bar runs from -3.29 to +3.29 around a median of 0; x2 does
     * nothing, so its bar has (almost) no length. Sampling error of a decile's median at this N
     * is about 0.01 on the x1 scale.
     */
    @Test
    void linearModelGivesASymmetricBarAtTheConditionalMedians() {
        double[][] x = normals(2, 11);
        double[] y = new double[N];
        for (int j = 0; j < N; j++) {
            y[j] = 2 * x[0][j];
        }
        List<TornadoBar> bars = MonteCarloTornado.bars(List.of("x1", "x2"), x, y);
        assertThat(bars).extracting(TornadoBar::input).containsExactly("x1", "x2");
        TornadoBar x1 = bars.get(0);
        assertThat(x1.low()).isCloseTo(-2 * 1.6449, within(0.04));
        assertThat(x1.high()).isCloseTo(2 * 1.6449, within(0.04));
        assertThat(x1.reference()).isCloseTo(0, within(0.02));
        assertThat(bars.get(1).swing()).isLessThan(0.05);
    }

    /** A negative effect gives a reversed bar (high input, lower output); bars sort by swing. */
    @Test
    void barsAreSortedBySwingAndKeepTheSignOfTheEffect() {
        double[][] x = normals(3, 12);
        double[] y = new double[N];
        for (int j = 0; j < N; j++) {
            y[j] = x[0][j] - 3 * x[1][j] + 0.2 * x[2][j];
        }
        List<TornadoBar> bars = MonteCarloTornado.bars(List.of("small", "large", "tiny"), x, y);
        assertThat(bars).extracting(TornadoBar::input).containsExactly("large", "small", "tiny");
        assertThat(bars.get(0).low()).isGreaterThan(bars.get(0).reference());
        assertThat(bars.get(0).high()).isLessThan(bars.get(0).reference());
        // Symmetric inputs and a linear model: the bar is centred on the median.
        for (TornadoBar bar : bars) {
            assertThat(bar.low() + bar.high()).isCloseTo(2 * bar.reference(), within(0.1));
        }
    }

    /** A yes/no input splits into its two groups, and an input that never varies gets no bar. */
    @Test
    void yesNoInputSplitsIntoItsTwoGroupsAndAFixedInputIsLeftOut() {
        double[] approved = new double[N];
        double[] fixed = new double[N];
        double[] y = new double[N];
        for (int j = 0; j < N; j++) {
            approved[j] = j % 10 < 3 ? 1 : 0;
            fixed[j] = 4;
            y[j] = 10 - 2 * approved[j] + (j % 7) * 0.01;
        }
        List<TornadoBar> bars = MonteCarloTornado.bars(List.of("approval", "fixed"), new double[][] {approved, fixed}, y);
        assertThat(bars).hasSize(1);
        assertThat(bars.get(0).low()).isCloseTo(10.03, within(1e-9));
        assertThat(bars.get(0).high()).isCloseTo(8.03, within(1e-9));
    }

    static double[][] normals(int inputs, long seed) {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(seed);
        ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(rng);
        double[][] x = new double[inputs][N];
        for (int i = 0; i < inputs; i++) {
            for (int j = 0; j < N; j++) {
                x[i][j] = z.sample();
            }
        }
        return x;
    }
}
