package hnsim.kernel;

import hnsim.bench.KernelBenchmark;
import hnsim.model.InputCatalogue;
import hnsim.scenario.ScenarioFile;
import hnsim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * The draw floor of the kernel, as a loop: on one thread, trajectory after trajectory, exactly
 * the draws the kernel makes for the benchmark scenario ({@link KernelBenchmark#SCENARIO}), with
 * the kernel's own samplers ({@link InputSampler}, built once and dealt each block of
 * {@link RunSettings#BLOCK} as a kernel worker's is): each distinct input's stream positioned at the
 * trajectory, its draws, the copula's matrix product and AR(1) recursions and the quantile
 * mapping of every normal score. Nothing else: no model, no copying of inputs to options, no
 * results. In trajectories per second, like {@link KernelBenchmark}, so the kernel's throughput
 * over this one is the share of the kernel's time that is drawing ("floor / actual").
 *
 * <p>It lives in the kernel's package because the sampler is the kernel's own, not public API.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class DrawFloorBenchmark {
    /** {@code base}: the scenario alone; {@code options}: the base and its three options on shared draws. */
    @Param({"base", "options"})
    public String fixture;

    private List<InputCatalogue> catalogues;
    private long seed;

    @Setup
    public void setUp() {
        ScenarioFile file = ScenarioLoader.load(Path.of(KernelBenchmark.SCENARIO));
        catalogues = (fixture.equals("base") ? List.of(file.base()) : new ArrayList<>(file.allOptions().values()))
                .stream().map(InputCatalogue::of).toList();
    }

    @Benchmark
    @OperationsPerInvocation(KernelBenchmark.TRAJECTORIES)
    public InputSampler draw() {
        return drawBlocks(catalogues, seed++, KernelBenchmark.TRAJECTORIES);
    }

    /** The draws of trajectories [0, n) (whole blocks), with one sampler as a kernel worker keeps one. */
    static InputSampler drawBlocks(List<InputCatalogue> catalogues, long seed, int n) {
        InputSampler sampler = new InputSampler(catalogues, seed, Sampling.MONTE_CARLO);
        for (long from = 0; from < n; from += RunSettings.BLOCK) {
            sampler.beginBlock(from);
            for (long i = from; i < from + RunSettings.BLOCK; i++) {
                sampler.draw(i);
            }
        }
        return sampler;
    }
}
