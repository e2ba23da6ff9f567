package hnsim.report.chart;

import hnsim.report.DecisionSheet;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * The decision sheet as one A4 page (portrait, 1240 x 1754 pixels: 150 dpi), PNG and SVG, for
 * papers and slides: the title, each heading and its sentences wrapped to the page, and the
 * caption of the run. Text that would run off the page is cut with a note, never shrunk.
 */
public final class DecisionSheetImage {
    public static final String STEM = "decision-sheet";
    static final int WIDTH = 1240;
    static final int HEIGHT = 1754;
    private static final int MARGIN = 90;
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 38);
    private static final Font HEADING = new Font(Font.SANS_SERIF, Font.BOLD, 28);
    private static final Font BODY = new Font(Font.SANS_SERIF, Font.PLAIN, 23);
    private static final Font FOOT = new Font(Font.SANS_SERIF, Font.PLAIN, 17);

    private DecisionSheetImage() {
    }

    /** Writes decision-sheet.png and decision-sheet.svg into {@code dir}. */
    public static void write(String title, List<DecisionSheet.Part> parts, ChartCaption caption, Path dir)
            throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        draw(g, title, parts, caption);
        g.dispose();
        ImageIO.write(image, "png", dir.resolve(STEM + ".png").toFile());
        SVGGraphics2D svg = new SVGGraphics2D(WIDTH, HEIGHT);
        svg.setDefsKeyPrefix(STEM + "-");
        svg.setFontFunction(family -> ChartWriter.SVG_FONTS);
        draw(svg, title, parts, caption);
        Files.writeString(dir.resolve(STEM + ".svg"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + svg.getSVGElement(STEM, true, new ViewBox(0, 0, WIDTH, HEIGHT), null, null) + "\n",
                StandardCharsets.UTF_8);
    }

    static void draw(Graphics2D g, String title, List<DecisionSheet.Part> parts, ChartCaption caption) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        int bottom = HEIGHT - MARGIN - 60;
        int[] y = {MARGIN};
        g.setColor(Palette.TEXT);
        paragraph(g, TITLE, title, y, 0, bottom);
        y[0] += 10;
        g.setColor(Palette.FAN);
        g.fillRect(MARGIN, y[0], WIDTH - 2 * MARGIN, 4);
        y[0] += 40;
        boolean cut = false;
        for (DecisionSheet.Part part : parts) {
            g.setColor(Palette.MEDIAN);
            cut |= !paragraph(g, HEADING, part.heading(), y, 0, bottom);
            y[0] += 8;
            g.setColor(Palette.TEXT);
            for (String sentence : part.sentences()) {
                g.setFont(BODY);
                if (y[0] + g.getFontMetrics().getHeight() <= bottom) {
                    g.drawString("\u2022", MARGIN, y[0] + g.getFontMetrics().getAscent());
                }
                cut |= !paragraph(g, BODY, sentence, y, 28, bottom);
                y[0] += 10;
            }
            y[0] += 22;
        }
        g.setFont(FOOT);
        g.setColor(Palette.MUTED_TEXT);
        int footY = HEIGHT - MARGIN;
        if (cut) {
            g.drawString("(More than fits one page: the full sheet opens report.html.)", MARGIN, footY - 30);
        }
        g.drawString(caption.footnote(), MARGIN, footY);
    }

    /** Draws wrapped text from y[0] down, advancing y[0]; false when some lines did not fit above {@code bottom}. */
    private static boolean paragraph(Graphics2D g, Font font, String text, int[] y, int indent, int bottom) {
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        int width = WIDTH - 2 * MARGIN - indent;
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (fm.stringWidth(candidate) > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        for (String l : lines) {
            if (y[0] + fm.getHeight() > bottom) {
                return false;
            }
            g.drawString(l, MARGIN + indent, y[0] + fm.getAscent());
            y[0] += fm.getHeight();
        }
        return true;
    }
}
