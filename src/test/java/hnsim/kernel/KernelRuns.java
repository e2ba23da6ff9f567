package hnsim.kernel;

import hnsim.model.Metric;
import hnsim.scenario.ScenarioFile;
import java.util.ArrayList;

/**
 * Runs a scenario file's options through the kernel's public entry point and reads the
 * stored trajectories back, so the specification tests judge behaviour (a scenario in, metrics
 * out) rather than the kernel's internals.
 */
final class KernelRuns {
    private KernelRuns() {
    }

    /** Every option of {@code file} (base first), {@code n} Monte Carlo trajectories at {@code seed}, on one thread. */
    static TrajectoryStore run(ScenarioFile file, long seed, int n) {
        try {
            return Kernel.run(new ArrayList<>(file.allOptions().values()), new RunSettings(seed, n, 1, false), done -> { });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The share of trajectories in which {@code value} of option 0 in {@code year} equals {@code target} (to £1). */
    static double shareEqualTo(TrajectoryStore store, Metric metric, int year, double target) {
        int hits = 0;
        for (int i = 0; i < store.trajectories(); i++) {
            if (Math.abs(store.get(0, metric, year, i) - target) < 1) {
                hits++;
            }
        }
        return (double) hits / store.trajectories();
    }

    /**
     * Fails unless {@code actual} matches {@code expected} element by element within
     * {@code tolerance}; a plain loop, for checks repeated over thousands of trajectories.
     */
    static void assertClose(double[] actual, double[] expected, double tolerance, String what) {
        for (int k = 0; k < expected.length; k++) {
            if (!(Math.abs(actual[k] - expected[k]) <= tolerance)) {
                throw new AssertionError(what + ": expected " + java.util.Arrays.toString(expected) + " within "
                        + tolerance + ", got " + java.util.Arrays.toString(actual));
            }
        }
    }
}
