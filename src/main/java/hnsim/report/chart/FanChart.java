package hnsim.report.chart;

import hnsim.report.Figures;

import hnsim.model.Metric;
import hnsim.stats.Summary;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A fan chart of a money metric of the base option by year, in the style of the Bank of
 * England's and the OBR's: shaded bands holding the central 90%, 80% and 50% of trajectories,
 * darker towards the middle, the median as a solid line and the plan (every input at its
 * central value) dashed. The cumulative deficit starts from the known opening deficit, where
 * every trajectory agrees, so the fan opens out from a point as uncertainty accumulates.
 */
public final class FanChart {
    /** Percentile pairs of the bands, outer first: the drawing order, so inner bands lie on top. */
    public static final List<int[]> BANDS = List.of(new int[] {5, 95}, new int[] {10, 90}, new int[] {25, 75});
    public static final String MEDIAN = "Median";
    public static final String PLAN = "Plan (central values)";
    /** The legend of the central path of a scenario that states no plan: every input at its mean. */
    public static final String CENTRAL = "Central path (inputs at their means)";

    private FanChart() {
    }

    public static JFreeChart create(ChartInputs in, Metric metric) {
        YIntervalSeriesCollection bands = bands(in, metric);
        XYSeriesCollection lines = lines(in, metric);
        int first = ChartInputs.startYear(in.years().get(0)) - (hasOpening(metric) ? 1 : 0);
        int last = ChartInputs.startYear(in.years().get(in.lastYear()));
        XYPlot plot = ChartLayout.plot(
                ChartLayout.yearAxis(hasOpening(metric) ? "Financial year (deficit at 31 March, the year's end)"
                        : "Financial year", first, last, 0.12),
                ChartLayout.moneyAxis(label(metric) + ", £ million"));
        plot.setDataset(0, bands);
        plot.setRenderer(0, bandRenderer());
        plot.setDataset(1, lines);
        plot.setRenderer(1, lineRenderer());
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        plot.setFixedLegendItems(legend(in.plans().get(in.baseOption()).legend()));
        if (metric == Metric.CUMULATIVE_DEFICIT) {
            for (double threshold : in.baseScenario().thresholdsGbp()) {
                ChartLayout.marker(plot, false, threshold / 1e6, Figures.money(threshold),
                        Palette.THRESHOLD, Palette.MARKER_STROKE, 0, false);
            }
        }
        String title = label(metric) + ": range of outcomes by year";
        return ChartLayout.frame(title, "option " + in.baseOption(), plot, in.caption());
    }

    /**
     * The bands in £m, one series per entry of {@link #BANDS}, keyed "P5 to P95" etc.; each
     * item's x is the financial year's start year, y the median, and low/high the percentiles.
     */
    public static YIntervalSeriesCollection bands(ChartInputs in, Metric metric) {
        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        for (int[] band : BANDS) {
            YIntervalSeries series = new YIntervalSeries("P" + band[0] + " to P" + band[1]);
            if (hasOpening(metric)) {
                double opening = opening(in);
                series.add(ChartInputs.startYear(in.years().get(0)) - 1, opening, opening, opening);
            }
            for (int t = 0; t < in.years().size(); t++) {
                Summary s = in.summary(in.baseOption(), metric, t);
                series.add(ChartInputs.startYear(in.years().get(t)), s.percentile(50) / 1e6,
                        s.percentile(band[0]) / 1e6, s.percentile(band[1]) / 1e6);
            }
            bands.addSeries(series);
        }
        return bands;
    }

    /** The median and the plan in £m: series {@link #MEDIAN} and {@link #PLAN}. */
    public static XYSeriesCollection lines(ChartInputs in, Metric metric) {
        XYSeries median = new XYSeries(MEDIAN, false, false);
        PlanPath planPath = in.plans().get(in.baseOption());
        XYSeries plan = new XYSeries(planPath.legend(), false, false);
        if (hasOpening(metric)) {
            int x = ChartInputs.startYear(in.years().get(0)) - 1;
            median.add(x, opening(in));
            plan.add(x, opening(in));
        }
        for (int t = 0; t < in.years().size(); t++) {
            int x = ChartInputs.startYear(in.years().get(t));
            median.add(x, in.summary(in.baseOption(), metric, t).percentile(50) / 1e6);
            plan.add(x, planPath.value(metric, t) / 1e6);
        }
        XYSeriesCollection lines = new XYSeriesCollection();
        lines.addSeries(median);
        lines.addSeries(plan);
        return lines;
    }

    static String label(Metric metric) {
        return switch (metric) {
            case CUMULATIVE_DEFICIT -> "Cumulative High Needs deficit";
            case IN_YEAR_DEFICIT -> "In-year High Needs deficit";
            default -> metric.key().replace('_', ' ');
        };
    }

    /** Only the cumulative deficit has a known starting value: the deficit brought forward. */
    private static boolean hasOpening(Metric metric) {
        return metric == Metric.CUMULATIVE_DEFICIT;
    }

    private static double opening(ChartInputs in) {
        return in.baseScenario().openingDeficitGbp() / 1e6;
    }

    private static DeviationRenderer bandRenderer() {
        DeviationRenderer renderer = new DeviationRenderer(false, false);
        renderer.setAlpha(1.0f);
        for (int i = 0; i < BANDS.size(); i++) {
            renderer.setSeriesFillPaint(i, Palette.FAN_BANDS.get(i));
            renderer.setSeriesPaint(i, Palette.FAN_BANDS.get(i));
        }
        return renderer;
    }

    private static XYLineAndShapeRenderer lineRenderer() {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, Palette.MEDIAN);
        renderer.setSeriesStroke(0, Palette.MEDIAN_STROKE);
        renderer.setSeriesShapesVisible(0, true);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-4.5, -4.5, 9, 9));
        renderer.setSeriesPaint(1, Palette.PLAN);
        renderer.setSeriesStroke(1, Palette.PLAN_STROKE);
        renderer.setDrawSeriesLineAsPath(true);
        return renderer;
    }

    /** Inner band first, as a reader looks for the most likely range first. */
    private static LegendItemCollection legend(String planLegend) {
        LegendItemCollection items = new LegendItemCollection();
        Shape box = new Rectangle(0, 0, 22, 14);
        String[] names = {"90% (P5 to P95)", "80% (P10 to P90)", "Middle 50% of outcomes (P25 to P75)"};
        for (int i = BANDS.size() - 1; i >= 0; i--) {
            items.add(new LegendItem(names[i], null, null, null, box, Palette.FAN_BANDS.get(i)));
        }
        Shape line = new Line2D.Double(-14, 0, 14, 0);
        items.add(new LegendItem(MEDIAN, null, null, null, line, Palette.MEDIAN_STROKE, Palette.MEDIAN));
        items.add(new LegendItem(planLegend, null, null, null, line, Palette.PLAN_STROKE, Palette.PLAN));
        return items;
    }
}
