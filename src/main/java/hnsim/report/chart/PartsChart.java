package hnsim.report.chart;

import hnsim.model.Metric;
import hnsim.stats.Summary;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;

/**
 * Where the money goes: the base's mean gross cost by placement type, stacked, by year. Means
 * of the parts add up to the mean of the whole (medians would not), so the top of the stack is
 * the mean gross cost.
 */
public final class PartsChart {
    private PartsChart() {
    }

    public static JFreeChart create(ChartInputs in) {
        DefaultTableXYDataset dataset = dataset(in);
        int first = ChartInputs.startYear(in.years().get(0));
        int last = ChartInputs.startYear(in.years().get(in.lastYear()));
        XYPlot plot = ChartLayout.plot(ChartLayout.yearAxis("Financial year", first, last, 0.1),
                ChartLayout.moneyAxis("Mean gross cost, £ million"));
        plot.setDataset(dataset);
        StackedXYAreaRenderer2 renderer = new StackedXYAreaRenderer2();
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            renderer.setSeriesPaint(s, Palette.option(s));
        }
        plot.setRenderer(renderer);
        return ChartLayout.frame("Gross cost by placement type (" + in.baseOption() + ")",
                "mean across trajectories, stacked: the top is the mean gross cost", plot, in.caption());
    }

    /** One series per placement type, named after it, of mean gross cost in £m by start year. */
    public static DefaultTableXYDataset dataset(ChartInputs in) {
        DefaultTableXYDataset dataset = new DefaultTableXYDataset();
        List<String> parts = in.result().statistics().summaries().stream()
                .map(Summary::metric).filter(m -> m.startsWith(Metric.GROSS_COST.key() + ".")).distinct().toList();
        for (String part : parts) {
            XYSeries series = new XYSeries(part.substring(part.indexOf('.') + 1), false, false);
            for (int t = 0; t < in.years().size(); t++) {
                Summary s = in.result().statistics().find(in.baseOption(), part, in.years().get(t));
                series.add(ChartInputs.startYear(in.years().get(t)), s.mean() / 1e6);
            }
            dataset.addSeries(series);
        }
        return dataset;
    }
}
