package hnsim.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hnsim.model.Metric;
import hnsim.report.ReportFixtures;
import hnsim.stats.SimulationResult;
import hnsim.stats.Summary;
import java.util.Arrays;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.statistics.HistogramDataset;
import org.junit.jupiter.api.Test;

class HistogramChartTest {
    @Test
    void barsAreSharesOfTrajectoriesInMillionsThatSumToOne() {
        double[] values = new double[1000];
        for (int i = 0; i < values.length; i++) {
            values[i] = 20e6 + i * 50_000; // £20m to £69.95m
        }
        HistogramDataset dataset = HistogramChart.dataset(values);

        assertThat(dataset.getItemCount(0)).isEqualTo(20); // Rice: 2 * 1000^(1/3)
        assertThat(dataset.getStartXValue(0, 0)).isEqualTo(20.0);
        assertThat(dataset.getEndXValue(0, 19)).isCloseTo(69.95, within(1e-9));
        double total = 0;
        for (int i = 0; i < dataset.getItemCount(0); i++) {
            total += dataset.getYValue(0, i);
        }
        assertThat(total).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void oneValueIsOneBarAroundIt() {
        HistogramDataset dataset = HistogramChart.dataset(new double[] {29.2e6});

        assertThat(dataset.getItemCount(0)).isEqualTo(1);
        assertThat(dataset.getYValue(0, 0)).isEqualTo(1.0);
        assertThat(dataset.getStartXValue(0, 0)).isLessThan(29.2);
        assertThat(dataset.getEndXValue(0, 0)).isGreaterThan(29.2);
    }

    @Test
    void histogramIsOfTheFinalYearWithPercentileMeanAndPlanMarkers() {
        SimulationResult result = ReportFixtures.shippedRun();
        XYPlot plot = (XYPlot) HistogramChart.create(ReportFixtures.chartInputs(result, false)).getPlot();

        double[] finalYear = result.values(0, Metric.CUMULATIVE_DEFICIT, result.years().size() - 1);
        double total = 0;
        for (int i = 0; i < plot.getDataset().getItemCount(0); i++) {
            total += plot.getDataset().getYValue(0, i);
        }
        assertThat(total).isCloseTo(1.0, within(1e-9));
        assertThat(plot.getDataset().getXValue(0, 0)).isGreaterThan(Arrays.stream(finalYear).min().orElseThrow() / 1e6);
        Summary s = result.statistics().find("base", "cumulative_deficit", "2024/25");
        double[] markers = markers(plot);
        double plan = PlanPath.of(result.scenarioFile().base()).value(Metric.CUMULATIVE_DEFICIT, 3);
        assertThat(markers).containsExactlyInAnyOrder(s.percentile(5) / 1e6, s.percentile(50) / 1e6,
                s.mean() / 1e6, s.percentile(95) / 1e6, plan / 1e6);
        assertThat(plan / 1e6).isCloseTo(29.2, within(0.05)); // the report's £29.2m, to its rounding
    }

    @Test
    void deterministicRunDrawsOneBarAndOneLabelledLine() {
        XYPlot plot = (XYPlot) HistogramChart.create(
                ReportFixtures.chartInputs(ReportFixtures.shippedDeterministic(), true)).getPlot();

        assertThat(plot.getDataset().getItemCount(0)).isEqualTo(1);
        assertThat(markers(plot)).hasSize(1);
    }

    /** The positions of the plot's labelled vertical lines. JFreeChart returns a raw collection. */
    static double[] markers(XYPlot plot) {
        java.util.Collection<?> markers = plot.getDomainMarkers(Layer.FOREGROUND);
        return markers.stream().mapToDouble(m -> ((ValueMarker) m).getValue()).toArray();
    }
}
