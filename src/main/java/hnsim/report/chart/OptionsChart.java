package hnsim.report.chart;

import hnsim.model.Metric;
import hnsim.stats.Summary;
import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The options side by side: for each option, the median cumulative deficit by year with a bar
 * from P10 to P90. Options are nudged apart along the year axis so their bars do not hide one
 * another; the options share random draws, so the gaps between medians are the options' effect
 * and not noise.
 */
public final class OptionsChart {
    /** Horizontal distance between neighbouring options' bars, in years. */
    static final double SPREAD = 0.1;

    private OptionsChart() {
    }

    public static JFreeChart create(ChartInputs in) {
        List<String> options = in.result().optionNames();
        YIntervalSeriesCollection dataset = dataset(in);
        int first = ChartInputs.startYear(in.years().get(0));
        int last = ChartInputs.startYear(in.years().get(in.lastYear()));
        double margin = 0.25 + SPREAD * (options.size() - 1) / 2;
        XYPlot plot = ChartLayout.plot(
                ChartLayout.yearAxis("Financial year (deficit at 31 March, the year's end)", first, last, margin),
                ChartLayout.moneyAxis("Cumulative High Needs deficit, £ million"));
        plot.setDataset(dataset);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDrawYError(true);
        renderer.setCapLength(10);
        renderer.setErrorStroke(new BasicStroke(2.5f));
        for (int o = 0; o < options.size(); o++) {
            renderer.setSeriesPaint(o, Palette.option(o));
            renderer.setSeriesStroke(o, Palette.LINE_STROKE);
            renderer.setSeriesShape(o, new Ellipse2D.Double(-5.5, -5.5, 11, 11));
            renderer.setSeriesShapesVisible(o, true);
            renderer.setSeriesLinesVisible(o, true);
        }
        plot.setRenderer(renderer);
        return ChartLayout.frame("Options compared: cumulative deficit by year",
                "dots: median; bars: P10 to P90", plot, in.caption());
    }

    /**
     * One series per option, keyed by option name, in £m: y is the median, low/high P10 and
     * P90, x the financial year's start year plus the option's small offset.
     */
    public static YIntervalSeriesCollection dataset(ChartInputs in) {
        List<String> options = in.result().optionNames();
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        for (int o = 0; o < options.size(); o++) {
            YIntervalSeries series = new YIntervalSeries(options.get(o), false, false);
            for (int t = 0; t < in.years().size(); t++) {
                Summary s = in.summary(options.get(o), Metric.CUMULATIVE_DEFICIT, t);
                series.add(ChartInputs.startYear(in.years().get(t)) + offset(o, options.size()),
                        s.percentile(50) / 1e6, s.percentile(10) / 1e6, s.percentile(90) / 1e6);
            }
            dataset.addSeries(series);
        }
        return dataset;
    }

    /** Offsets centred on the year: -0.15, -0.05, 0.05, 0.15 for four options; 0 for one. */
    static double offset(int option, int options) {
        return (option - (options - 1) / 2.0) * SPREAD;
    }
}
