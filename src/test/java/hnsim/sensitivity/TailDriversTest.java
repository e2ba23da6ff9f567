package hnsim.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class TailDriversTest {

    /**
     * y = x1 with standard normal x1: the tail above the P90 is exactly x1's top decile, so the
     * mean percentile of x1 there is 95 and its lift is 10; an unrelated x2 sits at 50 with a lift
     * of 1, within sampling error (sd of a mean percentile over 20,000 tail draws is about 0.2).
     */
    @Test
    void theOutputsOwnInputFillsTheTailAndAnUnrelatedOneSitsAtChance() {
        double[][] x = MonteCarloTornadoTest.normals(2, 21);
        double[] y = x[0].clone();
        List<TailDriver> drivers = TailDrivers.of(List.of("x1", "x2"), x, y, 0.1);
        assertThat(drivers).extracting(TailDriver::input).containsExactly("x1", "x2");
        assertThat(drivers.get(0).tailMeanPercentile()).isCloseTo(95, within(0.01));
        assertThat(drivers.get(0).topDecileLift()).isCloseTo(10, within(0.01));
        assertThat(drivers.get(1).tailMeanPercentile()).isCloseTo(50, within(1.0));
        assertThat(drivers.get(1).topDecileLift()).isCloseTo(1, within(0.1));
    }

    /**
     * y = x1 + x2 with independent standard normals: by symmetry both sit at the same percentile
     * in the tail. Given y above its P90 (y > 1.2816 sqrt 2), E[x1 | tail] = E[y | tail] / 2, so the
     * mean percentile is E[Phi(x1) | tail]; computed here by numerical integration instead of
     * through the class under test.
     */
    @Test
    void twoEqualInputsShareTheTailEqually() {
        double[][] x = MonteCarloTornadoTest.normals(2, 22);
        double[] y = new double[x[0].length];
        for (int j = 0; j < y.length; j++) {
            y[j] = x[0][j] + x[1][j];
        }
        List<TailDriver> drivers = TailDrivers.of(List.of("x1", "x2"), x, y, 0.1);
        double expected = expectedTailPercentile();
        for (TailDriver d : drivers) {
            assertThat(d.tailMeanPercentile()).isCloseTo(expected, within(0.5));
        }
    }

    /** E[100 Phi(x1) | x1 + x2 > c] with c the P90 of N(0, 2), by a midpoint rule over x1. */
    private static double expectedTailPercentile() {
        NormalDistribution z = new NormalDistribution(0, 1);
        double c = 1.2815515655446004 * Math.sqrt(2);
        double weighted = 0;
        double mass = 0;
        double h = 1e-3;
        for (double u = -8; u < 8; u += h) {
            double x1 = u + h / 2;
            double w = z.density(x1) * (1 - z.cumulativeProbability(c - x1)) * h;
            weighted += w * 100 * z.cumulativeProbability(x1);
            mass += w;
        }
        return weighted / mass;
    }
}
