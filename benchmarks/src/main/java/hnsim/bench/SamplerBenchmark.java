package hnsim.bench;

import hnsim.dist.Bernoulli;
import hnsim.dist.Beta;
import hnsim.dist.Distribution;
import hnsim.dist.LogNormal;
import hnsim.dist.Normal;
import hnsim.dist.Pert;
import hnsim.dist.Triangular;
import hnsim.dist.Uniform;
import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.core.source64.XoShiRo256PlusPlus;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ChengBetaSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of one draw of each distribution the kernel samples, through the same sampler
 * objects and generator (xoshiro256++) the kernel uses: the unit of the kernel's floor. Beta(4, 2)
 * ({@code beta}, an order statistic of five uniforms) is measured beside the samplers it
 * replaced; {@code quantile-<kind>} is a standard normal mapped through the distribution's
 * quantile, the work of an AR(1) or copula input per year.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SamplerBenchmark {
    static final int DRAWS = 1000;

    @Param({"normal", "lognormal", "beta", "beta-gamma-ratio", "beta-cheng", "beta-3-2", "beta-2.5-1.5", "triangular",
        "pert", "uniform", "bernoulli", "quantile-normal", "quantile-triangular", "quantile-beta"})
    public String kind;

    private ContinuousSampler sampler;

    @Setup
    public void setUp() {
        XoShiRo256PlusPlus rng = new XoShiRo256PlusPlus(1L, 2L, 3L, 4L);
        sampler = switch (kind) {
            // Cheng's beta sampler (commons-rng, algorithm BB for these shapes), and the ratio of two
            // Marsaglia-Tsang gammas: the candidates the kernel's beta sampler was measured against.
            case "beta-cheng" -> ChengBetaSampler.of(rng, 4, 2);
            case "beta-gamma-ratio" -> gammaRatio(rng, 4, 2);
            // The floor's unit for AR(1) and copula inputs: a standard normal, then the quantile mapping.
            case "quantile-normal", "quantile-triangular", "quantile-beta" -> {
                Distribution d = distribution(kind.substring("quantile-".length()));
                ContinuousSampler z = ZigguratSampler.NormalizedGaussian.of(rng);
                yield () -> d.quantileAtNormalScore(z.sample());
            }
            default -> distribution(kind).sampler(rng);
        };
    }

    private static Distribution distribution(String kind) {
        return switch (kind) {
            case "normal" -> new Normal(0.05, 0.02);
            case "lognormal" -> LogNormal.ofMeanSd(54_000, 8_000);
            case "beta" -> new Beta(4, 2);
            case "beta-3-2" -> new Beta(3, 2);
            case "beta-2.5-1.5" -> new Beta(2.5, 1.5);
            case "triangular" -> new Triangular(0.02, 0.045, 0.1);
            case "pert" -> new Pert(0.02, 0.045, 0.1);
            case "uniform" -> new Uniform(0, 1);
            case "bernoulli" -> new Bernoulli(0.2);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static ContinuousSampler gammaRatio(XoShiRo256PlusPlus rng, double alpha, double beta) {
        ContinuousSampler x = AhrensDieterMarsagliaTsangGammaSampler.of(rng, alpha, 1);
        ContinuousSampler y = AhrensDieterMarsagliaTsangGammaSampler.of(rng, beta, 1);
        return () -> {
            double a = x.sample();
            return a / (a + y.sample());
        };
    }

    @Benchmark
    @OperationsPerInvocation(DRAWS)
    public double draw() {
        double sum = 0;
        for (int i = 0; i < DRAWS; i++) {
            sum += sampler.sample();
        }
        return sum;
    }
}
