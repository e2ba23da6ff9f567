package hnsim.report.workbook;

import hnsim.backtest.ActualPosition;
import hnsim.report.chart.PlanPath;
import hnsim.stats.SimulationResult;
import java.util.List;
import java.util.Map;

/**
 * What the workbook shows: the run, the plan of each option, where the reported outturns fell,
 * the run manifest (any record, listed field by field, as in report.html) and, with
 * {@code run --sensitivity}, the sensitivity study.
 */
public record WorkbookContent(SimulationResult result, Map<String, PlanPath> plans, List<ActualPosition> actuals,
                              Record manifest, boolean deterministic, hnsim.report.RiskDrivers riskDriversOrNull) {
    public WorkbookContent {
        plans = Map.copyOf(plans);
        actuals = List.copyOf(actuals);
    }

    /** A workbook without a sensitivity study ({@code run} without {@code --sensitivity}). */
    public WorkbookContent(SimulationResult result, Map<String, PlanPath> plans, List<ActualPosition> actuals,
                           Record manifest, boolean deterministic) {
        this(result, plans, actuals, manifest, deterministic, null);
    }

    String base() {
        return result.optionNames().get(0);
    }

    List<String> years() {
        return result.years();
    }
}
