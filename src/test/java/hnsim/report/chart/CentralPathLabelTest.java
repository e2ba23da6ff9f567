package hnsim.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import hnsim.model.Metric;
import hnsim.report.ReportFixtures;
import hnsim.report.RunOutputs;
import hnsim.scenario.PlanValues;
import hnsim.scenario.ScenarioFile;
import hnsim.scenario.ScenarioLoader;
import hnsim.stats.SimulationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 2022 outlook states no plan values: its central path is every input at its mean, and is labelled so. */
class CentralPathLabelTest {
    static final Path OUTLOOK = Path.of("scenarios/leicestershire-2022-outlook.yaml");

    @TempDir
    Path dir;

    @Test
    void onlyAScenarioWithPlanValuesHasAPlan() {
        assertThat(PlanValues.stated(ScenarioLoader.load(ReportFixtures.SHIPPED).base())).isTrue();
        ScenarioFile outlook = ScenarioLoader.load(OUTLOOK);
        assertThat(outlook.allOptions().values()).noneMatch(PlanValues::stated);
    }

    @Test
    void theOutlooksChartsAndReportSayCentralPathNotPlan() throws Exception {
        SimulationResult result = ReportFixtures.run(ScenarioLoader.load(OUTLOOK), 300, false);
        ChartInputs in = ReportFixtures.chartInputs(result, false);
        assertThat(FanChart.lines(in, Metric.CUMULATIVE_DEFICIT).getSeriesIndex(FanChart.CENTRAL)).isNotNegative();
        assertThat(FanChart.lines(in, Metric.CUMULATIVE_DEFICIT).getSeriesIndex(FanChart.PLAN)).isNegative();
        RunOutputs.write(result, ReportFixtures.manifest(result, false), dir);
        String html = Files.readString(dir.resolve("report.html"));
        assertThat(html).contains("<th scope=\"col\">Central path</th>")
                .contains("on the central path (every input at its mean)")
                .doesNotContain("<th scope=\"col\">Plan</th>").doesNotContain("in the plan;");
        assertThat(Files.readString(dir.resolve("histogram-cumulative_deficit.svg"))).contains("Central path £")
                .doesNotContain("Plan £");
        assertThat(Files.readString(dir.resolve("fan-cumulative_deficit.svg"))).contains(FanChart.CENTRAL);
    }

    @Test
    void the2021PlanIsStillThePlan() throws Exception {
        SimulationResult result = ReportFixtures.shippedRun();
        RunOutputs.write(result, ReportFixtures.manifest(result, false), dir);
        String html = Files.readString(dir.resolve("report.html"));
        assertThat(html).contains("<th scope=\"col\">Plan</th>").contains("in the plan;");
    }
}
