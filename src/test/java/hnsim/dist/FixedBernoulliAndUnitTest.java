package hnsim.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The certain value, the yes/no event and the units values are shown in, with their known
 * answers; and the order of the shared parameter checks (a non-number is called that, not
 * "out of range").
 */
class FixedBernoulliAndUnitTest {
    @Test
    void aFixedValueIsAStepAtTheValueAndDrawsNothing() {
        Fixed f = new Fixed(2.5);
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(3L);
        long before = RandomSource.XO_SHI_RO_256_PP.create(3L).nextLong();
        assertThat(f.sampler(rng).sample()).isEqualTo(2.5);
        assertThat(rng.nextLong()).as("no random number consumed").isEqualTo(before);
        assertThat(f.cdf(2.4999)).isZero();
        assertThat(f.cdf(2.5)).isEqualTo(1);
        assertThat(f.cdf(3)).isEqualTo(1);
        assertThat(f.quantile(0.3)).isEqualTo(2.5);
        assertThat(f.quantileAtNormalScore(-3)).isEqualTo(2.5);
        assertThat(f.mean()).isEqualTo(2.5);
        assertThat(f.variance()).isZero();
        assertThat(f.isFixed()).isTrue();
        assertThat(new Fixed(2_100_000).describe(Unit.MONEY)).isEqualTo("£2.1m");
        assertThatIllegalArgumentException().isThrownBy(() -> new Fixed(Double.POSITIVE_INFINITY))
                .withMessage("value must be a finite number, got Infinity");
    }

    @Test
    void aBernoulliIsFixedOnlyAtZeroAndOne() {
        assertThat(new Bernoulli(0).isFixed()).isTrue();
        assertThat(new Bernoulli(1).isFixed()).isTrue();
        assertThat(new Bernoulli(0.3).isFixed()).isFalse();
        assertThat(new Bernoulli(0.3).describe(Unit.MONEY)).isEqualTo("bernoulli(30%)");
        // At 0 and 1 the draws are certain.
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(5L);
        var never = new Bernoulli(0).sampler(rng);
        var always = new Bernoulli(1).sampler(rng);
        for (int i = 0; i < 1000; i++) {
            assertThat(never.sample()).isZero();
            assertThat(always.sample()).isEqualTo(1);
        }
    }

    @Test
    void moneyIsShownInMillionsThousandsOrPoundsWithItsSign() {
        assertThat(Unit.MONEY.format(2_100_000)).isEqualTo("£2.1m");
        assertThat(Unit.MONEY.format(1_000_000)).isEqualTo("£1m");
        assertThat(Unit.MONEY.format(999_999)).isEqualTo("£1000k");
        assertThat(Unit.MONEY.format(-29_204_000)).isEqualTo("-£29.204m");
        assertThat(Unit.MONEY.format(1_000)).isEqualTo("£1k");
        assertThat(Unit.MONEY.format(45_500)).isEqualTo("£45.5k");
        assertThat(Unit.MONEY.format(-999.5)).isEqualTo("-£999.5");
        assertThat(Unit.MONEY.format(12)).isEqualTo("£12");
        assertThat(Unit.MONEY.format(0)).isEqualTo("£0");
        assertThat(Unit.RATE.format(0.06)).isEqualTo("6%");
        assertThat(Unit.PROBABILITY.format(0.0125)).isEqualTo("1.25%");
        assertThat(Unit.COUNT.format(1900)).isEqualTo("1,900");
        assertThat(Unit.NUMBER.format(2.5)).isEqualTo("2.5");
        assertThat(Unit.NUMBER.format(3)).isEqualTo("3");
    }

    @Test
    void aNonNumberIsCalledThatBeforeAnyRangeCheck() {
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.positive("sd", Double.NaN))
                .withMessage("sd must be a finite number, got NaN");
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.probability("p", Double.NaN))
                .withMessage("p must be a finite number, got NaN");
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.ordered("min", Double.NaN, "max", 1))
                .withMessage("min must be a finite number, got NaN");
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.ordered("min", 0, "max", Double.NaN))
                .withMessage("max must be a finite number, got NaN");
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.threePoint(0, Double.NaN, 1))
                .withMessage("mode must be a finite number, got NaN");
        // Probabilities 0 and 1 themselves are allowed; just outside them is not.
        assertThatNoException().isThrownBy(() -> Checks.probability("p", 0));
        assertThatNoException().isThrownBy(() -> Checks.probability("p", 1));
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.probability("p", -1e-12))
                .withMessage("p must be between 0 and 1, got -1.0E-12");
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.probability("p", 1 + 1e-12))
                .withMessageStartingWith("p must be between 0 and 1, got 1.0000000");
    }

    @Test
    void anInputIsFixedOnlyWhenItsDistributionIsAndItsPlanIsThatValue() {
        assertThat(new Normal(0.05, 0.02).isFixed()).isFalse();
        assertThat(new Uniform(0, 1).isFixed()).isFalse();
        assertThat(UncertainValue.fixed(3, Unit.NUMBER).isFixed()).isTrue();
        assertThat(new UncertainValue(new Fixed(3), Unit.NUMBER, 3.0).isFixed()).isTrue();
        // A plan other than the certain value: the deterministic path differs, so not fixed.
        assertThat(new UncertainValue(new Fixed(3), Unit.NUMBER, 4.0).isFixed()).isFalse();
        assertThat(new UncertainValue(new Normal(3, 1), Unit.NUMBER, null).isFixed()).isFalse();
        assertThat(new UncertainValue(new Normal(3, 1), Unit.NUMBER, 3.0).isFixed()).isFalse();
        assertThat(new UncertainValue(new Normal(3, 1), Unit.NUMBER, 2.0).central()).isEqualTo(2.0);
        assertThat(new UncertainValue(new Normal(3, 1), Unit.NUMBER, null).central()).isEqualTo(3.0);
        assertThat(new UncertainValue(new Fixed(0.9), Unit.RATE, null).describe()).isEqualTo("90%");
        assertThat(new UncertainValue(new Fixed(0.9), Unit.RATE, 1.0).describe()).isEqualTo("90%, plan 100%");
        assertThatIllegalArgumentException().isThrownBy(() -> new UncertainValue(new Fixed(1), Unit.RATE, Double.NaN))
                .withMessage("plan must be a finite number, got NaN");
    }
}
