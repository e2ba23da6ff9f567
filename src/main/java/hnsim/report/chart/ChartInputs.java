package hnsim.report.chart;

import hnsim.model.Metric;
import hnsim.scenario.FinancialYear;
import hnsim.scenario.Scenario;
import hnsim.stats.SimulationResult;
import hnsim.stats.Summary;
import java.util.List;
import java.util.Map;

/** Everything the charts draw from: the finished run, the plan of each option, and the caption. */
public record ChartInputs(SimulationResult result, Map<String, PlanPath> plans, ChartCaption caption) {
    public ChartInputs {
        plans = Map.copyOf(plans);
    }

    public static ChartInputs of(SimulationResult result, ChartCaption caption) {
        return new ChartInputs(result, PlanPath.of(result.scenarioFile()), caption);
    }

    /** The base option: the one the single-option charts show. */
    String baseOption() {
        return result.optionNames().get(0);
    }

    Scenario baseScenario() {
        return result.scenarioFile().base();
    }

    List<String> years() {
        return result.years();
    }

    int lastYear() {
        return years().size() - 1;
    }

    /** The start year of a financial year label, the charts' x value: 2021 for 2021/22. */
    static int startYear(String year) {
        return FinancialYear.parse(year).startYear();
    }

    Summary summary(String option, Metric metric, int yearIndex) {
        return result.statistics().find(option, metric.key(), years().get(yearIndex));
    }

    /** The values of the base option in one year, in pounds (every trajectory, or a sketch's quantile sample). */
    double[] baseColumn(Metric metric, int yearIndex) {
        return result.values(0, metric, yearIndex);
    }
}
