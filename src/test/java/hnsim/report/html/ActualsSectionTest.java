package hnsim.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import hnsim.model.Metric;
import hnsim.report.ReportFixtures;
import hnsim.report.chart.FanChart;
import java.io.IOException;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

class ActualsSectionTest {
    @Test
    void theReportPlacesEachOutturnWithItsPercentileAndSource() throws IOException {
        String html = HtmlReportTest.shippedReport();
        assertThat(html).contains("<a href=\"#actuals\">Outturns</a>")
                .contains("<h2>How the forecast compares with what happened</h2>")
                .contains("<tr><td>cumulative deficit</td><td>2021/22</td><td>£24.3m</td>")
                .contains("reported: cumulative DSG deficit at 31 March 2022");
    }

    @Test
    void theFanChartMarksTheOutturnsOfItsMetric() {
        var in = ReportFixtures.chartInputs(ReportFixtures.shippedRun(), false);
        XYSeriesCollection cumulative = FanChart.actuals(in, Metric.CUMULATIVE_DEFICIT);
        assertThat(cumulative.getSeriesCount()).isEqualTo(1);
        assertThat(cumulative.getSeries(0).getItemCount()).isEqualTo(2);
        assertThat(cumulative.getSeries(0).getX(0).intValue()).isEqualTo(2021);
        assertThat(cumulative.getSeries(0).getY(0).doubleValue()).isEqualTo(24.3);
        assertThat(FanChart.actuals(in, Metric.IN_YEAR_DEFICIT).getSeries(0).getY(0).doubleValue()).isEqualTo(11.4);
        assertThat(FanChart.actuals(in, Metric.SAVINGS).getSeriesCount()).isZero();
    }
}
