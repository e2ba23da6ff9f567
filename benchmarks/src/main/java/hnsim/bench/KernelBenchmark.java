package hnsim.bench;

import hnsim.kernel.Kernel;
import hnsim.kernel.ResultSink;
import hnsim.kernel.RunSettings;
import hnsim.scenario.Scenario;
import hnsim.scenario.ScenarioFile;
import hnsim.scenario.ScenarioLoader;
import hnsim.stats.AggregateLayout;
import hnsim.stats.QuantileMethod;
import hnsim.stats.RunAggregates;
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
 * Kernel throughput on the 2021 scenario as kept in benchmarks/fixtures (the shipped file may
 * change), in trajectories per second: the base alone or the base with its three options (on
 * shared draws), with results discarded (the kernel alone), kept as exact aggregates (every value,
 * as exact runs keep them, in the options' own metric layout), or folded
 * into streaming sketches.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class KernelBenchmark {
    public static final int TRAJECTORIES = 16_384;
    /** The first-shipped 2021 file, a byte-for-byte copy of src/test/resources/fixtures/leicestershire-2021-mtfs-v1.yaml. */
    public static final String SCENARIO = "benchmarks/fixtures/leicestershire-2021-mtfs.yaml";

    @Param({"1", "2"})
    public int threads;

    @Param({"discard", "store", "sketch"})
    public String sink;

    /** {@code base}: the scenario alone; {@code options}: the base and its three options. */
    @Param({"base", "options"})
    public String fixture;

    private List<Scenario> options;
    private long seed;

    @Setup
    public void setUp() {
        ScenarioFile file = ScenarioLoader.load(Path.of(SCENARIO));
        options = fixture.equals("base") ? List.of(file.base()) : new ArrayList<>(file.allOptions().values());
    }

    private ResultSink newSink() {
        return switch (sink) {
            case "discard" -> (from, to) -> new ResultSink.BlockRecorder() {
                @Override
                public void record(int option, long trajectory, int year, double[] outcome) {
                    // Kept away from dead-code elimination by the model's side effects on its state.
                }

                @Override
                public void close() {
                }
            };
            case "store" -> RunAggregates.collector(layout(), QuantileMethod.EXACT, 0, TRAJECTORIES);
            case "sketch" -> RunAggregates.collector(layout(), QuantileMethod.SKETCH, 0, TRAJECTORIES);
            default -> throw new IllegalArgumentException(sink);
        };
    }

    private AggregateLayout layout() {
        List<String> names = new java.util.ArrayList<>();
        for (int o = 0; o < options.size(); o++) {
            names.add("option" + o);
        }
        List<String> years = new java.util.ArrayList<>();
        for (int t = 0; t < options.get(0).years(); t++) {
            years.add(options.get(0).year(t).toString());
        }
        // The kernel writes the options' own metric layout (core metrics, then per type, workstream and rule).
        return new AggregateLayout(names, hnsim.model.MetricLayout.of(options).names(), years, new double[] {30e6, 99e6});
    }

    @Benchmark
    @OperationsPerInvocation(TRAJECTORIES)
    public ResultSink run() throws InterruptedException {
        ResultSink target = newSink();
        Kernel.run(options, new RunSettings(seed++, TRAJECTORIES, threads, false), target, n -> { });
        return target;
    }
}
