package hnsim.report.chart;

import hnsim.decision.Parameter;
import hnsim.decision.Sweep;
import hnsim.decision.SweepPoint;
import hnsim.model.Metric;
import hnsim.stats.Exceedance;
import hnsim.stats.Summary;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The charts of a sweep, against the swept value: the final-year cumulative deficit of the
 * base (median, P10-P90 band) with the medians of the other options, and the chance the base's
 * final-year cumulative deficit passes each threshold. In a grid, one line per value of the
 * second parameter instead.
 */
public final class SweepCharts {
    public static final String DEFICIT_STEM = "sweep-cumulative_deficit";
    public static final String EXCEEDANCE_STEM = "sweep-exceedance";

    private SweepCharts() {
    }

    public static JFreeChart deficit(Sweep sweep, ChartCaption caption) {
        String last = sweep.years().get(sweep.years().size() - 1);
        List<SweepPoint> points = sweep.points();
        String base = points.get(0).options().get(0);
        XYPlot plot = ChartLayout.plot(valueAxis(sweep.first()),
                ChartLayout.moneyAxis("Cumulative deficit at the end of " + last + ", £ million"));
        YIntervalSeriesCollection band = new YIntervalSeriesCollection();
        XYSeriesCollection lines = new XYSeriesCollection();
        if (sweep.second() == null) {
            YIntervalSeries s = new YIntervalSeries("P10 to P90 (" + base + ")", false, false);
            for (SweepPoint p : points) {
                Summary sum = p.statistics().find(base, Metric.CUMULATIVE_DEFICIT.key(), last);
                s.add(x(sweep.first(), p.value()), sum.percentile(50) / 1e6, sum.percentile(10) / 1e6,
                        sum.percentile(90) / 1e6);
            }
            band.addSeries(s);
            for (String option : points.get(0).options()) {
                XYSeries median = new XYSeries("Median (" + option + ")", false, false);
                for (SweepPoint p : points) {
                    median.add(x(sweep.first(), p.value()),
                            p.statistics().find(option, Metric.CUMULATIVE_DEFICIT.key(), last).percentile(50) / 1e6);
                }
                lines.addSeries(median);
            }
        } else {
            for (Map.Entry<Double, List<SweepPoint>> e : bySecond(points).entrySet()) {
                XYSeries median = new XYSeries("Median, " + sweep.second().path() + " = "
                        + sweep.second().display(e.getKey()), false, false);
                for (SweepPoint p : e.getValue()) {
                    median.add(x(sweep.first(), p.value()),
                            p.statistics().find(base, Metric.CUMULATIVE_DEFICIT.key(), last).percentile(50) / 1e6);
                }
                lines.addSeries(median);
            }
        }
        plot.setDataset(0, lines);
        plot.setRenderer(0, lineRenderer(lines.getSeriesCount()));
        if (band.getSeriesCount() > 0) {
            plot.setDataset(1, band);
            DeviationRenderer renderer = new DeviationRenderer(false, false);
            renderer.setSeriesFillPaint(0, Palette.FAN_BANDS.get(1));
            renderer.setSeriesPaint(0, Palette.FAN_BANDS.get(1));
            renderer.setAlpha(1.0f);
            plot.setRenderer(1, renderer);
        }
        return ChartLayout.frame("Final-year cumulative deficit against " + sweep.first().path(),
                sweep.second() == null ? "lines: medians; band: P10 to P90 of " + base : "medians of " + base,
                plot, caption);
    }

    public static JFreeChart exceedance(Sweep sweep, ChartCaption caption) {
        String last = sweep.years().get(sweep.years().size() - 1);
        List<SweepPoint> points = sweep.points();
        String base = points.get(0).options().get(0);
        XYPlot plot = ChartLayout.plot(valueAxis(sweep.first()),
                ChartLayout.percentAxis("Chance the cumulative deficit ends " + last + " above the threshold"));
        ((NumberAxis) plot.getRangeAxis()).setRange(0, 1.0);
        XYSeriesCollection lines = new XYSeriesCollection();
        List<Double> thresholds = points.get(0).statistics().exceedances().stream()
                .filter(e -> e.option().equals(base)).map(Exceedance::thresholdGbp).distinct().toList();
        Map<Double, List<SweepPoint>> groups = sweep.second() == null ? Map.of(Double.NaN, points) : bySecond(points);
        for (double threshold : thresholds) {
            for (Map.Entry<Double, List<SweepPoint>> e : groups.entrySet()) {
                String name = "Above " + hnsim.report.Figures.money(threshold)
                        + (sweep.second() == null ? "" : ", " + sweep.second().path() + " = " + sweep.second().display(e.getKey()));
                XYSeries s = new XYSeries(name, false, false);
                for (SweepPoint p : e.getValue()) {
                    double probability = p.statistics().exceedances().stream().filter(x -> x.option().equals(base)
                            && x.year().equals(last) && x.thresholdGbp() == threshold).findFirst().orElseThrow()
                            .probability();
                    s.add(x(sweep.first(), p.value()), probability);
                }
                lines.addSeries(s);
            }
        }
        plot.setDataset(lines);
        plot.setRenderer(lineRenderer(lines.getSeriesCount()));
        return ChartLayout.frame("Chance of passing each threshold against " + sweep.first().path(),
                "option " + base + ", " + last, plot, caption);
    }

    private static Map<Double, List<SweepPoint>> bySecond(List<SweepPoint> points) {
        Map<Double, List<SweepPoint>> groups = new LinkedHashMap<>();
        for (SweepPoint p : points) {
            groups.computeIfAbsent(p.value2(), k -> new ArrayList<>()).add(p);
        }
        return groups;
    }

    private static NumberAxis valueAxis(Parameter parameter) {
        NumberAxis axis = new NumberAxis(parameter.path() + (parameter.percent() ? " (%)" : ""));
        axis.setLabelFont(Palette.AXIS_LABEL_FONT);
        axis.setTickLabelFont(Palette.TICK_FONT);
        axis.setLabelPaint(Palette.TEXT);
        axis.setTickLabelPaint(Palette.TEXT);
        axis.setAutoRangeIncludesZero(false);
        if (parameter.percent()) {
            axis.setNumberFormatOverride(hnsim.report.Figures.ukFormat("0.##"));
        }
        return axis;
    }

    /** Percentages are drawn in percent (0.5 for 0.5%), other values as they are. */
    private static double x(Parameter parameter, double value) {
        return parameter.percent() ? value * 100 : value;
    }

    private static XYLineAndShapeRenderer lineRenderer(int series) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int s = 0; s < series; s++) {
            Color colour = Palette.option(s);
            renderer.setSeriesPaint(s, colour);
            renderer.setSeriesStroke(s, Palette.LINE_STROKE);
            renderer.setSeriesShape(s, new Ellipse2D.Double(-4, -4, 8, 8));
        }
        return renderer;
    }
}
