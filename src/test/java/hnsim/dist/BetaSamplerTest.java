package hnsim.dist;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The beta samplers (order statistic for whole shapes with one of them 1 or 2, gamma ratio
 * otherwise, Cheng below 1) against commons-math3's independent {@link BetaDistribution} CDF.
 *
 * <p>Kolmogorov-Smirnov on 100,000 draws from a fixed seed per shape: at that size the test
 * detects a largest CDF gap of about 0.006, so a sampler off by one order statistic (Beta(4, 2)
 * instead of Beta(3, 2): gap 0.2) or with a shape 5% off fails by far; the p-value must be at
 * least 0.001 (for a correct sampler a failure has probability 0.001 per shape, and the seed is
 * fixed, so the outcome is reproducible).
 */
class BetaSamplerTest {
    private static final int DRAWS = 100_000;
    private static final double MIN_P = 0.001;

    @ParameterizedTest(name = "Beta({0}, {1})")
    @CsvSource({"4, 2", "3, 2", "2, 4", "2, 2", "1, 1", "5, 1", "1, 6", "2, 7", "7, 2", "2.5, 1.5", "3, 3", "0.5, 2"})
    void drawsFollowTheBetaCdf(double alpha, double beta) {
        assertThat(pValue(new Beta(alpha, beta), alpha, beta)).isGreaterThanOrEqualTo(MIN_P);
    }

    @Test
    void theOrderStatisticServesWholeShapesWithOneOfThemOneOrTwo() {
        assertThat(OrderStatisticBetaSampler.applies(4, 2)).isTrue();
        assertThat(OrderStatisticBetaSampler.applies(1, 8)).isTrue();
        assertThat(OrderStatisticBetaSampler.applies(3, 3)).isFalse();
        assertThat(OrderStatisticBetaSampler.applies(2.5, 2)).isFalse();
        assertThat(OrderStatisticBetaSampler.applies(2, 8)).isFalse();
    }

    @Test
    void aSamplerOfTheWrongOrderStatisticIsRejected() {
        // Beta(4, 2) draws tested as Beta(3, 2): the test has the power to tell neighbouring statistics apart.
        assertThat(pValue(new Beta(4, 2), 3, 2)).isLessThan(MIN_P);
        // A shape 5% off is caught too.
        assertThat(pValue(new Beta(4.2, 2), 4, 2)).isLessThan(MIN_P);
    }

    private static double pValue(Beta sampled, double alpha, double beta) {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(20_210_301L + (long) (alpha * 100 + beta));
        ContinuousSampler sampler = sampled.sampler(rng);
        double[] draws = new double[DRAWS];
        for (int i = 0; i < DRAWS; i++) {
            draws[i] = sampler.sample();
        }
        return new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new BetaDistribution(null, alpha, beta), draws);
    }
}
