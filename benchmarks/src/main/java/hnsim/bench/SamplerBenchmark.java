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
import org.apache.commons.rng.sampling.distribution.ChengBetaSampler;
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
 * objects and generator (xoshiro256++) the kernel uses: the unit of the kernel's floor.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SamplerBenchmark {
    static final int DRAWS = 1000;

    @Param({"normal", "lognormal", "beta", "beta-cheng", "triangular", "pert", "uniform", "bernoulli"})
    public String kind;

    private ContinuousSampler sampler;

    @Setup
    public void setUp() {
        Distribution d = switch (kind) {
            case "normal" -> new Normal(0.05, 0.02);
            case "lognormal" -> LogNormal.ofMeanSd(54_000, 8_000);
            case "beta", "beta-cheng" -> new Beta(4, 2);
            case "triangular" -> new Triangular(0.02, 0.045, 0.1);
            case "pert" -> new Pert(0.02, 0.045, 0.1);
            case "uniform" -> new Uniform(0, 1);
            case "bernoulli" -> new Bernoulli(0.2);
            default -> throw new IllegalArgumentException(kind);
        };
        XoShiRo256PlusPlus rng = new XoShiRo256PlusPlus(1L, 2L, 3L, 4L);
        // Cheng's beta sampler, the one the kernel used before: the reason Beta composes two gammas.
        sampler = kind.equals("beta-cheng") ? ChengBetaSampler.of(rng, 4, 2) : d.sampler(rng);
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
