package hnsim.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hnsim.report.ReportFixtures;
import hnsim.stats.SimulationResult;
import hnsim.stats.Summary;
import java.awt.Paint;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

class OptionsChartTest {
    @Test
    void oneSeriesPerOptionWithMedianAndP10ToP90() {
        SimulationResult result = ReportFixtures.shippedRun();
        YIntervalSeriesCollection dataset = OptionsChart.dataset(ReportFixtures.chartInputs(result, false));

        assertThat(dataset.getSeriesCount()).isEqualTo(result.optionNames().size());
        for (int o = 0; o < dataset.getSeriesCount(); o++) {
            String option = result.optionNames().get(o);
            assertThat(String.valueOf(dataset.getSeriesKey(o))).isEqualTo(option);
            for (int t = 0; t < result.years().size(); t++) {
                Summary s = result.statistics().find(option, "cumulative_deficit", result.years().get(t));
                assertThat(dataset.getYValue(o, t)).isCloseTo(s.percentile(50) / 1e6, within(1e-8));
                assertThat(dataset.getStartYValue(o, t)).isCloseTo(s.percentile(10) / 1e6, within(1e-8));
                assertThat(dataset.getEndYValue(o, t)).isCloseTo(s.percentile(90) / 1e6, within(1e-8));
                assertThat(Math.round(dataset.getXValue(o, t))).isEqualTo(2021 + t);
            }
        }
    }

    @Test
    void optionsAreNudgedApartAroundTheYear() {
        assertThat(OptionsChart.offset(0, 1)).isZero();
        assertThat(OptionsChart.offset(0, 4)).isCloseTo(-0.15, within(1e-12));
        assertThat(OptionsChart.offset(3, 4)).isCloseTo(0.15, within(1e-12));
    }

    @Test
    void eachOptionKeepsItsPaletteColour() {
        ChartInputs in = ReportFixtures.chartInputs(ReportFixtures.shippedRun(), false);
        XYPlot plot = (XYPlot) OptionsChart.create(in).getPlot();

        for (int o = 0; o < in.result().optionNames().size(); o++) {
            Paint paint = plot.getRenderer().getSeriesPaint(o);
            assertThat(paint).isEqualTo(Palette.option(o));
        }
    }

    @Test
    void worksWithTheBaseAlone() {
        SimulationResult result = ReportFixtures.run(ReportFixtures.withoutOptions(ReportFixtures.shippedText()), 50,
                false);
        ChartInputs in = ReportFixtures.chartInputs(result, false);

        assertThat(OptionsChart.dataset(in).getSeriesCount()).isEqualTo(1);
        assertThat(ChartWriter.svg(OptionsChart.create(in), "options")).contains(">base<");
    }
}
