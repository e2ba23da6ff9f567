package hnsim.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hnsim.model.Metric;
import hnsim.report.ReportFixtures;
import hnsim.stats.SimulationResult;
import hnsim.stats.Summary;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

class FanChartTest {
    private static final double PENNY_IN_MILLIONS = 1e-8;

    @Test
    void bandsHoldTheRunsPercentilesOfEveryYearInMillions() {
        SimulationResult result = ReportFixtures.shippedRun();
        YIntervalSeriesCollection bands = FanChart.bands(ReportFixtures.chartInputs(result, false),
                Metric.CUMULATIVE_DEFICIT);

        assertThat(bands.getSeriesCount()).isEqualTo(3);
        assertThat(String.valueOf(bands.getSeriesKey(0))).isEqualTo("P5 to P95");
        assertThat(String.valueOf(bands.getSeriesKey(1))).isEqualTo("P10 to P90");
        assertThat(String.valueOf(bands.getSeriesKey(2))).isEqualTo("P25 to P75");
        int[][] levels = {{5, 95}, {10, 90}, {25, 75}};
        for (int b = 0; b < 3; b++) {
            YIntervalSeries band = bands.getSeries(b);
            assertThat(band.getItemCount()).isEqualTo(1 + result.years().size()); // opening point + years
            for (int t = 0; t < result.years().size(); t++) {
                Summary s = result.statistics().find("base", "cumulative_deficit", result.years().get(t));
                int item = t + 1;
                assertThat(band.getX(item).doubleValue()).isEqualTo(2021 + t);
                assertThat(band.getYValue(item)).isCloseTo(s.percentile(50) / 1e6, within(PENNY_IN_MILLIONS));
                assertThat(band.getYLowValue(item)).isCloseTo(s.percentile(levels[b][0]) / 1e6, within(PENNY_IN_MILLIONS));
                assertThat(band.getYHighValue(item)).isCloseTo(s.percentile(levels[b][1]) / 1e6, within(PENNY_IN_MILLIONS));
            }
        }
    }

    @Test
    void cumulativeFanOpensFromTheDeficitBroughtForward() {
        YIntervalSeries outer = FanChart.bands(ReportFixtures.chartInputs(ReportFixtures.shippedRun(), false),
                Metric.CUMULATIVE_DEFICIT).getSeries(0);

        assertThat(outer.getX(0).doubleValue()).isEqualTo(2020); // 31 March 2021, the end of 2020/21
        assertThat(outer.getYLowValue(0)).isEqualTo(17.5);
        assertThat(outer.getYHighValue(0)).isEqualTo(17.5);
    }

    @Test
    void inYearFanHasOnlyTheModelledYears() {
        SimulationResult result = ReportFixtures.shippedRun();
        YIntervalSeries outer = FanChart.bands(ReportFixtures.chartInputs(result, false), Metric.IN_YEAR_DEFICIT)
                .getSeries(0);

        assertThat(outer.getItemCount()).isEqualTo(result.years().size());
        Summary first = result.statistics().find("base", "in_year_deficit", "2021/22");
        assertThat(outer.getYLowValue(0)).isCloseTo(first.percentile(5) / 1e6, within(PENNY_IN_MILLIONS));
    }

    @Test
    void planLineIsThe2021PlanEndingAt29Point2Million() {
        XYSeriesCollection lines = FanChart.lines(ReportFixtures.chartInputs(ReportFixtures.shippedRun(), false),
                Metric.CUMULATIVE_DEFICIT);
        XYSeries plan = lines.getSeries(FanChart.PLAN);

        assertThat(plan.getY(plan.getItemCount() - 1).doubleValue()).isCloseTo(29.2, within(0.05)); // the report's £29.2m, to its rounding
        assertThat(plan.getY(0).doubleValue()).isEqualTo(17.5);
    }

    @Test
    void planLineEqualsTheKernelsDeterministicRun() {
        SimulationResult deterministic = ReportFixtures.shippedDeterministic();
        XYSeries plan = FanChart.lines(ReportFixtures.chartInputs(ReportFixtures.shippedRun(), false),
                Metric.IN_YEAR_DEFICIT).getSeries(FanChart.PLAN);

        for (int t = 0; t < deterministic.years().size(); t++) {
            double kernel = deterministic.statistics().find("base", "in_year_deficit", deterministic.years().get(t)).mean();
            assertThat(plan.getY(t).doubleValue()).isCloseTo(kernel / 1e6, within(PENNY_IN_MILLIONS));
        }
    }

    @Test
    void deterministicRunCollapsesEveryBandOntoTheMedianLine() {
        ChartInputs in = ReportFixtures.chartInputs(ReportFixtures.shippedDeterministic(), true);
        YIntervalSeriesCollection bands = FanChart.bands(in, Metric.CUMULATIVE_DEFICIT);
        XYSeries median = FanChart.lines(in, Metric.CUMULATIVE_DEFICIT).getSeries(FanChart.MEDIAN);

        for (int b = 0; b < bands.getSeriesCount(); b++) {
            for (int i = 0; i < bands.getItemCount(b); i++) {
                assertThat(bands.getStartYValue(b, i)).isEqualTo(median.getY(i).doubleValue());
                assertThat(bands.getEndYValue(b, i)).isEqualTo(median.getY(i).doubleValue());
            }
        }
        JFreeChart chart = FanChart.create(in, Metric.CUMULATIVE_DEFICIT);
        assertThat(ChartWriter.svg(chart, "fan")).contains("Deterministic run");
    }

    @Test
    void chartIsTitledWithTheScenarioAndFootnotedWithSeedCountAndHash() {
        SimulationResult result = ReportFixtures.shippedRun();
        JFreeChart chart = FanChart.create(ReportFixtures.chartInputs(result, false), Metric.CUMULATIVE_DEFICIT);
        String svg = ChartWriter.svg(chart, "fan");

        assertThat(svg).contains("Leicestershire High Needs Block, MTFS 2021/22 to 2024/25")
                .contains("400 trajectories, seed 20210301")
                .contains("sha256 " + result.scenarioFile().sha256().substring(0, 12))
                .contains(">2020/21<").contains(">2024/25<");
        XYPlot plot = (XYPlot) chart.getPlot();
        assertThat(plot.getRangeAxis().getLabel()).contains("£ million");
        assertThat(plot.getDomainAxis().getLabel()).contains("Financial year");
    }
}
