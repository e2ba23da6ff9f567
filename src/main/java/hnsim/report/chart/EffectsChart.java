package hnsim.report.chart;

import hnsim.decision.Effect;
import hnsim.decision.Effects;
import hnsim.model.Metric;
import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * What each option buys: for each option, the mean of its paired difference from the base in
 * cumulative deficit by year (dots) with whiskers from P10 to P90. Drawn beside the options
 * chart, whose P10-P90 bars (tens of millions wide) hide differences of a million or two.
 */
public final class EffectsChart {
    public static final String STEM = "effects-cumulative_deficit";
    public static final String TITLE = "What each option buys";
    public static final String HOW_TO_READ = "For each option, the mean change in the cumulative deficit against "
            + "the base, trajectory by trajectory (dots), and the range of that change from P10 to P90 (whiskers). "
            + "Below zero the option lowers the deficit. A whisker reaching zero means the option changes nothing "
            + "in at least one trajectory in ten (a transfer that is refused, say).";

    private EffectsChart() {
    }

    /** The chart, with colours matching each option's colour in the other charts. */
    public static JFreeChart create(Effects effects, List<String> options, List<String> years, ChartCaption caption) {
        YIntervalSeriesCollection dataset = dataset(effects, options, years);
        int first = ChartInputs.startYear(years.get(0));
        int last = ChartInputs.startYear(years.get(years.size() - 1));
        int shown = Math.max(1, options.size() - 1);
        double margin = 0.25 + OptionsChart.SPREAD * (shown - 1) / 2;
        XYPlot plot = ChartLayout.plot(
                ChartLayout.yearAxis("Financial year (deficit at 31 March, the year's end)", first, last, margin),
                ChartLayout.moneyAxis("Change in cumulative deficit against the base, £ million"));
        plot.setDataset(dataset);
        ChartLayout.marker(plot, false, 0, "no change", Palette.THRESHOLD, Palette.MARKER_STROKE, 0, false);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDrawYError(true);
        renderer.setCapLength(10);
        renderer.setErrorStroke(new BasicStroke(2.5f));
        for (int s = 0; s < options.size() - 1; s++) {
            renderer.setSeriesPaint(s, Palette.option(s + 1));
            renderer.setSeriesStroke(s, Palette.LINE_STROKE);
            renderer.setSeriesShape(s, new Ellipse2D.Double(-5.5, -5.5, 11, 11));
            renderer.setSeriesShapesVisible(s, true);
            renderer.setSeriesLinesVisible(s, true);
        }
        plot.setRenderer(renderer);
        return ChartLayout.frame("What each option buys: change in cumulative deficit against the base",
                "dots: mean; whiskers: P10 to P90 of the paired difference", plot, caption);
    }

    /** One series per option other than the base, in £m: y the mean difference, low/high its P10 and P90. */
    public static YIntervalSeriesCollection dataset(Effects effects, List<String> options, List<String> years) {
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        String base = options.get(0);
        for (int o = 1; o < options.size(); o++) {
            YIntervalSeries series = new YIntervalSeries(options.get(o), false, false);
            for (String year : years) {
                Effect e = effects.find(options.get(o), base, Metric.CUMULATIVE_DEFICIT.key(), year);
                series.add(ChartInputs.startYear(year) + OptionsChart.offset(o - 1, options.size() - 1),
                        e.mean() / 1e6, e.p10() / 1e6, e.p90() / 1e6);
            }
            dataset.addSeries(series);
        }
        return dataset;
    }
}
