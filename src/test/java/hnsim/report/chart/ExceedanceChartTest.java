package hnsim.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hnsim.engine.Engine;
import hnsim.engine.RunRequest;
import hnsim.kernel.RunSettings;
import hnsim.model.Metric;
import hnsim.report.ReportFixtures;
import hnsim.scenario.ScenarioLoader;
import hnsim.stats.SimulationResult;
import java.util.List;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

class ExceedanceChartTest {
    @Test
    void exceedanceIsTheShareStrictlyAbove() {
        double[] sorted = {1, 2, 2, 3};

        assertThat(ExceedanceChart.exceedance(sorted, 0)).isEqualTo(1.0);
        assertThat(ExceedanceChart.exceedance(sorted, 1)).isEqualTo(0.75);
        assertThat(ExceedanceChart.exceedance(sorted, 2)).isEqualTo(0.25);
        assertThat(ExceedanceChart.exceedance(sorted, 3)).isEqualTo(0.0);
    }

    @Test
    void oneFallingCurvePerYearAgreeingWithTheRunsExceedances() {
        SimulationResult result = ReportFixtures.shippedRun();
        ChartInputs in = ReportFixtures.chartInputs(result, false);
        XYSeriesCollection curves = ExceedanceChart.curves(in, ExceedanceChart.thresholds(in));

        assertThat(curves.getSeriesCount()).isEqualTo(4);
        assertThat(String.valueOf(curves.getSeriesKey(3))).isEqualTo("2024/25");
        for (int t = 0; t < 4; t++) {
            XYSeries curve = curves.getSeries(t);
            assertThat(curve.getItemCount()).isEqualTo(ExceedanceChart.POINTS);
            assertThat(curve.getY(0).doubleValue()).isEqualTo(1.0);
            assertThat(curve.getY(curve.getItemCount() - 1).doubleValue()).isEqualTo(0.0);
            for (int i = 1; i < curve.getItemCount(); i++) {
                assertThat(curve.getY(i).doubleValue()).isLessThanOrEqualTo(curve.getY(i - 1).doubleValue());
            }
        }
        double[] column = result.values(0, Metric.CUMULATIVE_DEFICIT, 3);
        java.util.Arrays.sort(column);
        double p50m = result.statistics().exceedances().stream()
                .filter(e -> e.option().equals("base") && e.year().equals("2024/25") && e.thresholdGbp() == 50e6)
                .findFirst().orElseThrow().probability();
        assertThat(ExceedanceChart.exceedance(column, 50e6)).isCloseTo(p50m, within(1e-12));
    }

    @Test
    void curvesPlotTheSharesASortedColumnGivesAtEveryPoint() {
        SimulationResult result = ReportFixtures.shippedRun();
        ChartInputs in = ReportFixtures.chartInputs(result, false);
        List<Double> thresholds = ExceedanceChart.thresholds(in);
        XYSeriesCollection curves = ExceedanceChart.curves(in, thresholds);
        ExceedanceGrid grid = ExceedanceChart.grid(ExceedanceChart.columns(in), thresholds);

        // The ends as read from the sorted columns: the lowest and highest value or threshold, padded.
        double low = thresholds.get(0);
        double high = thresholds.get(thresholds.size() - 1);
        for (int t = 0; t < 4; t++) {
            double[] sorted = result.values(0, Metric.CUMULATIVE_DEFICIT, t);
            java.util.Arrays.sort(sorted);
            low = Math.min(low, sorted[0]);
            high = Math.max(high, sorted[sorted.length - 1]);
        }
        double pad = Math.max(1e6, (high - low) * 0.03);
        assertThat(grid.low()).isEqualTo(low - pad);
        assertThat(grid.high()).isEqualTo(high + pad);
        for (int t = 0; t < 4; t++) {
            double[] sorted = result.values(0, Metric.CUMULATIVE_DEFICIT, t);
            java.util.Arrays.sort(sorted);
            XYSeries curve = curves.getSeries(t);
            for (int i = 0; i < curve.getItemCount(); i++) {
                assertThat(curve.getX(i).doubleValue()).isEqualTo(grid.point(i) / 1e6);
                assertThat(curve.getY(i).doubleValue()).as("year %d point %d", t, i)
                        .isEqualTo(bySorting(sorted, grid.point(i)));
            }
        }
    }

