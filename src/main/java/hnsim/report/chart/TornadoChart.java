package hnsim.report.chart;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * A tornado: one horizontal bar per input, from the output with the input low to the output with
 * it high, longest bar on top, around a vertical line at the reference output. Bars are drawn in
 * two colours, low side and high side, so the direction of each input's effect reads at a glance.
 */
public final class TornadoChart {
    /** Bars drawn: the longest ones; a tornado of every input would be unreadable. */
    public static final int SHOWN = 12;

    private TornadoChart() {
    }

    /** One bar: the output (in pounds) with the input low and high. */
    public record Bar(String input, double low, double high) {
    }

    /**
     * @param bars longest first; the first {@link #SHOWN} are drawn
     * @param reference the output with nothing moved, in pounds
     */
    public static JFreeChart create(String title, String subtitle, List<Bar> bars, double reference,
                                    String lowLabel, String highLabel, ChartCaption caption) {
        List<Bar> shown = bars.subList(0, Math.min(SHOWN, bars.size()));
        XYIntervalSeries low = new XYIntervalSeries(lowLabel);
        XYIntervalSeries high = new XYIntervalSeries(highLabel);
        String[] names = new String[shown.size()];
        double ref = reference / 1e6;
        for (int i = 0; i < shown.size(); i++) {
            Bar bar = shown.get(i);
            int y = shown.size() - 1 - i; // longest on top
            names[y] = bar.input();
            low.add(y, y - 0.35, y + 0.35, ref, Math.min(ref, bar.low() / 1e6), Math.max(ref, bar.low() / 1e6));
            high.add(y, y - 0.35, y + 0.35, ref, Math.min(ref, bar.high() / 1e6), Math.max(ref, bar.high() / 1e6));
        }
        XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
        dataset.addSeries(low);
        dataset.addSeries(high);
        SymbolAxis inputs = new SymbolAxis(null, names);
        inputs.setTickLabelFont(Palette.TICK_FONT);
        inputs.setTickLabelPaint(Palette.TEXT);
        inputs.setAxisLineVisible(false);
        inputs.setGridBandsVisible(false);
        XYPlot plot = ChartLayout.plot(inputs, ChartLayout.moneyAxis("Cumulative High Needs deficit, £ million"));
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setDomainGridlinesVisible(false);
        plot.setDataset(dataset);
        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setUseYInterval(true);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, new Color(0x0072B2));
        renderer.setSeriesPaint(1, new Color(0xD55E00));
        plot.setRenderer(renderer);
        ChartLayout.marker(plot, false, ref, String.format(java.util.Locale.UK, "reference £%.1fm", ref),
                Palette.PLAN, Palette.MARKER_STROKE, 0, false);
        return ChartLayout.frame(title, subtitle, plot, caption);
    }
}
