package hnsim.report.chart;

import hnsim.report.Figures;

import hnsim.model.Metric;
import hnsim.stats.Summary;
import java.awt.BasicStroke;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.Range;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.statistics.HistogramType;

/**
 * The distribution of the base option's cumulative deficit at the end of the final year: a
 * histogram of the trajectories' values with the P5, median and P95, the mean and the plan
 * marked. A deterministic run has one value: it draws as a single bar.
 */
public final class HistogramChart {
    public static final String SERIES = "Share of trajectories";
    private static final int MIN_BINS = 10;
    private static final int MAX_BINS = 60;

    private HistogramChart() {
    }

    public static JFreeChart create(ChartInputs in) {
        int last = in.lastYear();
        String year = in.years().get(last);
        HistogramDataset dataset = dataset(in.baseColumn(Metric.CUMULATIVE_DEFICIT, last));
        XYPlot plot = ChartLayout.plot(
                ChartLayout.moneyAxis("Cumulative High Needs deficit at 31 March " + (ChartInputs.startYear(year) + 1)
                        + ", £ million"),
                ChartLayout.percentAxis("Share of trajectories per " + binWidth(dataset) + " bar"));
        plot.setDataset(dataset);
        XYBarRenderer bars = new XYBarRenderer(0.04);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setSeriesPaint(0, Palette.tint(Palette.option(0), 0.55));
        plot.setRenderer(bars);
        Summary s = in.summary(in.baseOption(), Metric.CUMULATIVE_DEFICIT, last);
        PlanPath planPath = in.plans().get(in.baseOption());
        double plan = planPath.value(Metric.CUMULATIVE_DEFICIT, last);
        Range range = domain(dataset, s, plan);
        plot.getDomainAxis().setRange(range);
        if (s.percentile(5) == s.percentile(95)) {
            // Every trajectory has the same value (a deterministic run): one line says it all.
            ChartLayout.marker(plot, true, s.mean() / 1e6, "Every trajectory " + Figures.money(s.mean()),
                    Palette.MEDIAN, new BasicStroke(2.5f), 0, false);
            if (plan != s.mean()) {
                ChartLayout.marker(plot, true, plan / 1e6, planPath.label() + " " + Figures.money(plan),
                        Palette.PLAN, Palette.PLAN_STROKE, 1, plan / 1e6 > range.getCentralValue());
            }
        } else {
            markers(plot, s, planPath.label(), plan, range);
        }
        plot.setFixedLegendItems(new LegendItemCollection()); // the markers are labelled
        String subtitle = "option " + in.baseOption();
        return ChartLayout.frame("Cumulative deficit in " + year + ": distribution of outcomes", subtitle,
                plot, in.caption());
    }

    /**
     * The histogram in £m with relative frequencies, so bar heights read as shares of
     * trajectories whatever their number. Rice's rule (2 n^(1/3) bins, kept between 10 and
     * 60) keeps bars smooth for large runs and few for small ones.
     */
    public static HistogramDataset dataset(double[] valuesGbp) {
        // One plain pass (not three streams): at 10^6 trajectories this runs once, still cold.
        double[] millions = new double[valuesGbp.length];
        double min = valuesGbp.length == 0 ? 0 : Double.POSITIVE_INFINITY;
        double max = valuesGbp.length == 0 ? 0 : Double.NEGATIVE_INFINITY;
        for (int i = 0; i < millions.length; i++) {
            double v = valuesGbp[i] / 1e6;
            millions[i] = v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        HistogramDataset dataset = new HistogramDataset();
        dataset.setType(HistogramType.RELATIVE_FREQUENCY);
        if (max - min <= 0) {
            // One value (a deterministic run, or inputs without uncertainty): one bar of £1m
            // width around it, since a histogram of zero width has no bins.
            dataset.addSeries(SERIES, millions, 1, min - 0.5, max + 0.5);
        } else {
            int bins = (int) Math.max(MIN_BINS, Math.min(MAX_BINS, Math.round(2 * Math.cbrt(millions.length))));
            dataset.addSeries(SERIES, millions, bins, min, max);
        }
        return dataset;
    }

    private static void markers(XYPlot plot, Summary s, String planLabel, double plan, Range range) {
        ChartLayout.marker(plot, true, s.percentile(5) / 1e6, "P5 " + Figures.money(s.percentile(5)),
                Palette.THRESHOLD, Palette.MARKER_STROKE, 0, true);
        ChartLayout.marker(plot, true, s.percentile(50) / 1e6, "Median " + Figures.money(s.percentile(50)),
                Palette.MEDIAN, new BasicStroke(2.5f), 0, true);
        ChartLayout.marker(plot, true, s.mean() / 1e6, "Mean " + Figures.money(s.mean()),
                Palette.option(0), new BasicStroke(2.5f), 1, false);
        ChartLayout.marker(plot, true, s.percentile(95) / 1e6, "P95 " + Figures.money(s.percentile(95)),
                Palette.THRESHOLD, Palette.MARKER_STROKE, 0, false);
        // The plan's label goes on the side with room: the plan can lie far outside the bars.
        ChartLayout.marker(plot, true, plan / 1e6, planLabel + " " + Figures.money(plan),
                Palette.PLAN, Palette.PLAN_STROKE, 2, plan / 1e6 > range.getCentralValue());
    }

    private static String binWidth(HistogramDataset dataset) {
        double width = dataset.getEndXValue(0, 0) - dataset.getStartXValue(0, 0);
        return "£" + Figures.ukFormat(width < 1 ? "0.##" : "#,##0.#").format(width) + "m";
    }

    /** Wide enough for the bars and every marker, with a margin. */
    private static Range domain(HistogramDataset dataset, Summary s, double planGbp) {
        double low = Math.min(dataset.getStartXValue(0, 0), Math.min(s.percentile(5), planGbp) / 1e6);
        double high = Math.max(dataset.getEndXValue(0, dataset.getItemCount(0) - 1),
                Math.max(s.percentile(95), planGbp) / 1e6);
        double margin = Math.max(0.5, (high - low) * 0.04);
        return new Range(low - margin, high + margin);
    }
}