    @Test
    void marksTheScenarioThresholdsAndThoseGivenForTheRun() throws Exception {
        SimulationResult result = Engine.run(ScenarioLoader.load(ReportFixtures.SHIPPED),
                RunRequest.of(new RunSettings(1, 100, 1, false), List.of(75e6)), done -> { });
        XYPlot plot = (XYPlot) ExceedanceChart.create(ReportFixtures.chartInputs(result, false)).getPlot();

        double[] markers = markers(plot);
        assertThat(markers).containsExactly(30, 50, 75, 99);
        assertThat(plot.getDomainAxis().getRange().contains(99)).isTrue();
    }

    @Test
    void closeThresholdsStackTheirLabelsAndTheChancesGoInOneBox() throws Exception {
        // The outlook's £50m, £99m and £150m lie within 100 pixels of each other on a £1.4bn axis.
        org.jfree.data.Range domain = new org.jfree.data.Range(-40, 1440);
        assertThat(ExceedanceChart.labelRows(List.of(50e6, 99e6, 150e6), domain)).containsExactly(0, 1, 0);
        assertThat(ExceedanceChart.labelRows(List.of(30e6, 50e6, 99e6), new org.jfree.data.Range(18, 180)))
                .containsExactly(0, 0, 0);

        SimulationResult result = Engine.run(ScenarioLoader.load(ReportFixtures.SHIPPED),
                RunRequest.of(new RunSettings(1, 100, 1, false), List.of(75e6)), done -> { });
        XYPlot plot = (XYPlot) ExceedanceChart.create(ReportFixtures.chartInputs(result, false)).getPlot();
        java.util.Collection<?> markers = plot.getDomainMarkers(Layer.FOREGROUND);
        assertThat(markers.stream().map(m -> ((ValueMarker) m).getLabel()))
                .containsExactly("£30m", "£50m", "£75m", "£99m");
        assertThat(plot.getAnnotations()).hasSize(1);
        String box = ((org.jfree.chart.title.TextTitle) ((org.jfree.chart.annotations.XYTitleAnnotation)
                plot.getAnnotations().get(0)).getTitle()).getText();
        assertThat(box).startsWith("Chance above, 2024/25\n£30m: ").contains("\n£99m: ");
        assertThat(plot.getRangeAxis().getUpperBound()).isGreaterThan(1.0);
    }

    @Test
    void deterministicRunDrawsStepsWithoutFailing() {
        ChartInputs in = ReportFixtures.chartInputs(ReportFixtures.shippedDeterministic(), true);
        XYSeries last = ExceedanceChart.curves(in, ExceedanceChart.thresholds(in)).getSeries(3);

        assertThat(last.getY(0).doubleValue()).isEqualTo(1.0);
        assertThat(last.getY(last.getItemCount() - 1).doubleValue()).isEqualTo(0.0);
        assertThat(ChartWriter.svg(ExceedanceChart.create(in), "exceedance")).contains("£99m");
    }

    /** The share of a sorted sample strictly above {@code x}, by binary search: how the chart read it before counting. */
    private static double bySorting(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return (double) (sorted.length - lo) / sorted.length;
    }

    /** The positions of the plot's labelled vertical lines. JFreeChart returns a raw collection. */
    static double[] markers(XYPlot plot) {
        java.util.Collection<?> markers = plot.getDomainMarkers(Layer.FOREGROUND);
        return markers.stream().mapToDouble(m -> ((ValueMarker) m).getValue()).toArray();
    }
}
