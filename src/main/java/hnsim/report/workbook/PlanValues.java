package hnsim.report.workbook;

import hnsim.report.chart.PlanPath;

/**
 * The plan (every input at its central value) by metric name, for the plan block: the path
 * the council's own spreadsheet draws, every metric of its layout (by placement type and
 * workstream too). A metric the plan path does not know reads NaN (an empty cell).
 */
final class PlanValues {
    private final PlanPath path;

    PlanValues(PlanPath path) {
        this.path = path;
    }

    double value(String metric, int year) {
        return path.value(metric, year);
    }
}
