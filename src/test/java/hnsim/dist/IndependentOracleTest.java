package hnsim.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hnsim.scenario.ScenarioFiles;
import java.util.stream.Stream;
import org.apache.commons.math3.distribution.AbstractRealDistribution;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every distribution a scenario can write, read from scenario text as a user writes it, against
 * an oracle that shares no code with hnsim's class: commons-math3's distributions built from
 * textbook parameters, and moments in closed form or from the parameters the user typed
 * (a {@code {beta: {mean, sd}}} must have that mean and sd). So a parameter error that the
 * sampler and the class's own CDF share, which a test against the class's own CDF cannot
 * see, fails here.
 *
 * <p>For each: the class's CDF and quantile function at the oracle's quantiles 1% to 99%
 * (to 1e-7, the accuracy of commons-math3's inversions); its mean and variance; and its sampler
 * against the oracle by the Kolmogorov-Smirnov test (continuous) or Pearson's chi-square
 * (finite support) with the protocol of {@link KolmogorovSmirnovSamplerTest}: 10 samples of
 * 2,000 from fixed seeds, failing when more than 2 have p below 0.01 (a false alarm with
 * probability 1.1e-4 per distribution).
 */
class IndependentOracleTest {
    private static final double[] PROBABILITIES = {0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99};

    /** The distribution of a placement type's growth written as {@code yaml}, read by the scenario loader. */
    static Distribution read(String yaml) {
        return ScenarioFiles.load("""
                name: oracle
                first_year: 2021/22
                years: 1
                placements:
                  special_school: {count: 1000, unit_cost: 20k, growth: %s}
                funding:
                  hnb_grant: {base: 20m}
                """.formatted(yaml)).base().placements().get(0).growth().get(0).distribution();
    }

    /** A continuous case: the scenario text, its oracle, and the oracle's mean and sd. */
    record Continuous(String yaml, RealDistribution oracle, double mean, double sd) {
        @Override
        public String toString() {
            return yaml;
        }
    }

    static Stream<Continuous> continuous() {
        double z90 = new NormalDistribution().inverseCumulativeProbability(0.9);
        // log-normal with mean m and sd s: sigma^2 = ln(1 + s^2/m^2), mu = ln m - sigma^2/2.
        double sigma2 = Math.log(1 + (0.02 * 0.02) / (0.06 * 0.06));
        // beta with mean m and sd s: alpha = m k, beta = (1 - m) k with k = m (1 - m) / s^2 - 1 = 29/3 here.
        double k = 0.6 * 0.4 / (0.15 * 0.15) - 1;
        return Stream.of(
                new Continuous("{normal: [5%, 2%]}", new NormalDistribution(null, 0.05, 0.02), 0.05, 0.02),
                new Continuous("{lognormal: {mean: 6%, sd: 2%}}",
                        new LogNormalDistribution(null, Math.log(0.06) - sigma2 / 2, Math.sqrt(sigma2)), 0.06, 0.02),
                new Continuous("{lognormal: {median: 6%, p90: 9%}}",
                        new LogNormalDistribution(null, Math.log(0.06), Math.log(1.5) / z90),
                        Math.exp(Math.log(0.06) + Math.pow(Math.log(1.5) / z90, 2) / 2),
                        Math.sqrt(Math.expm1(Math.pow(Math.log(1.5) / z90, 2)))
                                * Math.exp(Math.log(0.06) + Math.pow(Math.log(1.5) / z90, 2) / 2)),
                new Continuous("{uniform: [-1%, 3%]}", new UniformRealDistribution(null, -0.01, 0.03),
                        0.01, 0.04 / Math.sqrt(12)),
                new Continuous("{triangular: [3%, 5%, 10%]}", new TriangularDistribution(null, 0.03, 0.05, 0.10),
                        0.06, Math.sqrt((0.03 * 0.03 + 0.05 * 0.05 + 0.1 * 0.1 - 0.03 * 0.05 - 0.03 * 0.1 - 0.05 * 0.1) / 18)),
                new Continuous("{triangular: [0%, 0%, 10%]}", new TriangularDistribution(null, 0, 0, 0.10),
                        0.1 / 3, 0.1 / Math.sqrt(18)),
                // PERT(a, m, b) is a + (b - a) Beta(1 + 4 (m - a)/(b - a), 1 + 4 (b - m)/(b - a)), mean (a + 4m + b)/6.
                new Continuous("{pert: [2%, 4.5%, 10%]}", scaled(new BetaDistribution(null, 2.25, 3.75), 0.02, 0.08),
                        (0.02 + 4 * 0.045 + 0.10) / 6, 0.08 * Math.sqrt(2.25 * 3.75 / (36 * 7))),
                new Continuous("{pert: [0%, 0%, 10%]}", scaled(new BetaDistribution(null, 1, 5), 0, 0.1),
                        0.1 / 6, 0.1 * Math.sqrt(5.0 / (36 * 7))),
                new Continuous("{beta: [3, 2]}", new BetaDistribution(null, 3, 2), 0.6, Math.sqrt(6.0 / (25 * 6))),
                new Continuous("{beta: [0.5, 0.5]}", new BetaDistribution(null, 0.5, 0.5), 0.5, Math.sqrt(0.25 / 2)),
                new Continuous("{beta: [0.7, 4]}", new BetaDistribution(null, 0.7, 4), 0.7 / 4.7,
                        Math.sqrt(0.7 * 4 / (4.7 * 4.7 * 5.7))),
                new Continuous("{beta: {mean: 60%, sd: 15%}}", new BetaDistribution(null, 0.6 * k, 0.4 * k), 0.6, 0.15),
                truncatedNormal());
    }

    /** Normal(5%, 2%) truncated to [0%, 8%], with the closed-form truncated-normal moments. */
    private static Continuous truncatedNormal() {
        NormalDistribution base = new NormalDistribution(null, 0.05, 0.02);
        NormalDistribution phi = new NormalDistribution();
        double a = (0 - 0.05) / 0.02;
        double b = (0.08 - 0.05) / 0.02;
        double z = phi.cumulativeProbability(b) - phi.cumulativeProbability(a);
        double shift = (phi.density(a) - phi.density(b)) / z;
        double variance = 0.02 * 0.02 * (1 + (a * phi.density(a) - b * phi.density(b)) / z - shift * shift);
        return new Continuous("{normal: [5%, 2%], truncate: [0%, 8%]}", truncated(base, 0, 0.08),
                0.05 + 0.02 * shift, Math.sqrt(variance));
    }

    static Stream<Arguments> continuousCases() {
        return continuous().map(c -> Arguments.of(c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("continuousCases")
    void cdfAndQuantileMatchTheOracle(Continuous c) {
        Distribution d = read(c.yaml());
        for (double p : PROBABILITIES) {
            double x = c.oracle().inverseCumulativeProbability(p);
            assertThat(d.cdf(x)).as("cdf at the oracle's %s-quantile", p).isCloseTo(p, within(1e-7));
            assertThat(d.quantile(p)).as("quantile at %s", p).isCloseTo(x, within(1e-7 * (1 + Math.abs(x))));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("continuousCases")
    void meanAndSdMatchTheOracle(Continuous c) {
        Distribution d = read(c.yaml());
        assertThat(d.mean()).as("mean").isCloseTo(c.mean(), within(1e-9));
        assertThat(d.sd()).as("sd").isCloseTo(c.sd(), within(1e-9));
        // The oracle agrees with its own stated moments (commons-math3 computes them apart).
        if (!Double.isNaN(c.oracle().getNumericalMean())) {
            assertThat(c.oracle().getNumericalMean()).isCloseTo(c.mean(), within(1e-9));
            assertThat(Math.sqrt(c.oracle().getNumericalVariance())).isCloseTo(c.sd(), within(1e-9));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("continuousCases")
    void samplerMatchesTheOracle(Continuous c) {
        Distribution d = read(c.yaml());
        KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest();
        int rejections = 0;
        for (int r = 0; r < KolmogorovSmirnovSamplerTest.REPEATS; r++) {
            ContinuousSampler sampler = d.sampler(RandomSource.XO_SHI_RO_256_PP.create(31L * c.yaml().hashCode() + r));
            double[] draws = new double[KolmogorovSmirnovSamplerTest.SAMPLE_SIZE];
            for (int i = 0; i < draws.length; i++) {
                draws[i] = sampler.sample();
            }
            rejections += ks.kolmogorovSmirnovTest(c.oracle(), draws) < KolmogorovSmirnovSamplerTest.ALPHA ? 1 : 0;
        }
        assertThat(rejections).as("KS rejections against the oracle").isLessThanOrEqualTo(
                KolmogorovSmirnovSamplerTest.MAX_REJECTIONS);
    }

    /**
     * A finite case: the scenario text and the oracle's values (ascending) and probabilities.
     * Values are written as decimals: "5.2%" is read as 5.2 / 100, one unit in the last place
     * above the literal 0.052, and the CDF at a value is a step.
     */
    record Finite(String yaml, double[] values, double[] probabilities) {
        @Override
        public String toString() {
            return yaml;
        }
    }

    static Stream<Arguments> finiteCases() {
        return Stream.of(
                new Finite("{bernoulli: 30%}", new double[] {0, 1}, new double[] {0.7, 0.3}),
                new Finite("{bernoulli: 2%}", new double[] {0, 1}, new double[] {0.98, 0.02}),
                new Finite("{discrete: {values: [0.08, 0.02, 0.04], weights: [20%, 50%, 30%]}}",
                        new double[] {0.02, 0.04, 0.08}, new double[] {0.5, 0.3, 0.2}),
                new Finite("{empirical: [0.031, 0.052, 0.047, 0.093, 0.061, 0.052]}",
                        new double[] {0.031, 0.047, 0.052, 0.061, 0.093},
                        new double[] {1 / 6.0, 1 / 6.0, 2 / 6.0, 1 / 6.0, 1 / 6.0}))
                .map(f -> Arguments.of(f));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("finiteCases")
    void finiteDistributionsMatchTheirProbabilities(Finite f) {
        Distribution d = read(f.yaml());
        double cumulative = 0;
        double mean = 0;
        for (int k = 0; k < f.values().length; k++) {
            double x = f.values()[k];
            assertThat(d.cdf(Math.nextDown(x))).as("cdf just below %s", x).isCloseTo(cumulative, within(1e-12));
            cumulative += f.probabilities()[k];
            assertThat(d.cdf(x)).as("cdf at %s", x).isCloseTo(cumulative, within(1e-12));
            // The quantile at a probability inside the value's step is the value.
            assertThat(d.quantile(cumulative - f.probabilities()[k] / 2)).as("quantile inside the step of %s", x)
                    .isEqualTo(x);
            mean += f.probabilities()[k] * x;
        }
        double variance = 0;
        for (int k = 0; k < f.values().length; k++) {
            variance += f.probabilities()[k] * Math.pow(f.values()[k] - mean, 2);
        }
        assertThat(d.mean()).as("mean").isCloseTo(mean, within(1e-12));
        assertThat(d.variance()).as("variance").isCloseTo(variance, within(1e-12));

        ChiSquareTest chiSquare = new ChiSquareTest();
        double[] expected = new double[f.values().length];
        for (int k = 0; k < expected.length; k++) {
            expected[k] = f.probabilities()[k] * KolmogorovSmirnovSamplerTest.SAMPLE_SIZE;
        }
        int rejections = 0;
        for (int r = 0; r < KolmogorovSmirnovSamplerTest.REPEATS; r++) {
            ContinuousSampler sampler = d.sampler(RandomSource.XO_SHI_RO_256_PP.create(17L * f.yaml().hashCode() + r));
            long[] observed = new long[expected.length];
            for (int i = 0; i < KolmogorovSmirnovSamplerTest.SAMPLE_SIZE; i++) {
                int k = java.util.Arrays.binarySearch(f.values(), sampler.sample());
                assertThat(k).as("a draw outside the support").isNotNegative();
                observed[k]++;
            }
            rejections += chiSquare.chiSquareTest(expected, observed) < KolmogorovSmirnovSamplerTest.ALPHA ? 1 : 0;
        }
        assertThat(rejections).as("chi-square rejections against the oracle").isLessThanOrEqualTo(
                KolmogorovSmirnovSamplerTest.MAX_REJECTIONS);
    }

    /** min + width X for X from {@code unit}: PERT from commons-math3's beta. */
    private static RealDistribution scaled(BetaDistribution unit, double min, double width) {
        return new Oracle(min, min + width) {
            private static final long serialVersionUID = 1L;

            @Override
            public double cumulativeProbability(double x) {
                return x <= min ? 0 : x >= min + width ? 1 : unit.cumulativeProbability((x - min) / width);
            }

            @Override
            public double inverseCumulativeProbability(double p) {
                return min + width * unit.inverseCumulativeProbability(p);
            }
        };
    }

    /** {@code base} conditioned on [low, high]: (F(x) - F(low)) / (F(high) - F(low)). */
    private static RealDistribution truncated(RealDistribution base, double low, double high) {
        double below = base.cumulativeProbability(low);
        double kept = base.cumulativeProbability(high) - below;
        return new Oracle(low, high) {
            private static final long serialVersionUID = 1L;

            @Override
            public double cumulativeProbability(double x) {
                return x <= low ? 0 : x >= high ? 1 : (base.cumulativeProbability(x) - below) / kept;
            }

            @Override
            public double inverseCumulativeProbability(double p) {
                return base.inverseCumulativeProbability(below + p * kept);
            }
        };
    }

    /** A commons-math3 distribution given by its CDF on [low, high]; moments are stated by each case. */
    private abstract static class Oracle extends AbstractRealDistribution {
        private static final long serialVersionUID = 1L;
        private final double low;
        private final double high;

        Oracle(double low, double high) {
            super(null);
            this.low = low;
            this.high = high;
        }

        @Override
        public double density(double x) {
            throw new UnsupportedOperationException("the oracle checks need only the CDF");
        }

        @Override
        public double getNumericalMean() {
            return Double.NaN;
        }

        @Override
        public double getNumericalVariance() {
            return Double.NaN;
        }

        @Override
        public double getSupportLowerBound() {
            return low;
        }

        @Override
        public double getSupportUpperBound() {
            return high;
        }

        @Override
        @SuppressWarnings("deprecation")
        public boolean isSupportLowerBoundInclusive() {
            return true;
        }

        @Override
        @SuppressWarnings("deprecation")
        public boolean isSupportUpperBoundInclusive() {
            return true;
        }

        @Override
        public boolean isSupportConnected() {
            return true;
        }
    }
}
