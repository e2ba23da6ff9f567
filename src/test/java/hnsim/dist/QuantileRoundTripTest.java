package hnsim.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * quantile and cdf are inverse to each other: the copula and Latin hypercube sampling map
 * uniforms to values through quantile, so an error here would bias every correlated draw.
 */
class QuantileRoundTripTest {
    private static final double[] PROBABILITIES = {1e-4, 0.001, 0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999, 0.9999};

    /**
     * Tolerance: 1e-7 of the distribution's sd in value and 1e-8 in probability. The beta
     * family's quantile is a root-finder (commons-math3, absolute accuracy 1e-9 on [0, 1]),
     * which sets the scale; the closed forms are exact to rounding.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("hnsim.dist.DistributionCases#continuousArguments")
    void quantileOfCdfGivesBackTheValue(String name, Distribution d) {
        for (double p : PROBABILITIES) {
            double x = d.quantile(p);
            assertThat(d.cdf(x)).as("cdf(quantile(%s))", p).isCloseTo(p, within(1e-8));
            assertThat(d.quantile(d.cdf(x))).as("quantile(cdf(%s))", x).isCloseTo(x, within(1e-7 * d.sd()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hnsim.dist.DistributionCases#continuousArguments")
    void normalScoreMapsThroughTheQuantile(String name, Distribution d) {
        double[] scores = {-3.5, -2, -0.7, 0, 0.3, 1.64, 3.1};
        org.apache.commons.math3.distribution.NormalDistribution phi =
                new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1);
        for (double z : scores) {
            assertThat(d.quantileAtNormalScore(z)).as("value at normal score %s", z)
                    .isCloseTo(d.quantile(phi.cumulativeProbability(z)), within(1e-7 * d.sd()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hnsim.dist.DistributionCases#discreteArguments")
    void discreteQuantileIsTheSmallestValueReachingTheProbability(String name, Distribution d) {
        for (double x : ChiSquareSamplerTest.support(d)) {
            assertThat(d.quantile(d.cdf(x))).isEqualTo(x);
        }
        for (double p : PROBABILITIES) {
            double x = d.quantile(p);
            assertThat(d.cdf(x)).isGreaterThanOrEqualTo(p - 1e-12);
            assertThat(d.cdf(Math.nextDown(x))).isLessThan(p);
        }
    }

    @Test
    void discreteValuesAreKeptInAscendingOrderWithTheirWeights() {
        Discrete d = new Discrete(new double[] {3, 1, 2}, new double[] {0.2, 0.5, 0.3});
        assertThat(d.values()).containsExactly(1, 2, 3);
        assertThat(d.weights()).containsExactly(0.5, 0.3, 0.2);
        assertThat(d.quantile(0.5)).isEqualTo(1);
        assertThat(d.quantile(0.51)).isEqualTo(2);
        assertThat(d.quantile(0.81)).isEqualTo(3);
        assertThat(d.cdf(2.5)).isCloseTo(0.8, within(1e-15));
    }

    @Test
    void bernoulliQuantileMapsTheTopShareOfUniformsToOne() {
        Bernoulli b = new Bernoulli(0.3);
        assertThat(b.quantile(0.69)).isZero();
        assertThat(b.quantile(0.71)).isEqualTo(1);
        assertThat(b.cdf(0)).isCloseTo(0.7, within(1e-15));
    }

    @Test
    void truncationKeepsItsProbabilityWithinTheBounds() {
        Truncated t = new Truncated(new Normal(0.05, 0.02), 0, 0.08);
        assertThat(t.quantile(0)).isEqualTo(0);
        assertThat(t.quantile(1)).isEqualTo(0.08);
        assertThat(t.cdf(-0.01)).isZero();
        assertThat(t.cdf(0.08)).isEqualTo(1);
        assertThat(t.quantileAtNormalScore(-40)).isEqualTo(0);
        assertThat(t.quantileAtNormalScore(40)).isEqualTo(0.08);
    }
}
