package hnsim.report.chart;

import hnsim.model.BudgetModel;
import hnsim.model.CentralInputs;
import hnsim.model.Metric;
import hnsim.model.YearOutcome;
import hnsim.scenario.Scenario;
import hnsim.scenario.ScenarioFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan: the path of a scenario with every input at its central value, the line a
 * council's own spreadsheet would draw. One model run, so the report computes it itself
 * rather than asking the kernel for a deterministic run.
 */
public record PlanPath(List<YearOutcome> outcomes) {
    public PlanPath {
        outcomes = List.copyOf(outcomes);
    }

    public static PlanPath of(Scenario scenario) {
        return new PlanPath(new BudgetModel(scenario).run(CentralInputs.of(scenario)));
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
}
