package hnsim.report.chart;

import hnsim.model.Metric;
import hnsim.report.Figures;
import hnsim.stats.Exceedance;
import java.awt.BasicStroke;
import java.awt.Color;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The exceedance curve: the probability that the base option's cumulative deficit exceeds £X,
 * against X, one curve per year with the final year darkest, and the scenario's thresholds
 * marked with their final-year probabilities. It answers "how likely is a deficit above £50m?"
 * for any £50m, where the table gives only the chosen thresholds.
 */
public final class ExceedanceChart {
    /** Top of the probability axis: the band above 100% holds the thresholds' labels. */
    static final double HEADROOM = 1.12;
    /** The plot's width in pixels in a 1200-pixel chart, and a label's width per character, for spacing labels. */
    private static final double PLOT_PIXELS = 1040;
    private static final double PIXELS_PER_CHAR = 10;

    /** Points per curve: smooth at 1200 pixels wide while keeping the SVG small. */
    static final int POINTS = 241;

    private ExceedanceChart() {
    }

    public static JFreeChart create(ChartInputs in) {
        List<Double> thresholds = thresholds(in);
        XYSeriesCollection curves = curves(in, thresholds);
        XYPlot plot = ChartLayout.plot(ChartLayout.moneyAxis("Cumulative High Needs deficit at the year's end, £X million"),
                ChartLayout.percentAxis("P(cumulative deficit > £X)"));
        plot.setDataset(curves);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        int years = curves.getSeriesCount();
        for (int t = 0; t < years; t++) {
            boolean last = t == years - 1;
            renderer.setSeriesPaint(t, last ? Palette.MEDIAN : yearColour(t, years));
            renderer.setSeriesStroke(t, new BasicStroke(last ? 3.5f : 2.2f, BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND));
        }
        renderer.setDrawSeriesLineAsPath(true);
        plot.setRenderer(renderer);
        // Headroom above 100% holds the thresholds' amounts, clear of the curves, which sit at
        // 100% on the left; the chances go in one box at the top right, where every curve is
        // already near 0%. Labels beside each line collided with each other and with the curves.
        plot.getRangeAxis().setRange(new Range(0, HEADROOM));
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(new UpToCertain());
        Range domain = domain(curves);
        plot.getDomainAxis().setRange(domain);
        String lastYear = in.years().get(in.lastYear());
        List<Integer> rows = labelRows(thresholds, domain);
        StringBuilder box = new StringBuilder("Chance above, " + lastYear);
        for (int i = 0; i < thresholds.size(); i++) {
            double threshold = thresholds.get(i);
            double p = probability(in, threshold, in.lastYear());
            ChartLayout.marker(plot, true, threshold / 1e6, Figures.money(threshold),
                    Palette.THRESHOLD, Palette.MARKER_STROKE, rows.get(i), false);
            box.append('\n').append(Figures.money(threshold)).append(": ").append(Figures.percent(p));
        }
        if (!thresholds.isEmpty()) {
            TextTitle text = new TextTitle(box.toString(), Palette.MARKER_FONT);
            text.setPaint(Palette.TEXT);
            text.setTextAlignment(HorizontalAlignment.LEFT);
            text.setBackgroundPaint(new Color(255, 255, 255, 235));
            text.setFrame(new BlockBorder(Palette.GRID));
            text.setPadding(new RectangleInsets(6, 10, 6, 10));
            plot.addAnnotation(new XYTitleAnnotation(0.99, 0.97 / HEADROOM, text, RectangleAnchor.TOP_RIGHT));
        }
        return ChartLayout.frame("Chance the cumulative deficit exceeds £X", "option " + in.baseOption(),
                plot, in.caption());
    }

    /**
     * One series per year, keyed by the year label: P(value > x) at {@link #POINTS} values of
     * x (£m) evenly spread over every year's values and the thresholds. One pass over each
     * year's values finds the range and one more counts them against the points
     * ({@link ExceedanceGrid}): the same shares as sorting them, without the sort.
     */
    public static XYSeriesCollection curves(ChartInputs in, List<Double> thresholdsGbp) {
        List<double[]> columns = columns(in);
        ExceedanceGrid grid = grid(columns, thresholdsGbp);
        XYSeriesCollection curves = new XYSeriesCollection();
        for (int t = 0; t < columns.size(); t++) {
            XYSeries series = new XYSeries(in.years().get(t), true, false);
            double[] shares = grid.shareAbove(columns.get(t));
            for (int i = 0; i < POINTS; i++) {
                series.add(grid.point(i) / 1e6, shares[i]);
            }
            curves.addSeries(series);
        }
        return curves;
    }

