package hnsim.decision;

import hnsim.kernel.RunSettings;
import hnsim.scenario.ScenarioFile;
import hnsim.stats.SimulationResult;
import java.util.List;

/**
 * Runs variants of a scenario (the same file with different values) on the same seed and
 * number of trajectories, so trajectory i of every variant draws the same random numbers
 * (common random numbers) and differences between variants are due to the values alone.
 * Sweeps and goal seek depend only on this, not on how runs are orchestrated.
 */
public interface VariantRunner {
    /** Receives each variant's finished run, in variant order; the run's trajectories may be dropped after. */
    interface Consumer {
        void accept(int variant, SimulationResult result) throws java.io.IOException;
    }

    void run(List<ScenarioFile> variants, RunSettings settings, List<Double> thresholdsGbp, Consumer consumer)
            throws InterruptedException, java.io.IOException;

    /** The default: every option of each variant through the kernel, statistics on the stored trajectories. */
    static VariantRunner kernel() {
        return new KernelVariantRunner();
    }
}
