package hnsim.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputListingTest {
    @Test
    void namesTheDirectoryTheReportAndEachChartOnce() {
        String text = OutputListing.render(Path.of("out", "leics"), List.of("report.html", "percentiles.csv",
                "summary.json", "fan-cumulative_deficit.png", "fan-cumulative_deficit.svg"));

        assertThat(text).startsWith("Outputs in " + Path.of("out", "leics") + ":\n")
                .contains("  report.html ").contains("  percentiles.csv ").contains("  summary.json ")
                .contains("Open " + Path.of("out", "leics", "report.html") + " in a browser");
        assertThat(text.split("fan-cumulative_deficit", -1)).hasSize(2);
    }

    @Test
    void wrapsALongChartList() {
        String text = OutputListing.render(Path.of("o"), List.of("a-very-long-chart-name-number-one.png",
                "a-very-long-chart-name-number-two.png", "a-very-long-chart-name-number-three.png"));

        assertThat(text.lines()).allMatch(line -> line.length() <= 100);
    }
}
