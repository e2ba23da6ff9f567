package hnsim.kernel;

import java.util.Objects;

/**
 * How to run: the seed, the number of trajectories, worker threads, whether to use central
 * values only, and how to sample the inputs drawn once per trajectory.
 */
public record RunSettings(long seed, int trajectories, int threads, boolean deterministic, Sampling sampling) {
    /** Trajectories per work unit: fixed, so block boundaries never depend on the thread count. */
    public static final int BLOCK = 2048;

    public RunSettings {
        if (trajectories < 1) {
            throw new IllegalArgumentException("trajectories must be at least 1, got " + trajectories);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (deterministic && trajectories != 1) {
            throw new IllegalArgumentException("a deterministic run has exactly one trajectory");
        }
        Objects.requireNonNull(sampling, "sampling");
    }

    /** Plain Monte Carlo sampling. */
    public RunSettings(long seed, int trajectories, int threads, boolean deterministic) {
        this(seed, trajectories, threads, deterministic, Sampling.MONTE_CARLO);
    }
}
