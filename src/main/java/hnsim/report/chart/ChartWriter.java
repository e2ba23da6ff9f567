package hnsim.report.chart;

import hnsim.report.Figures;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Writes a chart as PNG and SVG at 1200 x 700: wide enough to stay sharp when a Word paper
 * shrinks it to the page, in the 12:7 shape of a page-wide figure.
 */
public final class ChartWriter {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 700;
    /** Every chart font is the logical sans-serif (see {@link Palette}). Unquoted: JFreeSVG quotes attributes with '. */
    static final String SVG_FONTS = "DejaVu Sans, Verdana, sans-serif";

    static {
        // Charts are drawn off screen; without this a machine with no display (a server, CI)
        // fails on first use of AWT. An explicit setting by the caller wins.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private ChartWriter() {
    }

    /** Writes {@code stem.png} and {@code stem.svg} into {@code dir}; returns the SVG element. */
    public static String write(JFreeChart chart, Path dir, String stem) throws IOException {
        try (OutputStream out = Files.newOutputStream(dir.resolve(stem + ".png"))) {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
        }
        String svg = svg(chart, stem);
        Files.writeString(dir.resolve(stem + ".svg"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg + "\n",
                StandardCharsets.UTF_8);
        return svg;
    }

    /**
     * The chart as an {@code <svg>} element with id {@code stem}. JFreeSVG's default prefix of
     * clip-path ids is the time in nanoseconds: a fixed prefix makes the same run give the same
     * bytes, and naming it after the chart keeps ids unique when the report embeds several.
     */
    public static String svg(JFreeChart chart, String stem) {
        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
        g2.setDefsKeyPrefix(stem + "-");
        // Two decimals of a pixel are invisible; the default full precision triples the file.
        java.text.DecimalFormat coordinate = Figures.ukFormat("0.##");
        g2.setGeomDoubleConverter(coordinate::format);
        g2.setTransformDoubleConverter(coordinate::format);
        // Positions were measured with Java's sans-serif, DejaVu Sans on Linux; Verdana has
        // nearly the same widths, so centred titles stay centred in browsers on Windows and macOS.
        g2.setFontFunction(family -> SVG_FONTS);
        chart.draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g2.getSVGElement(stem, true, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
    }
}
