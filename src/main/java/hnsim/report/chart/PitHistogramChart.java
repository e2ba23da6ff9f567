package hnsim.report.chart;

import java.awt.BasicStroke;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * The probability integral transform histogram of a backtest: where reported outturns fell in
 * their forecasts' distributions, in ten bins of ten percentile points. A calibrated forecast
 * gives a flat histogram (the dashed line); outturns piled at the edges mean ranges too narrow,
 * piled in the middle too wide, piled on one side a biased forecast.
 */
public final class PitHistogramChart {
    public static final String STEM = "backtest-pit-histogram";
    static final int BINS = 10;

    private PitHistogramChart() {
    }

    /** @param percentiles each outturn's percentile in its run, 0 to 100 */
    public static JFreeChart create(List<Double> percentiles, ChartCaption caption) {
        int[] counts = counts(percentiles);
        XYIntervalSeries series = new XYIntervalSeries("Outturns");
        for (int b = 0; b < BINS; b++) {
            double from = b * 100.0 / BINS;
            double to = from + 100.0 / BINS;
            series.add((from + to) / 2, from, to, counts[b], counts[b], counts[b]);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(series);
        NumberAxis x = new NumberAxis("Percentile of the forecast at which the outturn fell");
        x.setRange(0, 100);
        x.setTickUnit(new NumberTickUnit(10));
        NumberAxis y = new NumberAxis("Outturns");
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        int highest = 0;
        for (int c : counts) {
            highest = Math.max(highest, c);
        }
        double expected = percentiles.size() / (double) BINS;
        y.setRange(0, Math.max(1, Math.max(highest, expected)) * 1.15);
        for (NumberAxis axis : List.of(x, y)) {
            axis.setLabelFont(Palette.AXIS_LABEL_FONT);
            axis.setTickLabelFont(Palette.TICK_FONT);
            axis.setAxisLineVisible(false);
        }
        XYPlot plot = ChartLayout.plot(x, y);
        plot.setDataset(data);
        XYBarRenderer bars = new XYBarRenderer(0.06);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setSeriesPaint(0, Palette.ACTUAL);
        plot.setRenderer(bars);
        // In front of the bars, labelled at the right where bars are least likely to be.
        org.jfree.chart.plot.ValueMarker line = new org.jfree.chart.plot.ValueMarker(expected, Palette.THRESHOLD,
                Palette.MARKER_STROKE);
        line.setLabel(String.format(Locale.UK, "calibrated: %.1f a bin", expected));
        line.setLabelFont(Palette.MARKER_FONT);
        line.setLabelPaint(Palette.TEXT);
        line.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        line.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
        line.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(2, 6, 2, 6));
        plot.addRangeMarker(line, org.jfree.chart.ui.Layer.FOREGROUND);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem("Outturns in each tenth of the forecast distribution", null, null, null,
                new java.awt.Rectangle(0, 0, 22, 14), Palette.ACTUAL));
        legend.add(new LegendItem("Count a calibrated forecast would give", null, null, null,
                new java.awt.geom.Line2D.Double(-14, 0, 14, 0), new BasicStroke(1.5f), Palette.THRESHOLD));
        plot.setFixedLegendItems(legend);
        return ChartLayout.frame("Where the outturns fell in their forecasts", String.format(Locale.UK,
                "%d outturn%s", percentiles.size(), percentiles.size() == 1 ? "" : "s"), plot, caption);
    }

    static int[] counts(List<Double> percentiles) {
        int[] counts = new int[BINS];
        for (double p : percentiles) {
            // 100 (above every trajectory) belongs to the top bin.
            counts[Math.min(BINS - 1, (int) Math.floor(p / (100.0 / BINS)))]++;
        }
        return counts;
    }
}
