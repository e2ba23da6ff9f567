package hnsim.report.chart;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.data.xy.CategoryTableXYDataset;

/**
 * Which inputs drive the spread of the cumulative deficit, year by year: each year a bar of
 * height 100% split into the inputs' shares of the explained rank variance (squared standardised
 * rank regression coefficients over their sum). Drivers change over time (savings and transfers
 * early, compounding demand late), which one final-year table hides.
 */
public final class ShareByYearChart {
    /** Inputs drawn in their own colour; the rest are summed as "other inputs". */
    public static final int SHOWN = 7;

    private ShareByYearChart() {
    }

    /**
     * @param years financial year labels such as {@code 2021/22}
     * @param inputs the inputs to draw, largest first (at most {@link #SHOWN}; the rest is "other")
     * @param shares {@code shares[input][year]} in [0, 1], one row per entry of {@code inputs}
     */
    public static JFreeChart create(List<String> years, List<String> inputs, double[][] shares, String metricLabel,
                                    ChartCaption caption) {
        CategoryTableXYDataset dataset = new CategoryTableXYDataset();
        for (int t = 0; t < years.size(); t++) {
            int x = ChartInputs.startYear(years.get(t));
            double rest = 1;
            for (int i = 0; i < inputs.size(); i++) {
                dataset.add(x, shares[i][t], inputs.get(i), false);
                rest -= shares[i][t];
            }
            dataset.add(x, Math.max(0, rest), "other inputs", false);
        }
        int first = ChartInputs.startYear(years.get(0));
        int last = ChartInputs.startYear(years.get(years.size() - 1));
        XYPlot plot = ChartLayout.plot(ChartLayout.yearAxis("Financial year", first, last, 0.6),
                ChartLayout.percentAxis("Share of the explained spread (rank regression)"));
        plot.getRangeAxis().setRange(0, 1);
        plot.setDataset(dataset);
        StackedXYBarRenderer renderer = new StackedXYBarRenderer(0.35);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        for (int i = 0; i <= inputs.size(); i++) {
            renderer.setSeriesPaint(i, i < inputs.size() ? Palette.option(i) : new Color(0xBBBBBB));
            renderer.setSeriesOutlinePaint(i, Color.WHITE);
        }
        plot.setRenderer(renderer);
        return ChartLayout.frame("What drives the spread of the " + metricLabel + ", by year",
                "shares of squared standardised rank regression coefficients", plot, caption);
    }
}
