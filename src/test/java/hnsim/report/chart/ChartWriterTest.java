package hnsim.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import hnsim.model.Metric;
import hnsim.report.ReportFixtures;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class ChartWriterTest {
    @TempDir
    Path dir;

    private static JFreeChart fan() {
        return FanChart.create(ReportFixtures.chartInputs(ReportFixtures.shippedRun(), false),
                Metric.CUMULATIVE_DEFICIT);
    }

    @Test
    void writesA1200By700Png() throws Exception {
        ChartWriter.write(fan(), dir, "fan-cumulative_deficit");

        BufferedImage png = ImageIO.read(dir.resolve("fan-cumulative_deficit.png").toFile());
        assertThat(png.getWidth()).isEqualTo(1200);
        assertThat(png.getHeight()).isEqualTo(700);
    }

    @Test
    void writesSvgThatParsesAsXmlWithTheSameSizeAndTheReturnedElement() throws Exception {
        String element = ChartWriter.write(fan(), dir, "fan-cumulative_deficit");
        byte[] bytes = Files.readAllBytes(dir.resolve("fan-cumulative_deficit.svg"));

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document svg = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(svg.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 1200 700");
        assertThat(svg.getDocumentElement().getAttribute("id")).isEqualTo("fan-cumulative_deficit");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains(element);
    }

    @Test
    void idsInsideTheSvgStartWithTheChartNameSoChartsCanShareAPage() {
        String svg = ChartWriter.svg(fan(), "fan-cumulative_deficit");

        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("\\sid='([^']*)'").matcher(svg);
        while (m.find()) {
            ids.add(m.group(1));
        }
        assertThat(ids).hasSizeGreaterThan(1).allMatch(id -> id.startsWith("fan-cumulative_deficit"));
    }

    @Test
    void sameRunGivesTheSameBytes() throws Exception {
        Path other = Files.createDirectory(dir.resolve("again"));
        ChartWriter.write(fan(), dir, "fan");
        ChartWriter.write(fan(), other, "fan");

        assertThat(Files.readAllBytes(other.resolve("fan.svg"))).isEqualTo(Files.readAllBytes(dir.resolve("fan.svg")));
        assertThat(Files.readAllBytes(other.resolve("fan.png"))).isEqualTo(Files.readAllBytes(dir.resolve("fan.png")));
    }

    @Test
    void svgTextIsEscapedAndNamesPortableFonts() {
        ChartInputs in = ReportFixtures.chartInputs(
                ReportFixtures.run(ReportFixtures.renamed("\"<b>Fish & chips</b>\""), 50, false), false);
        String svg = ChartWriter.svg(FanChart.create(in, Metric.CUMULATIVE_DEFICIT), "fan");

        assertThat(svg).contains("&lt;b&gt;Fish &amp; chips&lt;/b&gt;").doesNotContain("<b>");
        assertThat(svg).contains("font-family: " + ChartWriter.SVG_FONTS);
    }
}
