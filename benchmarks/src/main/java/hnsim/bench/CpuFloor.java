package hnsim.bench;

import hnsim.dist.Bernoulli;
import hnsim.dist.Beta;
import hnsim.dist.Distribution;
import hnsim.dist.Normal;
import hnsim.dist.Triangular;
import hnsim.kernel.DrawProfile;
import hnsim.kernel.Kernel;
import hnsim.kernel.ResultSink;
import hnsim.kernel.RunSettings;
import hnsim.scenario.Scenario;
import hnsim.scenario.ScenarioFile;
import hnsim.scenario.ScenarioLoader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.rng.core.source64.XoShiRo256PlusPlus;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The kernel against its draw floor in CPU time rather than wall time, for shared machines
 * where other work steals the cores and JMH's wall-clock figures say more about the load than
 * about hnsim. In one JVM: each kind of draw's cost (thread CPU time, after warm-up), the floor
 * of one trajectory of the benchmark scenario's base ({@link DrawProfile} times those costs),
 * and the kernel's CPU time per trajectory on one thread with results discarded, for the base
 * alone and for the base with its three options on shared draws. Medians of 5 measurements.
 *
 * <p>Usage: {@code java -cp ... hnsim.bench.CpuFloor [trajectories per measurement]}.
 */
public final class CpuFloor {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int REPEATS = 5;

    private CpuFloor() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        Map<String, Double> ns = new TreeMap<>();
        ns.put("normal", drawNs(sampler(new Normal(0.05, 0.02))));
        ns.put("beta", drawNs(sampler(new Beta(4, 2))));
        ns.put("triangular", drawNs(sampler(new Triangular(0.02, 0.045, 0.1))));
        ns.put("bernoulli", drawNs(sampler(new Bernoulli(0.2))));
        ns.put("quantile-normal", drawNs(quantile(new Normal(0.05, 0.02))));
        ScenarioFile file = ScenarioLoader.load(Path.of(KernelBenchmark.SCENARIO));
        double floor = 0;
        for (Map.Entry<String, Integer> e : DrawProfile.of(file.base()).entrySet()) {
            double cost = e.getKey().equals("fixed") ? 0 : ns.get(e.getKey()) * e.getValue();
            floor += cost;
            System.out.printf(Locale.UK, "%-16s %3d draws x %6.2f ns = %7.1f ns%n", e.getKey(), e.getValue(),
                    ns.getOrDefault(e.getKey(), 0.0), cost);
        }
        double base = kernelNs(List.of(file.base()), n);
        double all = kernelNs(new ArrayList<>(file.allOptions().values()), n);
        System.out.printf(Locale.UK, "floor per trajectory (base): %.0f ns CPU%n", floor);
        System.out.printf(Locale.UK, "kernel per trajectory, 1 thread, discard: base %.0f ns CPU, base + 3 options %.0f ns CPU%n",
                base, all);
        System.out.printf(Locale.UK, "floor / kernel (base): %.0f%%; options cost %.2fx the base%n", 100 * floor / base, all / base);
    }

    private static ContinuousSampler sampler(Distribution d) {
        return d.sampler(new XoShiRo256PlusPlus(1L, 2L, 3L, 4L));
    }

    private static ContinuousSampler quantile(Distribution d) {
        ContinuousSampler z = ZigguratSampler.NormalizedGaussian.of(new XoShiRo256PlusPlus(1L, 2L, 3L, 4L));
        return () -> d.quantileAtNormalScore(z.sample());
    }

    private static double drawNs(ContinuousSampler s) {
        int draws = 10_000_000;
        double[] times = new double[REPEATS + 1];
        double sink = 0;
        for (int r = 0; r < times.length; r++) {
            long t0 = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < draws; i++) {
                sink += s.sample();
            }
            times[r] = (THREADS.getCurrentThreadCpuTime() - t0) / (double) draws;
        }
        if (sink == 42) {
            System.out.println();
        }
        return median(Arrays.copyOfRange(times, 1, times.length));
    }

    /** Process CPU time per trajectory of a 1-thread kernel run (the worker, plus little else after warm-up). */
    private static double kernelNs(List<Scenario> options, int n) throws InterruptedException {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ResultSink discard = (from, to) -> new ResultSink.BlockRecorder() {
            @Override
            public void record(int option, long trajectory, int year, double[] outcome) {
            }

            @Override
            public void close() {
            }
        };
        double[] times = new double[REPEATS + 2];
        for (int r = 0; r < times.length; r++) {
            long t0 = os.getProcessCpuTime();
            Kernel.run(options, new RunSettings(r, n, 1, false), discard, x -> { });
            times[r] = (os.getProcessCpuTime() - t0) / (double) n;
        }
        return median(Arrays.copyOfRange(times, 2, times.length));
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
