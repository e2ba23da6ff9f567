package hnsim.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The discrete distributions' samplers (Bernoulli, Discrete, Empirical) against their own
 * probabilities by Pearson's chi-square test over their distinct values. Same protocol and
 * false-alarm probability (1.1e-4 per distribution) as {@link KolmogorovSmirnovSamplerTest}:
 * 10 samples of 2,000 from fixed seeds, failing when more than 2 have p below 0.01. Every
 * cell's expected count is at least 40 (Bernoulli(2%) at 2,000 draws), well above the
 * usual minimum of 5.
 */
class ChiSquareSamplerTest {
    @ParameterizedTest(name = "{0}")
    @MethodSource("hnsim.dist.DistributionCases#discreteArguments")
    void samplerMatchesItsOwnProbabilities(String name, Distribution distribution) {
        assertThat(rejections(distribution, distribution))
                .as("chi-square rejections at p < 0.01 out of 10 samples for %s", name)
                .isLessThanOrEqualTo(KolmogorovSmirnovSamplerTest.MAX_REJECTIONS);
    }

    @Test
    void detectsAProbabilityFourPointsOff() {
        // 34% against 30% at 2,000 draws: z = 3.9, so each sample rejects with probability 0.9.
        assertThat(rejections(new Bernoulli(0.34), new Bernoulli(0.3)))
                .isGreaterThan(KolmogorovSmirnovSamplerTest.MAX_REJECTIONS);
    }

    @Test
    void detectsSwappedWeights() {
        Discrete right = new Discrete(new double[] {1, 2, 3}, new double[] {0.5, 0.3, 0.2});
        Discrete swapped = new Discrete(new double[] {1, 2, 3}, new double[] {0.45, 0.35, 0.2});
        assertThat(rejections(swapped, right)).isGreaterThan(KolmogorovSmirnovSamplerTest.MAX_REJECTIONS);
    }

    static int rejections(Distribution sampled, Distribution tested) {
        double[] support = support(tested);
        double[] expected = new double[support.length];
        double below = 0;
        for (int k = 0; k < support.length; k++) {
            double upTo = tested.cdf(support[k]);
            expected[k] = (upTo - below) * KolmogorovSmirnovSamplerTest.SAMPLE_SIZE;
            below = upTo;
        }
        ChiSquareTest chiSquare = new ChiSquareTest();
        int rejections = 0;
        for (int r = 0; r < KolmogorovSmirnovSamplerTest.REPEATS; r++) {
            UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(KolmogorovSmirnovSamplerTest.seed(tested, r));
            ContinuousSampler sampler = sampled.sampler(rng);
            long[] observed = new long[support.length];
            for (int i = 0; i < KolmogorovSmirnovSamplerTest.SAMPLE_SIZE; i++) {
                int k = Arrays.binarySearch(support, sampler.sample());
                assertThat(k).as("a draw outside the support of %s", tested).isNotNegative();
                observed[k]++;
            }
            if (chiSquare.chiSquareTest(expected, observed) < KolmogorovSmirnovSamplerTest.ALPHA) {
                rejections++;
            }
        }
        return rejections;
    }

    /** The distinct values the distribution can take, ascending, found through its quantile function. */
    static double[] support(Distribution d) {
        return java.util.stream.IntStream.rangeClosed(1, 10_000)
                .mapToDouble(i -> d.quantile(i / 10_000.0)).distinct().sorted().toArray();
    }
}
