package hnsim.decision;

import hnsim.engine.Engine;
import hnsim.engine.RunRequest;
import hnsim.kernel.RunSettings;
import hnsim.scenario.ScenarioFile;
import hnsim.stats.QuantileMethod;
import hnsim.stats.RunAggregates;
import hnsim.stats.RunStatistics;
import hnsim.stats.SimulationResult;
import hnsim.stats.Summariser;
import java.util.List;

/**
 * Runs each variant through the engine into exact aggregates and summarises them, one variant
 * at a time so only one variant's values are held. Exact, because goal seek reads the
 * trajectories' own values; skips the drivers' replay: a sweep asks what the value does, not
 * what drives the spread.
 */
final class KernelVariantRunner implements VariantRunner {
    @Override
    public void run(List<ScenarioFile> variants, RunSettings settings, List<Double> thresholdsGbp, Consumer consumer)
            throws InterruptedException, java.io.IOException {
        RunRequest request = RunRequest.of(settings, thresholdsGbp).withMethod(QuantileMethod.EXACT);
        for (int v = 0; v < variants.size(); v++) {
            long start = System.nanoTime();
            ScenarioFile file = variants.get(v);
            RunAggregates aggregates = Engine.simulate(file, request, QuantileMethod.EXACT, 0,
                    settings.trajectories(), done -> { });
            RunStatistics stats = Summariser.summarise(aggregates, settings.threads());
            long millis = (System.nanoTime() - start) / 1_000_000;
            consumer.accept(v, SimulationResult.of(file, aggregates, stats, List.of(), millis,
                    new SimulationResult.Timings(millis, 0, 0)));
        }
    }
}
