package hnsim.engine;

import hnsim.kernel.RunSettings;
import hnsim.kernel.Sampling;
import hnsim.stats.QuantileMethod;
import java.util.List;
import java.util.Objects;

/**
 * What to run: the seed, the number of trajectories N (of the whole run, also when only a
 * range of it is simulated), worker threads, central values only or not, how to sample the
 * once-per-trajectory inputs, thresholds beyond the scenario's own, and the statistics method
 * ({@code null}: chosen by size, see {@link Engine#method}).
 */
public record RunRequest(long seed, int trajectories, int threads, boolean deterministic, Sampling sampling,
                         List<Double> extraThresholdsGbp, QuantileMethod methodOrNull) {
    public RunRequest {
        extraThresholdsGbp = List.copyOf(extraThresholdsGbp);
        Objects.requireNonNull(sampling, "sampling");
        settings(seed, trajectories, threads, deterministic, sampling);
    }

    /** A Monte Carlo run of N trajectories with the method chosen by size and no extra thresholds. */
    public static RunRequest of(long seed, int trajectories, int threads) {
        return new RunRequest(seed, trajectories, threads, false, Sampling.MONTE_CARLO, List.of(), null);
    }

    /** A request for the kernel's settings, with extra thresholds and the method chosen by size. */
    public static RunRequest of(RunSettings settings, List<Double> extraThresholdsGbp) {
        return new RunRequest(settings.seed(), settings.trajectories(), settings.threads(), settings.deterministic(),
                settings.sampling(), extraThresholdsGbp, null);
    }

    /** The kernel's settings for this request. */
    public RunSettings settings() {
        return settings(seed, trajectories, threads, deterministic, sampling);
    }

    private static RunSettings settings(long seed, int trajectories, int threads, boolean deterministic,
                                        Sampling sampling) {
        return new RunSettings(seed, trajectories, threads, deterministic, sampling);
    }

    public RunRequest withTrajectories(int n) {
        return new RunRequest(seed, n, threads, deterministic, sampling, extraThresholdsGbp, methodOrNull);
    }

    public RunRequest withMethod(QuantileMethod method) {
        return new RunRequest(seed, trajectories, threads, deterministic, sampling, extraThresholdsGbp, method);
    }
}
