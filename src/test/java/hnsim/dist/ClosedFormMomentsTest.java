package hnsim.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * Truncated moments by quadrature, uncached, against closed forms; and the parameter checks of
 * the beta at their boundaries. (The cache of {@link Truncated} keeps the first moments a JVM
 * computes, so these tests call the quadrature itself.)
 */
class ClosedFormMomentsTest {
    private static final NormalDistribution PHI = new NormalDistribution();

    /**
     * Normal(mu, sigma) truncated to [lo, hi]: mean mu + sigma (phi(a) - phi(b)) / Z, variance by the
     * textbook formula. Agreement within 1e-7 sd: the quadrature of a steep tail (a = -4) is good to
     * about 1e-8 sd.
     */
    private static double[] truncatedNormal(double mu, double sigma, double lo, double hi) {
        double a = (lo - mu) / sigma;
        double b = (hi - mu) / sigma;
        double z = PHI.cumulativeProbability(b) - PHI.cumulativeProbability(a);
        double da = Double.isInfinite(a) ? 0 : PHI.density(a);
        double db = Double.isInfinite(b) ? 0 : PHI.density(b);
        double shift = (da - db) / z;
        double aa = Double.isInfinite(a) ? 0 : a * da;
        double bb = Double.isInfinite(b) ? 0 : b * db;
        return new double[] {mu + sigma * shift, sigma * sigma * (1 + (aa - bb) / z - shift * shift)};
    }

    @Test
    void aTruncatedNormalHasTheTextbookMeanAndVariance() {
        double[][] cases = {{0.05, 0.02, 0, 0.08}, {10, 3, 9, 20}, {0, 1, -0.5, 2.5}, {100, 10, 60, 101}};
        for (double[] c : cases) {
            double[] expected = truncatedNormal(c[0], c[1], c[2], c[3]);
            double[] actual = new Truncated(new Normal(c[0], c[1]), c[2], c[3]).integratedMoments();
            assertThat(actual[0]).as("mean of %s", java.util.Arrays.toString(c))
                    .isCloseTo(expected[0], within(1e-7 * c[1]));
            assertThat(actual[1]).as("variance of %s", java.util.Arrays.toString(c))
                    .isCloseTo(expected[1], within(1e-7 * c[1] * c[1]));
        }
    }

    @Test
    void aTruncatedUniformIsTheUniformOfTheKeptRange() {
        // Uniform(0, 10) kept on [2, 5]: Uniform(2, 5), mean 3.5, variance 3^2 / 12.
        double[] m = new Truncated(new Uniform(0, 10), 2, 5).integratedMoments();
        assertThat(m[0]).isCloseTo(3.5, within(1e-12));
        assertThat(m[1]).isCloseTo(0.75, within(1e-12));
        // A truncation wider than the support keeps the whole: Uniform(0, 10), mean 5, variance 100 / 12.
        Truncated wide = new Truncated(new Uniform(0, 10), -5, 20);
        assertThat(wide.integratedMoments()[0]).isCloseTo(5, within(1e-12));
        assertThat(wide.integratedMoments()[1]).isCloseTo(100.0 / 12, within(1e-10));
        assertThat(wide.mean()).isCloseTo(5, within(1e-12));
        assertThat(wide.variance()).isCloseTo(100.0 / 12, within(1e-10));
    }

    @Test
    void aTruncatedTriangleHasTheMomentsOfItsKeptPart() {
        // Triangular(0, 0, 2) (density 1 - x/2) kept on [0, 1]: density (1 - x/2) / (3/4) on [0, 1],
        // mean (1/2 - 1/6) / (3/4) = 4/9, E[X^2] = (1/3 - 1/8) / (3/4) = 5/18, variance 5/18 - 16/81 = 13/162.
        double[] m = new Truncated(new Triangular(0, 0, 2), 0, 1).integratedMoments();
        assertThat(m[0]).isCloseTo(4.0 / 9, within(1e-10));
        assertThat(m[1]).isCloseTo(13.0 / 162, within(1e-10));
    }

    @Test
    void betaShapesAndMeansAreCheckedAtTheirBoundaries() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Beta(2, 0))
                .withMessage("beta must be greater than 0, got 0.0");
        assertThatIllegalArgumentException().isThrownBy(() -> new Beta(0, 2))
                .withMessage("alpha must be greater than 0, got 0.0");
        assertThatIllegalArgumentException().isThrownBy(() -> Beta.ofMeanSd(0, 0.1))
                .withMessage("mean must be strictly between 0 and 1, got 0.0");
        assertThatIllegalArgumentException().isThrownBy(() -> Beta.ofMeanSd(1, 0.1))
                .withMessage("mean must be strictly between 0 and 1, got 1.0");
        // sd^2 equal to mean (1 - mean) is one too many: 0.5^2 = 0.5 x 0.5.
        assertThatIllegalArgumentException().isThrownBy(() -> Beta.ofMeanSd(0.5, 0.5))
                .withMessageStartingWith("sd 0.5 is too large for a beta with mean 0.5: sd must be below 0.5");
        // Mean 0.25, sd 0.25 / 3: common = 0.1875 / (1/144) - 1 = 26, so Beta(6.5, 19.5).
        Beta b = Beta.ofMeanSd(0.25, 0.25 / 3);
        assertThat(b.alpha()).isCloseTo(6.5, within(1e-12));
        assertThat(b.beta()).isCloseTo(19.5, within(1e-12));
    }
}
