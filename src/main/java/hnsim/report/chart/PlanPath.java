package hnsim.report.chart;

import hnsim.model.BudgetModel;
import hnsim.model.CentralInputs;
import hnsim.model.Metric;
import hnsim.model.YearOutcome;
import hnsim.scenario.PlanValues;
import hnsim.scenario.Scenario;
import hnsim.scenario.ScenarioFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The central path: a scenario with every input at its central value, the line a council's own
 * spreadsheet would draw. One model run, so the report computes it itself rather than asking
 * the kernel for a deterministic run. It is "the plan" only when the scenario states plan
 * values ({@code plan:}); otherwise every input is at its mean and it is labelled so.
 *
 * @param stated whether the scenario states plan values
 */
public record PlanPath(List<YearOutcome> outcomes, boolean stated) {
    public PlanPath {
        outcomes = List.copyOf(outcomes);
    }

    /** A path from a scenario that states its plan. */
    public PlanPath(List<YearOutcome> outcomes) {
        this(outcomes, true);
    }

    public static PlanPath of(Scenario scenario) {
        return new PlanPath(new BudgetModel(scenario).run(CentralInputs.of(scenario)), PlanValues.stated(scenario));
    }

    /** "Plan", or "Central path" when the scenario states no plan: a short label for a marker or a column. */
    public String label() {
        return stated ? "Plan" : "Central path";
    }

    /** The label of the line in a legend, saying what the path is. */
    public String legend() {
        return stated ? FanChart.PLAN : FanChart.CENTRAL;
    }

    /** How a sentence names it: "in the plan" or "on the central path (every input at its mean)". */
    public String inPhrase() {
        return stated ? "in the plan" : "on the central path (every input at its mean)";
    }

    /** The plan of the base and of every option, by option name in file order. */
    public static Map<String, PlanPath> of(ScenarioFile file) {
        Map<String, PlanPath> plans = new LinkedHashMap<>();
        file.allOptions().forEach((name, scenario) -> plans.put(name, of(scenario)));
        return plans;
    }

    public double value(Metric metric, int yearIndex) {
        return outcomes.get(yearIndex).get(metric);
    }

    /** Any metric of the scenario's layout by name ({@code gross_cost.special_school}); NaN when it has none. */
    public double value(String metric, int yearIndex) {
        return outcomes.get(yearIndex).get(metric);
    }
}
