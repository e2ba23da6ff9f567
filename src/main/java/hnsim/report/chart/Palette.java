package hnsim.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.util.List;

/**
 * Colours, strokes and fonts shared by every chart, so an option has the same colour on every
 * chart and in the report. Option colours are the Okabe-Ito set, distinguishable with the
 * common colour-vision deficiencies and in greyscale print by their order of darkness.
 */
public final class Palette {
    private static final List<Color> OPTIONS = List.of(
            new Color(0x0072B2), // blue: the base
            new Color(0xD55E00), // vermilion
            new Color(0x009E73), // bluish green
            new Color(0xCC79A7), // reddish purple
            new Color(0xE69F00), // orange
            new Color(0x56B4E9), // sky blue
            new Color(0x000000),
            new Color(0xF0E442)); // yellow: last, weak on white

    /** The fan's hue: a deficit reads as red, as in the Bank of England's inflation fan. */
    static final Color FAN = new Color(0xB2182B);
    /** Bands from outer to inner: P5-P95, P10-P90, P25-P75, darker towards the centre. */
    static final List<Color> FAN_BANDS = List.of(tint(FAN, 0.22), tint(FAN, 0.42), tint(FAN, 0.68));
    static final Color MEDIAN = new Color(0x67000D);
    static final Color PLAN = Color.BLACK;
    /** Reported outturns: blue against the red fan, so they read as facts laid over the forecast. */
    static final Color ACTUAL = new Color(0x2166AC);
    static final Color THRESHOLD = new Color(0x555555);
    static final Color GRID = new Color(0xE3E3E3);
    static final Color TEXT = new Color(0x222222);
    static final Color MUTED_TEXT = new Color(0x555555);

    static final Stroke MEDIAN_STROKE = new BasicStroke(3.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke PLAN_STROKE = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {10f, 7f}, 0f);
    static final Stroke MARKER_STROKE = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {6f, 5f}, 0f);
    static final Stroke LINE_STROKE = new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    // Sizes for a 1200 x 700 image shrunk to the width of an A4 page: about 9 pt text on paper.
    static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 26);
    static final Font SUBTITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 19);
    static final Font AXIS_LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 19);
    static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 17);
    static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 17);
    static final Font MARKER_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    static final Font FOOTNOTE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);

    private Palette() {
    }

    /** The colour of the option at this index of the run's option list (the base is 0). */
    public static Color option(int index) {
        return OPTIONS.get(index % OPTIONS.size());
    }

    /** The colour as CSS hex, for the HTML report's option keys. */
    public static String css(Color colour) {
        return String.format("#%02x%02x%02x", colour.getRed(), colour.getGreen(), colour.getBlue());
    }

    /** An opaque mix of the colour with white; opaque so overlapping bands do not muddy. */
    static Color tint(Color colour, double strength) {
        return new Color(mix(colour.getRed(), strength), mix(colour.getGreen(), strength),
                mix(colour.getBlue(), strength));
    }

    private static int mix(int channel, double strength) {
        return (int) Math.round(255 - (255 - channel) * strength);
    }
}
