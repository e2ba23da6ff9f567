package hnsim.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The discrete distribution's inverse CDF at its steps, its checks and its value semantics. */
class DiscreteTest {
    /** Weights that are binary fractions, so the cumulative probabilities 0.5 and 0.75 are exact. */
    private static final Discrete QUARTERS = new Discrete(new double[] {3, 1, 2}, new double[] {0.25, 0.5, 0.25});

    @Test
    void theQuantileAtAStepIsTheValueWhoseStepEndsThere() {
        // inf{x : F(x) >= p}: F(1) = 0.5 and F(2) = 0.75 exactly.
        assertThat(QUARTERS.quantile(0.5)).isEqualTo(1);
        assertThat(QUARTERS.quantile(Math.nextUp(0.5))).isEqualTo(2);
        assertThat(QUARTERS.quantile(0.75)).isEqualTo(2);
        assertThat(QUARTERS.quantile(1)).isEqualTo(3);
        assertThat(QUARTERS.quantile(0)).isEqualTo(1);
    }

    @Test
    void theTopQuantileIsTheLargestValueWhenTheWeightsFallShortOfOneByRounding() {
        Discrete d = new Discrete(new double[] {1, 2}, new double[] {0.5, 0.5 - 1e-10});
        assertThat(d.quantile(1)).isEqualTo(2);
    }

    @Test
    void refusesANonFiniteValue() {
        assertThatThrownBy(() -> new Discrete(new double[] {1, Double.NaN}, new double[] {0.5, 0.5}))
                .hasMessageContaining("values[1] must be a finite number");
    }

    @Test
    void describesItsValuesInAscendingOrderWithTheirProbabilities() {
        assertThat(QUARTERS.describe(Unit.NUMBER)).isEqualTo("discrete(1 (50%), 2 (25%), 3 (25%))");
    }

    @Test
    void equalityIsByValueWhateverTheOrderWritten() {
        Discrete same = new Discrete(new double[] {1, 2, 3}, new double[] {0.5, 0.25, 0.25});
        Discrete other = new Discrete(new double[] {1, 2, 3}, new double[] {0.25, 0.5, 0.25});
        assertThat(same).isEqualTo(QUARTERS).hasSameHashCodeAs(QUARTERS).isNotEqualTo(other);
        assertThat(QUARTERS).isNotEqualTo(new Discrete(new double[] {1, 2, 4}, new double[] {0.5, 0.25, 0.25}));
        assertThat(QUARTERS.hashCode()).isNotEqualTo(other.hashCode());
        assertThat(QUARTERS).hasToString("Discrete[1.0, 2.0, 3.0][0.5, 0.25, 0.25]");
        assertThat(QUARTERS.values()).containsExactly(1, 2, 3);
        assertThat(QUARTERS.weights()).containsExactly(0.5, 0.25, 0.25);
    }
}
