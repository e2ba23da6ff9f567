package hnsim.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** mean() and variance() (used by the AR(1) standardisation and by --deterministic) against sample moments. */
class MomentsTest {
    private static final int N = 100_000;

    /**
     * Tolerance: 5 standard errors of the sample mean (sd / sqrt(N)) and of the sample
     * variance (sqrt((m4 - s^4) / N), from the sample's own fourth central moment). Under the
     * normal approximation each bound fails by chance with probability 6e-7.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("hnsim.dist.DistributionCases#allArguments")
    void meanAndVarianceMatchTheSample(String name, Distribution d) {
        ContinuousSampler sampler = d.sampler(RandomSource.XO_SHI_RO_256_PP.create(7L));
        double[] x = new double[N];
        double sum = 0;
        for (int i = 0; i < N; i++) {
            x[i] = sampler.sample();
            sum += x[i];
        }
        double mean = sum / N;
        double m2 = 0;
        double m4 = 0;
        for (double v : x) {
            double dev = (v - mean) * (v - mean);
            m2 += dev;
            m4 += dev * dev;
        }
        m2 /= N;
        m4 /= N;
        assertThat(d.mean()).as("mean").isCloseTo(mean, within(5 * Math.sqrt(m2 / N)));
        assertThat(d.variance()).as("variance").isCloseTo(m2, within(5 * Math.sqrt((m4 - m2 * m2) / N)));
    }

    @Test
    void truncatedNormalMomentsMatchTheClosedForm() {
        double mu = 0.05;
        double sigma = 0.02;
        double low = 0;
        double high = 0.08;
        NormalDistribution phi = new NormalDistribution(null, 0, 1);
        double a = (low - mu) / sigma;
        double b = (high - mu) / sigma;
        double z = phi.cumulativeProbability(b) - phi.cumulativeProbability(a);
        double shift = (phi.density(a) - phi.density(b)) / z;
        double mean = mu + sigma * shift;
        double variance = sigma * sigma * (1 + (a * phi.density(a) - b * phi.density(b)) / z - shift * shift);

        Truncated t = new Truncated(new Normal(mu, sigma), low, high);
        assertThat(t.mean()).isCloseTo(mean, within(1e-9));
        assertThat(t.variance()).isCloseTo(variance, within(1e-9 * variance));
    }

    @Test
    void closedFormMomentsOfTheThreePointEstimates() {
        assertThat(new Pert(0, 0.3, 1).mean()).isCloseTo((0 + 4 * 0.3 + 1) / 6, within(1e-15));
        // PERT(0, 0.5, 1) is Beta(3, 3): variance 9 / (36 * 7).
        assertThat(new Pert(0, 0.5, 1).variance()).isCloseTo(9.0 / (36 * 7), within(1e-15));
        assertThat(new Triangular(0, 0, 1).variance()).isCloseTo(1.0 / 18, within(1e-15));
        assertThat(Beta.ofMeanSd(0.6, 0.15).mean()).isCloseTo(0.6, within(1e-15));
        assertThat(Beta.ofMeanSd(0.6, 0.15).sd()).isCloseTo(0.15, within(1e-15));
        assertThat(LogNormal.ofMeanSd(54_000, 8_000).mean()).isCloseTo(54_000, within(1e-8));
        assertThat(LogNormal.ofMeanSd(54_000, 8_000).sd()).isCloseTo(8_000, within(1e-8));
        assertThat(LogNormal.ofMedianP90(0.06, 0.09).quantile(0.5)).isCloseTo(0.06, within(1e-12));
        assertThat(LogNormal.ofMedianP90(0.06, 0.09).quantile(0.9)).isCloseTo(0.09, within(1e-10));
    }
}
