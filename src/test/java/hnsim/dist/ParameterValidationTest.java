package hnsim.dist;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import org.junit.jupiter.api.Test;

/** Constructors refuse impossible parameters with a message naming the parameter and its value. */
class ParameterValidationTest {
    @Test
    void rejectsANonPositiveSd() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Normal(0.05, 0))
                .withMessage("sd must be greater than 0, got 0.0");
        assertThatIllegalArgumentException().isThrownBy(() -> new Normal(0.05, -0.02))
                .withMessage("sd must be greater than 0, got -0.02");
        assertThatIllegalArgumentException().isThrownBy(() -> LogNormal.ofMeanSd(54_000, 0))
                .withMessage("sd must be greater than 0, got 0.0");
    }

    @Test
    void rejectsNonFiniteParameters() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Normal(Double.NaN, 1))
                .withMessage("mean must be a finite number, got NaN");
        assertThatIllegalArgumentException().isThrownBy(() -> new Uniform(0, Double.POSITIVE_INFINITY))
                .withMessage("max must be a finite number, got Infinity");
    }

    @Test
    void rejectsMinNotBelowMax() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Uniform(0.03, 0.01))
                .withMessage("min (0.03) must be less than max (0.01)");
        assertThatIllegalArgumentException().isThrownBy(() -> new Triangular(1, 1, 1))
                .withMessage("min (1.0) must be less than max (1.0)");
        assertThatIllegalArgumentException().isThrownBy(() -> new Truncated(new Normal(0, 1), 2, -2))
                .withMessage("truncate min (2.0) must be less than truncate max (-2.0)");
        assertThatIllegalArgumentException().isThrownBy(() -> LogNormal.ofMedianP90(0.09, 0.06))
                .withMessage("median (0.09) must be less than p90 (0.06)");
    }

    @Test
    void rejectsAModeOutsideTheRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Triangular(0.03, 0.12, 0.10))
                .withMessage("mode (0.12) must lie between min (0.03) and max (0.1)");
        assertThatIllegalArgumentException().isThrownBy(() -> new Pert(0.03, 0.01, 0.10))
                .withMessage("mode (0.01) must lie between min (0.03) and max (0.1)");
        assertThatNoException().isThrownBy(() -> new Pert(0.03, 0.03, 0.10));
    }

    @Test
    void rejectsWeightsNotSummingToOne() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Discrete(new double[] {1, 2, 3}, new double[] {0.333, 0.333, 0.333}))
                .withMessage("weights must sum to 1, got 0.999");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Discrete(new double[] {1, 2}, new double[] {1.2, -0.2}))
                .withMessage("weights[0] must be between 0 and 1, got 1.2");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Discrete(new double[] {1, 2}, new double[] {1}))
                .withMessage("values and weights must be non-empty and of equal length, got 2 values and 1 weights");
        assertThatNoException().isThrownBy(() -> new Discrete(new double[] {1, 2, 3}, new double[] {0.1, 0.2, 0.7}));
    }

    @Test
    void rejectsAnInfeasibleBetaMeanAndSd() {
        assertThatIllegalArgumentException().isThrownBy(() -> Beta.ofMeanSd(0.5, 0.5))
                .withMessage("sd 0.5 is too large for a beta with mean 0.5: sd must be below 0.5");
        assertThatIllegalArgumentException().isThrownBy(() -> Beta.ofMeanSd(1.2, 0.1))
                .withMessage("mean must be strictly between 0 and 1, got 1.2");
        assertThatIllegalArgumentException().isThrownBy(() -> new Beta(0, 2))
                .withMessage("alpha must be greater than 0, got 0.0");
    }

    @Test
    void rejectsProbabilitiesOutsideZeroToOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Bernoulli(1.5))
                .withMessage("probability must be between 0 and 1, got 1.5");
    }

    @Test
    void rejectsATruncationThatKeepsNothing() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Truncated(new Uniform(0, 1), 2, 3))
                .withMessage("truncation [2.0, 3.0] keeps none of the distribution's probability");
    }

    @Test
    void rejectsTruncatingADiscreteDistribution() {
        // Truncation at an atom used to drop it: Empirical[0, 1, 2] truncated to [0, 1] never drew 0.
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Truncated(new Empirical(new double[] {0, 1, 2}), 0, 1))
                .withMessage("truncate applies to continuous distributions; give a empirical distribution"
                        + " only the values it may take instead");
        assertThatIllegalArgumentException().isThrownBy(() -> new Truncated(new Bernoulli(0.4), 0, 1));
    }

    @Test
    void rejectsAnEmptyEmpiricalDistribution() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Empirical(new double[0]))
                .withMessage("an empirical distribution needs at least one observation");
    }
}
