package hnsim.report.chart;

import hnsim.report.Figures;

import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * The frame every chart shares: title, the scenario's name under it, legend and footnote at the
 * foot, white background, light grid, and axes in £m and financial years. Charts set their
 * data and renderers; the look is decided here once.
 */
final class ChartLayout {
    private ChartLayout() {
    }

    static JFreeChart frame(String title, String subtitle, XYPlot plot, ChartCaption caption) {
        JFreeChart chart = new JFreeChart(title, Palette.TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(12, 16, 10, 24));
        chart.getTitle().setPaint(Palette.TEXT);
        TextTitle scenario = new TextTitle(caption.scenarioName() + (subtitle.isEmpty() ? "" : " | " + subtitle),
                Palette.SUBTITLE_FONT);
        scenario.setPaint(Palette.MUTED_TEXT);
        scenario.setPadding(new RectangleInsets(4, 0, 8, 0));
        chart.addSubtitle(scenario);
        // Subtitles are laid out in order from the chart's edge inwards: the footnote goes in
        // first so it sits below the legend, at the very foot of the image.
        TextTitle footnote = new TextTitle(caption.footnote(), Palette.FOOTNOTE_FONT);
        footnote.setPosition(RectangleEdge.BOTTOM);
        footnote.setHorizontalAlignment(HorizontalAlignment.LEFT);
        footnote.setPaint(Palette.MUTED_TEXT);
        footnote.setPadding(new RectangleInsets(8, 0, 0, 0));
        chart.addSubtitle(footnote);
        LegendTitle legend = new LegendTitle(plot);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemFont(Palette.LEGEND_FONT);
        legend.setItemPaint(Palette.TEXT);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        legend.setPadding(new RectangleInsets(8, 0, 0, 0));
        chart.addSubtitle(legend);
        return chart;
    }

    static XYPlot plot(ValueAxis domain, ValueAxis range) {
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(domain);
        plot.setRangeAxis(range);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(Palette.GRID);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setDomainGridlineStroke(new java.awt.BasicStroke(1f));
        plot.setRangeGridlineStroke(new java.awt.BasicStroke(1f));
        plot.setDomainGridlinesVisible(true);
        plot.setRangeGridlinesVisible(true);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        return plot;
    }

    /** A year axis over financial years {@code first} to {@code last} (start years), with a margin. */
    static NumberAxis yearAxis(String label, int first, int last, double margin) {
        NumberAxis axis = new NumberAxis(label);
        style(axis);
        axis.setTickUnit(new NumberTickUnit(1, new FinancialYearFormat()));
        axis.setRange(first - margin, last + margin);
        return axis;
    }

    /** A money axis in £m with tick labels such as {@code £40m}. */
    static NumberAxis moneyAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        style(axis);
        axis.setNumberFormatOverride(Figures.ukFormat("£#,##0.##m"));
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    static NumberAxis percentAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        style(axis);
        axis.setNumberFormatOverride(Figures.ukFormat("0.#%"));
        return axis;
    }

    private static void style(NumberAxis axis) {
        axis.setLabelFont(Palette.AXIS_LABEL_FONT);
        axis.setLabelPaint(Palette.TEXT);
        axis.setTickLabelFont(Palette.TICK_FONT);
        axis.setTickLabelPaint(Palette.TEXT);
        axis.setAxisLineVisible(false);
        axis.setTickMarkPaint(Palette.GRID);
    }

    /**
     * A labelled dashed line at {@code value}: vertical on a domain marker, horizontal on a range
     * one. {@code row} moves the label down by rows so labels of nearby markers do not overlap.
     */
    static void marker(XYPlot plot, boolean domain, double value, String label, java.awt.Paint paint,
                       java.awt.Stroke stroke, int row, boolean labelLeft) {
        ValueMarker marker = new ValueMarker(value, paint, stroke);
        marker.setLabel(label);
        marker.setLabelFont(Palette.MARKER_FONT);
        marker.setLabelPaint(paint == Palette.THRESHOLD ? Palette.TEXT : paint);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 235));
        if (domain) {
            marker.setLabelAnchor(labelLeft ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(labelLeft ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
            marker.setLabelOffset(new RectangleInsets(6 + 24 * row, 5, 0, 5));
            plot.addDomainMarker(marker, Layer.FOREGROUND);
        } else {
            marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            marker.setLabelOffset(new RectangleInsets(2, 6, 2, 6));
            plot.addRangeMarker(marker, Layer.BACKGROUND);
        }
    }

}
