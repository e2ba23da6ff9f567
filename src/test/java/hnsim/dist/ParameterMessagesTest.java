package hnsim.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * Each check of a distribution's parameters, built directly (not through the scenario reader):
 * the message names the parameter the user got wrong, not a later one it broke. And the beta
 * sampler chosen for each kind of shape, as the sampler benchmark decided.
 */
class ParameterMessagesTest {
    @Test
    void logNormalParametersAreNamed() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LogNormal(Double.NaN, 1))
                .withMessage("mu must be a finite number, got NaN");
        assertThatIllegalArgumentException().isThrownBy(() -> new LogNormal(0, 0))
                .withMessage("sigma must be greater than 0, got 0.0");
        assertThatIllegalArgumentException().isThrownBy(() -> LogNormal.ofMeanSd(0, 1))
                .withMessage("mean must be greater than 0, got 0.0");
        assertThatIllegalArgumentException().isThrownBy(() -> LogNormal.ofMeanSd(1, 0))
                .withMessage("sd must be greater than 0, got 0.0");
        assertThatIllegalArgumentException().isThrownBy(() -> LogNormal.ofMedianP90(0, 1))
                .withMessage("median must be greater than 0, got 0.0");
        assertThatIllegalArgumentException().isThrownBy(() -> LogNormal.ofMedianP90(2, 2))
                .withMessage("median (2.0) must be less than p90 (2.0)");
    }

    @Test
    void betaMeanAndSdAreNamed() {
        assertThatIllegalArgumentException().isThrownBy(() -> Beta.ofMeanSd(Double.NaN, 0.1))
                .withMessage("mean must be a finite number, got NaN");
        assertThatIllegalArgumentException().isThrownBy(() -> Beta.ofMeanSd(0.5, 0))
                .withMessage("sd must be greater than 0, got 0.0");
    }

    @Test
    void empiricalObservationsAreCheckedSortedAndComparedByValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Empirical(new double[] {1, Double.NaN}))
                .withMessage("observations[1] must be a finite number, got NaN");
        assertThatIllegalArgumentException().isThrownBy(() -> new Empirical(new double[0]))
                .withMessage("an empirical distribution needs at least one observation");
        double[] raw = {3, 1, 2};
        Empirical e = new Empirical(raw);
        raw[0] = 99;
        assertThat(e.observations()).containsExactly(1, 2, 3);
        assertThat(e).isEqualTo(new Empirical(new double[] {2, 3, 1})).isNotEqualTo(new Empirical(new double[] {1, 2, 4}))
                .isNotEqualTo(new Uniform(1, 3));
        assertThat(e.hashCode()).isEqualTo(new Empirical(new double[] {1, 2, 3}).hashCode())
                .isNotEqualTo(new Empirical(new double[] {1, 2, 4}).hashCode());
        assertThat(e).hasToString("Empirical[1.0, 2.0, 3.0]");
        assertThat(e.isFixed()).isFalse();
        assertThat(new Empirical(new double[] {5, 5}).isFixed()).isTrue();
        assertThat(new Empirical(new double[] {5, 5, 6}).isFixed()).isFalse();
        // Population variance of 1, 2, 3: 2/3; the quantile is the nearest-rank observation.
        assertThat(e.variance()).isEqualTo(2.0 / 3);
        assertThat(e.quantile(0)).isEqualTo(1);
        assertThat(e.quantile(1.0 / 3)).isEqualTo(1);
        assertThat(e.quantile(0.34)).isEqualTo(2);
        assertThat(e.quantile(1)).isEqualTo(3);
    }

    @Test
    void eachKindOfBetaShapeGetsItsSampler() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(1L);
        // Whole shapes, the smaller 1 or 2, with alpha + beta - 1 <= 8: the order statistic of uniforms.
        for (double[] s : new double[][] {{4, 2}, {3, 2}, {1, 1}, {1, 3}, {3, 1}, {2, 7}}) {
            assertThat(Beta.sampler(rng, s[0], s[1])).as("Beta(%s, %s)", s[0], s[1])
                    .isInstanceOf(OrderStatisticBetaSampler.class);
        }
        // A shape below 1: Cheng's sampler (the gamma ratio can underflow to 0/0).
        for (double[] s : new double[][] {{0.5, 2}, {2, 0.5}, {0.99, 1}, {1, 0.99}}) {
            // ChengBetaSampler.of returns one of its algorithm classes; they name themselves.
            assertThat(Beta.sampler(rng, s[0], s[1]).toString()).as("Beta(%s, %s)", s[0], s[1])
                    .startsWith("Cheng Beta deviate");
        }
        // Other shapes of at least 1 (PERT's): the ratio of two gamma draws, neither of the above.
        for (double[] s : new double[][] {{2.5, 3.5}, {1, 1.5}, {4, 5}, {2, 8}}) {
            assertThat(Beta.sampler(rng, s[0], s[1])).as("Beta(%s, %s)", s[0], s[1])
                    .isNotInstanceOf(OrderStatisticBetaSampler.class)
                    .satisfies(x -> assertThat(x.toString()).doesNotStartWith("Cheng"));
        }
    }
}
