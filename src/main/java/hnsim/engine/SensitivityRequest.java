package hnsim.engine;

import hnsim.sensitivity.CorrelatedTreatment;
import hnsim.sensitivity.Method;
import hnsim.sensitivity.StudySettings;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * What {@code hnsim run --sensitivity} asks of the study beside the run: every method, on the
 * run's seed and threads, its design's A matrix being the run's own first trajectories.
 *
 * @param trajectoriesOrNull the design's rows N as asked, or null for the default: the run's N up
 *     to {@link #DEFAULT_TRAJECTORIES}
 * @param groups {@code --group NAME=PATTERN} specs
 */
public record SensitivityRequest(Integer trajectoriesOrNull, List<String> groups, CorrelatedTreatment correlated,
                                 int resamples) {
    /**
     * The default N under {@code run}: 4,000 rows give Sobol intervals about ±0.03 wide on the
     * shipped scenarios' leading inputs, and with their 42 inputs the study's 4,000 x 44
     * trajectories and its bootstrap take about as long as the run of 10,000 itself. A study
     * needing narrower intervals is a job for {@code hnsim sensitivity} (and its shards).
     */
    public static final int DEFAULT_TRAJECTORIES = 4_000;

    public SensitivityRequest {
        groups = List.copyOf(groups);
        Objects.requireNonNull(correlated, "correlated");
    }

    /** The study's settings beside a run of {@code runTrajectories} (its final N under --precision). */
    public StudySettings settings(RunRequest run, int runTrajectories) {
        int n = trajectoriesOrNull != null ? trajectoriesOrNull : Math.min(runTrajectories, DEFAULT_TRAJECTORIES);
        return new StudySettings(run.seed(), n, run.threads(), EnumSet.allOf(Method.class), groups, correlated,
                resamples);
    }
}
