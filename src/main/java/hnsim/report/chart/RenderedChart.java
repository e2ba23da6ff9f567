package hnsim.report.chart;

/**
 * A chart as written: its file stem ({@code fan-cumulative_deficit}, with {@code .png} and
 * {@code .svg} beside each other), its title and a sentence on how to read it, and the SVG
 * element for embedding in the HTML report.
 */
public record RenderedChart(String stem, String title, String howToRead, String svgElement) {
    public String pngFile() {
        return stem + ".png";
    }

    public String svgFile() {
        return stem + ".svg";
    }
}
