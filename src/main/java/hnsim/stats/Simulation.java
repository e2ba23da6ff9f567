package hnsim.stats;

import hnsim.kernel.Kernel;
import hnsim.kernel.RunSettings;
import hnsim.kernel.TrajectoryStore;
import hnsim.scenario.Scenario;
import hnsim.scenario.ScenarioFile;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/** Runs every option of a scenario file through the kernel and summarises the trajectories. */
public final class Simulation {
    private Simulation() {
    }

    public static SimulationResult run(ScenarioFile file, RunSettings settings, List<Double> extraThresholdsGbp,
                                       LongConsumer progress) throws InterruptedException {
        long start = System.nanoTime();
        List<String> names = new ArrayList<>(file.allOptions().keySet());
        List<Scenario> scenarios = new ArrayList<>(file.allOptions().values());
        TrajectoryStore store = Kernel.run(scenarios, settings, progress);
        Scenario base = file.base();
        List<String> years = new ArrayList<>();
        for (int t = 0; t < base.years(); t++) {
            years.add(base.year(t).toString());
        }
        List<Double> thresholds = new ArrayList<>(base.thresholdsGbp());
        for (double t : extraThresholdsGbp) {
            if (!thresholds.contains(t)) {
                thresholds.add(t);
            }
        }
        RunStatistics stats = StatisticsCalculator.compute(store, names, years, thresholds, settings.threads());
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new SimulationResult(file, names, years, store, stats, millis);
    }
}
