package hnsim.report.html;

import hnsim.report.chart.PlanPath;
import hnsim.report.chart.RenderedChart;
import hnsim.stats.SimulationResult;
import java.util.List;
import java.util.Map;

/**
 * What report.html shows: the run, the plan of each option, the charts already rendered, and
 * the run manifest. The manifest is any record, listed field by field, so a field added to it
 * appears in the report without a change here.
 */
public record ReportContent(SimulationResult result, Map<String, PlanPath> plans, List<RenderedChart> charts,
                            Record manifest, boolean deterministic, hnsim.decision.Effects effectsOrNull,
                            List<hnsim.report.DecisionSheet.Part> sheet, hnsim.report.RiskDrivers riskDriversOrNull) {
    public ReportContent {
        plans = Map.copyOf(plans);
        charts = List.copyOf(charts);
        sheet = List.copyOf(sheet);
    }

    /** A report without a sensitivity study ({@code run} without {@code --sensitivity}). */
    public ReportContent(SimulationResult result, Map<String, PlanPath> plans, List<RenderedChart> charts,
                         Record manifest, boolean deterministic, hnsim.decision.Effects effectsOrNull,
                         List<hnsim.report.DecisionSheet.Part> sheet) {
        this(result, plans, charts, manifest, deterministic, effectsOrNull, sheet, null);
    }

    /** A report without the decision sheet and the effects of options. */
    public ReportContent(SimulationResult result, Map<String, PlanPath> plans, List<RenderedChart> charts,
                         Record manifest, boolean deterministic) {
        this(result, plans, charts, manifest, deterministic, null, List.of(), null);
    }
}
