package hnsim.decision;

import hnsim.kernel.Kernel;
import hnsim.kernel.RunSettings;
import hnsim.kernel.TrajectoryStore;
import hnsim.scenario.Scenario;
import hnsim.scenario.ScenarioFile;
import hnsim.stats.QuantileMethod;
import hnsim.stats.RunStatistics;
import hnsim.stats.SimulationResult;
import hnsim.stats.StatisticsCalculator;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs each variant with {@link Kernel#run} into a trajectory store and summarises it, one
 * variant at a time so only one store is held. Skips the sensitivity replay of a plain run:
 * a sweep asks what the value does, not what drives the spread.
 */
final class KernelVariantRunner implements VariantRunner {
    @Override
    public void run(List<ScenarioFile> variants, RunSettings settings, List<Double> thresholdsGbp, Consumer consumer)
            throws InterruptedException, java.io.IOException {
        for (int v = 0; v < variants.size(); v++) {
            long start = System.nanoTime();
            ScenarioFile file = variants.get(v);
            List<String> names = new ArrayList<>(file.allOptions().keySet());
            List<Scenario> scenarios = new ArrayList<>(file.allOptions().values());
            Scenario base = file.base();
            List<String> years = new ArrayList<>();
            for (int t = 0; t < base.years(); t++) {
                years.add(base.year(t).toString());
            }
            List<Double> thresholds = new ArrayList<>(base.thresholdsGbp());
            for (double t : thresholdsGbp) {
                if (!thresholds.contains(t)) {
                    thresholds.add(t);
                }
            }
            TrajectoryStore store = Kernel.run(scenarios, settings, done -> { });
            RunStatistics stats = StatisticsCalculator.compute(store, names, years, thresholds, settings.threads());
            long millis = (System.nanoTime() - start) / 1_000_000;
            consumer.accept(v, new SimulationResult(file, names, years, store, store::column, stats, List.of(),
                    QuantileMethod.EXACT, null, millis));
        }
    }
}
