package hnsim.model;

import hnsim.scenario.FinancialYear;

/** The metrics of one year of one trajectory, in the order of {@code layout}. */
public record YearOutcome(FinancialYear year, double[] values, MetricLayout layout) {
    public YearOutcome {
        values = values.clone();
    }

    /** Outcome of the core metrics only. */
    public YearOutcome(FinancialYear year, double[] values) {
        this(year, values, MetricLayout.CORE);
    }

    public double get(Metric metric) {
        return values[metric.ordinal()];
    }

    /** A metric by name, e.g. {@code placements.special_school}; NaN when the layout has no such metric. */
    public double get(String metric) {
        int i = layout.indexOf(metric);
        return i < 0 ? Double.NaN : values[i];
    }
}