    /** The base option's cumulative deficit, one column per year. */
    static List<double[]> columns(ChartInputs in) {
        List<double[]> columns = new ArrayList<>();
        for (int t = 0; t < in.years().size(); t++) {
            columns.add(in.baseColumn(Metric.CUMULATIVE_DEFICIT, t));
        }
        return columns;
    }

    /** The points of the curves (£): from the lowest value or threshold to the highest, with a margin. */
    static ExceedanceGrid grid(List<double[]> columns, List<Double> thresholdsGbp) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double[] column : columns) {
            for (double v : column) {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        for (double threshold : thresholdsGbp) {
            low = Math.min(low, threshold);
            high = Math.max(high, threshold);
        }
        double pad = Math.max(1e6, (high - low) * 0.03);
        return new ExceedanceGrid(low - pad, high + pad, POINTS);
    }

    /** The share of {@code values} strictly above {@code x}. */
    static double exceedance(double[] values, double x) {
        long above = 0;
        for (double v : values) {
            if (!(v <= x)) { // a NaN counts as above, where a sort puts it
                above++;
            }
        }
        return (double) above / values.length;
    }

    /** The scenario's thresholds and any given for the run, ascending, without repeats. */
    static List<Double> thresholds(ChartInputs in) {
        TreeSet<Double> all = new TreeSet<>(in.baseScenario().thresholdsGbp());
        for (Exceedance e : in.result().statistics().exceedances()) {
            all.add(e.thresholdGbp());
        }
        return List.copyOf(all);
    }

    /** The run's own figure where it computed one, so chart and tables agree to the digit. */
    private static double probability(ChartInputs in, double threshold, int yearIndex) {
        String year = in.years().get(yearIndex);
        return in.result().statistics().exceedances().stream()
                .filter(e -> e.option().equals(in.baseOption()) && e.year().equals(year)
                        && e.thresholdGbp() == threshold)
                .mapToDouble(Exceedance::probability).findFirst()
                .orElseGet(() -> exceedance(in.baseColumn(Metric.CUMULATIVE_DEFICIT, yearIndex), threshold));
    }

    /**
     * The row of each threshold's label in the headroom: the first row where it clears the
     * label before it (labels run right of their line), so close thresholds stack instead of
     * overlapping. Two rows fit the headroom; a third close threshold shares the first.
     */
    static List<Integer> labelRows(List<Double> thresholdsGbp, Range domain) {
        double pixelsPerGbp = PLOT_PIXELS / (domain.getLength() * 1e6);
        double[] rowEnds = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        List<Integer> rows = new ArrayList<>();
        for (double t : thresholdsGbp) {
            double start = t * pixelsPerGbp;
            double end = start + 10 + Figures.money(t).length() * PIXELS_PER_CHAR;
            int row = start > rowEnds[0] ? 0 : start > rowEnds[1] ? 1 : 0;
            rowEnds[row] = end;
            rows.add(row);
        }
        return rows;
    }

    /** Percent tick labels up to 100%; none in the headroom above, where no probability lies. */
    private static final class UpToCertain extends NumberFormat {
        private final NumberFormat percent = Figures.ukFormat("0.#%");

        @Override
        public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
            return number > 1 + 1e-9 ? to : percent.format(number, to, pos);
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
            return format((double) number, to, pos);
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            return percent.parse(source, pos);
        }
    }

    private static Range domain(XYSeriesCollection curves) {
        XYSeries any = curves.getSeries(0);
        return new Range(any.getMinX(), any.getMaxX());
    }

    /** Earlier years lighter, so the eye follows the curve moving right as years pass. */
    private static Color yearColour(int t, int years) {
        return Palette.tint(Palette.FAN, 0.3 + 0.45 * t / Math.max(1, years - 1));
    }
}
