package hnsim.sensitivity;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a sensitivity study runs.
 *
 * @param trajectories N: the rows of the Saltelli design, and the trajectories the regression,
 *     the Monte Carlo tornado and the tail drivers read (the run's first N)
 * @param resamples bootstrap resamples of the Sobol intervals
 */
public record StudySettings(long seed, int trajectories, int threads, Set<Method> methods, List<String> groups,
                           CorrelatedTreatment correlated, int resamples) {
    public StudySettings {
        Objects.requireNonNull(methods, "methods");
        methods = Set.copyOf(methods);
        groups = List.copyOf(groups);
        Objects.requireNonNull(correlated, "correlated");
        if (trajectories < 10) {
            throw new IllegalArgumentException("a sensitivity study needs at least 10 trajectories, got " + trajectories);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }
}
