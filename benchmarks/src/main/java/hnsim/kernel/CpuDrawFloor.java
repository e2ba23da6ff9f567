package hnsim.kernel;

import hnsim.bench.KernelBenchmark;
import hnsim.model.BudgetModel;
import hnsim.model.InputCatalogue;
import hnsim.model.MetricLayout;
import hnsim.scenario.Scenario;
import hnsim.scenario.ScenarioFile;
import hnsim.scenario.ScenarioLoader;
import hnsim.stats.Unmitigated;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The kernel against its loop draw floor ({@link DrawFloorBenchmark}) in CPU time of one thread,
 * for shared machines where wall-clock figures measure the load: the floor's loop and the
 * kernel's blocks (results discarded) run in turn on the calling thread, pair after pair, and
 * the median of the pairs' ratios is printed, for the benchmark scenario's base alone and for
 * the base with the workbook's unmitigated variant, as {@code hnsim run} simulates it.
 *
 * <p>Usage: {@code java -cp <test classpath> hnsim.kernel.CpuDrawFloor [trajectories per measurement]}.
 */
public final class CpuDrawFloor {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int PAIRS = 9;
    private static final int WARM_UP = 2;

    private CpuDrawFloor() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 102_400;
        ScenarioFile file = ScenarioLoader.load(Path.of(KernelBenchmark.SCENARIO));
        measure("base", List.of(file.base()), n);
        measure("base + unmitigated (as hnsim run)", List.of(file.base(), Unmitigated.of(file.base())), n);
    }

    private static void measure(String name, List<Scenario> options, int n) {
        List<InputCatalogue> catalogues = options.stream().map(InputCatalogue::of).toList();
        MetricLayout layout = MetricLayout.of(options);
        List<BudgetModel> models = options.stream().map(s -> new BudgetModel(s, layout)).toList();
        ResultSink discard = (from, to) -> new ResultSink.BlockRecorder() {
            @Override
            public void record(int option, long trajectory, int year, double[] outcome) {
            }

            @Override
            public void close() {
            }
        };
        List<double[]> pairs = new ArrayList<>();
        for (int p = 0; p < PAIRS + WARM_UP; p++) {
            long t0 = THREADS.getCurrentThreadCpuTime();
            DrawFloorBenchmark.drawBlocks(catalogues, p, n);
            long t1 = THREADS.getCurrentThreadCpuTime();
            Kernel.runBlocks(catalogues, models, p, Sampling.MONTE_CARLO, 0, n, discard);
            long t2 = THREADS.getCurrentThreadCpuTime();
            if (p >= WARM_UP) {
                pairs.add(new double[] {(t1 - t0) / (double) n, (t2 - t1) / (double) n});
            }
        }
        double[] floor = pairs.stream().mapToDouble(x -> x[0]).sorted().toArray();
        double[] kernel = pairs.stream().mapToDouble(x -> x[1]).sorted().toArray();
        double[] ratio = pairs.stream().mapToDouble(x -> x[0] / x[1]).sorted().toArray();
        System.out.printf(Locale.UK, "%s: floor %.0f ns, kernel %.0f ns a trajectory (CPU, medians of %d); "
                        + "floor / kernel %.0f%% (pairs %.0f%% to %.0f%%)%n", name, floor[PAIRS / 2], kernel[PAIRS / 2],
                PAIRS, 100 * ratio[PAIRS / 2], 100 * ratio[0], 100 * ratio[PAIRS - 1]);
        if (Arrays.stream(ratio).anyMatch(Double::isNaN)) {
            throw new IllegalStateException("no CPU time measured");
        }
    }
}
