package hnsim.stats;

import hnsim.kernel.TrajectoryStore;

/**
 * How percentiles are computed: exactly, from every stored trajectory, or from mergeable
 * sketches when storing every trajectory would not fit the memory given.
 */
public enum QuantileMethod {
    EXACT("exact order statistics (nearest rank)"),
    SKETCH("DDSketch, relative accuracy " + StreamingAggregates.RELATIVE_ACCURACY * 100 + "%; moments and exceedances exact");

    private final String description;

    QuantileMethod(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** Exact when the trajectory store takes at most {@code share} of the maximum heap. */
    public static QuantileMethod choose(int options, int years, long trajectories, double share) {
        return choose(options, hnsim.model.Metric.COUNT, years, trajectories, share);
    }

    /** @param metrics the number of metrics of the run's layout */
    public static QuantileMethod choose(int options, int metrics, int years, long trajectories, double share) {
        long need = TrajectoryStore.bytesNeeded(options, metrics, years, trajectories);
        return need <= share * Runtime.getRuntime().maxMemory() ? EXACT : SKETCH;
    }
}
