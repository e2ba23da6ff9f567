package hnsim.stats;

import hnsim.model.Metric;

/**
 * Metrics of an option minus the base in the same trajectory. Every option uses the base's
 * random draws (common random numbers), so the difference isolates the option's own effect
 * and its spread is far narrower than the spread of either. Reported for options other than
 * the base, after the option's own metrics.
 */
public enum PairedDifference {
    IN_YEAR_DEFICIT_VS_BASE("in_year_deficit_vs_base", Metric.IN_YEAR_DEFICIT),
    CUMULATIVE_DEFICIT_VS_BASE("cumulative_deficit_vs_base", Metric.CUMULATIVE_DEFICIT);

    private final String key;
    private final Metric source;

    PairedDifference(String key, Metric source) {
        this.key = key;
        this.source = source;
    }

    public String key() {
        return key;
    }

    public Metric source() {
        return source;
    }
}
