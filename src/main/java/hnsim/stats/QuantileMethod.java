package hnsim.stats;

/**
 * How percentiles are computed: exactly, from every stored trajectory, or from mergeable
 * sketches when storing every trajectory would not fit the memory given.
 */
public enum QuantileMethod {
    EXACT("exact order statistics (nearest rank)"),
    SKETCH("DDSketch, relative accuracy " + SketchAggregates.RELATIVE_ACCURACY * 100 + "%; moments and exceedances exact");

    private final String description;

    QuantileMethod(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** Exact when the values' {@code bytesNeeded} take at most {@code share} of the maximum heap. */
    public static QuantileMethod choose(long bytesNeeded, double share) {
        return bytesNeeded <= share * Runtime.getRuntime().maxMemory() ? EXACT : SKETCH;
    }
}
