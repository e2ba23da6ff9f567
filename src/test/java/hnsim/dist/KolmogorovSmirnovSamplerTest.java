package hnsim.dist;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each continuous distribution's sampler against its own CDF by the Kolmogorov-Smirnov test.
 *
 * <p>Protocol (as commons-rng's sampler tests): {@value #REPEATS} independent samples of
 * {@value #SAMPLE_SIZE} draws, each from its own fixed seed; a sample "rejects" when its
 * p-value is below {@value #ALPHA}; the test fails when more than {@value #MAX_REJECTIONS}
 * samples reject. For a correct sampler the number of rejections is Binomial(10, 0.01), so
 * the false-alarm probability is P(X > 2) = 1.1e-4 per distribution (about 2e-3 over the 19
 * distributions); the seeds are fixed, so the outcome is reproducible either way.
 *
 * <p>Power: at 2,000 draws the KS test reliably detects a sampler whose sd is 20% off (largest
 * CDF gap 0.053 against a critical 0.036) or a truncation ignored; a 10% scale error (gap 0.025)
 * would usually pass a single sample, which is why the moments are also checked on 100,000
 * draws in {@link MomentsTest}.
 */
class KolmogorovSmirnovSamplerTest {
    static final int REPEATS = 10;
    static final int SAMPLE_SIZE = 2_000;
    static final double ALPHA = 0.01;
    static final int MAX_REJECTIONS = 2;
    static final long SEED = 20_210_301L;

    @ParameterizedTest(name = "{0}")
    @MethodSource("hnsim.dist.DistributionCases#continuousArguments")
    void samplerMatchesItsOwnCdf(String name, Distribution distribution) {
        int rejections = rejections(distribution, distribution);
        assertThat(rejections).as("KS rejections at p < %s out of %d samples for %s", ALPHA, REPEATS, name)
                .isLessThanOrEqualTo(MAX_REJECTIONS);
    }

    @Test
    void detectsASamplerTwentyPercentTooNarrow() {
        assertThat(rejections(new Normal(0, 0.8), new Normal(0, 1))).isGreaterThan(MAX_REJECTIONS);
    }

    @Test
    void detectsATruncationThatIgnoresTheBounds() {
        // The untruncated normal sampled, the truncated CDF tested: must be caught.
        Normal base = new Normal(0.05, 0.02);
        assertThat(rejections(base, new Truncated(base, 0, 0.08))).isGreaterThan(MAX_REJECTIONS);
    }

    /**
     * A fixed seed per distribution and repetition. Seeding by the distribution too keeps the
     * distributions' samples independent: with one seed for all, every inverse-transform
     * sampler would see the same uniforms and give the same KS statistic.
     */
    static long seed(Distribution d, int repetition) {
        return SEED + 1_000L * d.describe(Unit.NUMBER).hashCode() + repetition;
    }

    /** Number of the repeated samples from {@code sampled} whose KS p-value against {@code tested} is below ALPHA. */
    static int rejections(Distribution sampled, Distribution tested) {
        KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest();
        int rejections = 0;
        for (int r = 0; r < REPEATS; r++) {
            UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(seed(tested, r));
            ContinuousSampler sampler = sampled.sampler(rng);
            double[] draws = new double[SAMPLE_SIZE];
            for (int i = 0; i < draws.length; i++) {
                draws[i] = sampler.sample();
            }
            double p = ks.kolmogorovSmirnovTest(Math3View.of(tested), draws);
            if (p < ALPHA) {
                rejections++;
            }
        }
        return rejections;
    }
}
