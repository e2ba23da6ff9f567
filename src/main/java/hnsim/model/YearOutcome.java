package hnsim.model;

import hnsim.scenario.FinancialYear;

/** The metrics of one year of one trajectory. */
public record YearOutcome(FinancialYear year, double[] values) {
    public YearOutcome {
        values = values.clone();
    }

    public double get(Metric metric) {
        return values[metric.ordinal()];
    }
}
