package hnsim.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class SobolEstimatorTest {
    private static final List<String> X123 = List.of("x1", "x2", "x3");

    /**
     * Ishigami function, a = 7, b = 0.1, inputs uniform on [-pi, pi]: published indices
     * (Saltelli et al. 2008, section 4.8; Sobol' and Levitan 1999) S = 0.3139, 0.4424, 0 and
     * S_T = 0.5576, 0.4424, 0.2437. At N = 2^14 quasi-random rows the estimators are within 0.02.
     */
    @Test
    void recoversTheIshigamiFunctionsPublishedIndices() {
        SaltelliOutputs out = SaltelliDesigns.evaluate(3, 1 << 14, u -> {
            double x1 = Math.PI * (2 * u[0] - 1);
            double x2 = Math.PI * (2 * u[1] - 1);
            double x3 = Math.PI * (2 * u[2] - 1);
            return Math.sin(x1) + 7 * Math.pow(Math.sin(x2), 2) + 0.1 * Math.pow(x3, 4) * Math.sin(x1);
        });
        List<SobolIndex> s = SobolEstimator.estimate(X123, out, 200, 1);
        double[] first = {0.3139, 0.4424, 0.0};
        double[] total = {0.5576, 0.4424, 0.2437};
        for (int i = 0; i < 3; i++) {
            assertThat(s.get(i).firstOrder()).as("S_%d", i + 1).isCloseTo(first[i], within(0.02));
            assertThat(s.get(i).totalOrder()).as("S_T%d", i + 1).isCloseTo(total[i], within(0.02));
            assertThat(s.get(i).firstOrderCi().low()).isLessThanOrEqualTo(s.get(i).firstOrder());
            assertThat(s.get(i).firstOrderCi().high()).isGreaterThanOrEqualTo(s.get(i).firstOrder());
        }
        assertThat(out.evaluations()).isEqualTo((1L << 14) * 5);
    }

    /**
     * y = sum a_i x_i with independent normal x_i: S_i = a_i^2 var(x_i) / var(y) and, with no
     * interactions, S_Ti = S_i. The bootstrap intervals must contain the analytic values.
     */
    @Test
    void linearModelHasFirstOrderIndicesEqualToItsVarianceSharesAndNoInteractions() {
        double[] coefficient = {1, 2, 3};
        double[] sd = {3, 1, 0.5};
        NormalDistribution z = new NormalDistribution(0, 1);
        SaltelliOutputs out = SaltelliDesigns.evaluate(3, 1 << 13, u -> {
            double y = 0;
            for (int i = 0; i < 3; i++) {
                y += coefficient[i] * sd[i] * z.inverseCumulativeProbability(clamp(u[i]));
            }
            return y;
        });
        double variance = 0;
        for (int i = 0; i < 3; i++) {
            variance += Math.pow(coefficient[i] * sd[i], 2);
        }
        List<SobolIndex> s = SobolEstimator.estimate(X123, out, 300, 2);
        for (int i = 0; i < 3; i++) {
            double expected = Math.pow(coefficient[i] * sd[i], 2) / variance;
            SobolIndex index = s.get(i);
            assertThat(expected).as("S_%d = %.4f in its interval", i + 1, expected)
                    .isBetween(index.firstOrderCi().low(), index.firstOrderCi().high());
            assertThat(expected).as("S_T%d = %.4f in its interval", i + 1, expected)
                    .isBetween(index.totalOrderCi().low(), index.totalOrderCi().high());
            assertThat(index.firstOrder()).isCloseTo(expected, within(0.02));
            assertThat(index.totalOrder()).isCloseTo(index.firstOrder(), within(0.02));
            assertThat(index.firstOrderCi().high() - index.firstOrderCi().low()).isLessThan(0.1);
        }
    }

    /**
     * y = x1 x2 + 0 x3 with x1, x2 ~ N(1, 1): var(y) = 3, var(E[y|x1]) = 1, so S_1 = S_2 = 1/3,
     * the interaction x1 x2 holds the remaining 1/3 and S_T1 = S_T2 = 2/3; x3 does nothing.
     */
    @Test
    void productOfTwoInputsHasTotalIndicesAboveFirstOrderByTheInteractionShare() {
        NormalDistribution x = new NormalDistribution(1, 1);
        SaltelliOutputs out = SaltelliDesigns.evaluate(3, 1 << 14, u ->
                x.inverseCumulativeProbability(clamp(u[0])) * x.inverseCumulativeProbability(clamp(u[1])));
        List<SobolIndex> s = SobolEstimator.estimate(X123, out, 200, 3);
        for (int i = 0; i < 2; i++) {
            assertThat(s.get(i).firstOrder()).isCloseTo(1.0 / 3, within(0.03));
            assertThat(s.get(i).totalOrder()).isCloseTo(2.0 / 3, within(0.03));
            assertThat(s.get(i).interactionShare()).isCloseTo(1.0 / 3, within(0.04));
        }
        assertThat(s.get(2).firstOrder()).isCloseTo(0, within(1e-12));
        assertThat(s.get(2).totalOrder()).isCloseTo(0, within(1e-12));
    }

    @Test
    void bootstrapIsReproducibleFromItsSeedAndNarrowsWithMoreRows() {
        SaltelliOutputs small = SaltelliDesigns.evaluate(3, 1 << 10, u -> u[0] + 2 * u[1] * u[2]);
        SaltelliOutputs large = SaltelliDesigns.evaluate(3, 1 << 14, u -> u[0] + 2 * u[1] * u[2]);
        assertThat(SobolEstimator.estimate(X123, small, 100, 9))
                .isEqualTo(SobolEstimator.estimate(X123, small, 100, 9));
        double smallWidth = width(SobolEstimator.estimate(X123, small, 200, 9).get(1));
        double largeWidth = width(SobolEstimator.estimate(X123, large, 200, 9).get(1));
        // Interval width falls like 1/sqrt(N): 16 times the rows, about a quarter of the width.
        assertThat(largeWidth).isBetween(smallWidth / 8, smallWidth / 2);
    }

    @Test
    void aConstantOutputHasZeroIndicesRatherThanNaN() {
        SaltelliOutputs out = SaltelliDesigns.evaluate(3, 64, u -> 5.0);
        for (SobolIndex index : SobolEstimator.estimate(X123, out, 10, 1)) {
            assertThat(index.firstOrder()).isZero();
            assertThat(index.totalOrder()).isZero();
        }
    }

    private static double width(SobolIndex index) {
        return index.firstOrderCi().high() - index.firstOrderCi().low();
    }

    private static double clamp(double u) {
        return Math.min(Math.max(u, 1e-12), 1 - 1e-12);
    }
}
