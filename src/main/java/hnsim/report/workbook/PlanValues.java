package hnsim.report.workbook;

import hnsim.model.Metric;
import hnsim.report.chart.PlanPath;

/**
 * The plan (every input at its central value) by metric name, for the plan block: the path
 * the council's own spreadsheet draws. A metric the plan path does not know reads NaN (an
 * empty cell).
 */
final class PlanValues {
    private final PlanPath path;

    PlanValues(PlanPath path) {
        this.path = path;
    }

    double value(String metric, int year) {
        for (Metric m : Metric.values()) {
            if (m.key().equals(metric)) {
                return path.value(m, year);
            }
        }
        return Double.NaN;
    }
}
