package hnsim.report;

import static org.assertj.core.api.Assertions.assertThat;

import hnsim.report.chart.ChartSet;
import hnsim.stats.SimulationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunOutputsTest {
    @TempDir
    Path dir;

    @Test
    void writesTablesChartsAndReportAndSaysWhichFiles() throws IOException {
        SimulationResult result = ReportFixtures.shippedRun();
        List<String> files = RunOutputs.write(result, ReportFixtures.manifest(result, false), dir);

        List<String> expected = new ArrayList<>(List.of("report.html", "workbook.xlsx", "percentiles.csv", "summary.json",
                "sensitivity.csv"));
        for (String stem : ChartSet.stems()) {
            expected.add(stem + ".png");
            expected.add(stem + ".svg");
        }
        assertThat(files).containsExactlyElementsOf(expected);
        assertThat(files.get(0)).isEqualTo("report.html");
        try (Stream<Path> listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(ChartSet.stems()).contains("fan-cumulative_deficit", "fan-in_year_deficit",
                "histogram-cumulative_deficit", "exceedance-cumulative_deficit", "options-cumulative_deficit");
    }

    @Test
    void streamingRunWritesEveryFileToo() throws Exception {
        SimulationResult result = hnsim.engine.Engine.run(hnsim.scenario.ScenarioLoader.load(ReportFixtures.SHIPPED),
                hnsim.engine.RunRequest.of(ReportFixtures.SEED, ReportFixtures.SMALL_RUN, 2)
                        .withMethod(hnsim.stats.QuantileMethod.SKETCH), done -> { });
        List<String> files = RunOutputs.write(result, ReportFixtures.manifest(result, false), dir);
        assertEveryFileHasContent(files);
        assertThat(Files.readString(dir.resolve("summary.json"))).contains("DDSketch");
    }

    @Test
    void deterministicRunWritesEveryFileToo() throws IOException {
        SimulationResult result = ReportFixtures.shippedDeterministic();
        List<String> files = RunOutputs.write(result, ReportFixtures.manifest(result, true), dir);

        assertEveryFileHasContent(files);
        assertThat(Files.readString(dir.resolve("fan-cumulative_deficit.svg"))).contains("Deterministic run");
    }

    private void assertEveryFileHasContent(List<String> files) throws IOException {
        for (String file : files) {
            assertThat(Files.size(dir.resolve(file))).as(file).isPositive();
        }
    }

    @Test
    void chartFilesHoldNoTimeStampSoRerunsAreByteIdentical() throws IOException {
        SimulationResult result = ReportFixtures.shippedRun();
        Path again = Files.createDirectory(dir.resolve("again"));
        Path first = Files.createDirectory(dir.resolve("first"));
        RunOutputs.write(result, ReportFixtures.manifest(result, false), first);
        RunOutputs.write(result, ReportFixtures.manifest(result, false), again);

        for (String stem : ChartSet.stems()) {
            assertThat(Files.readAllBytes(again.resolve(stem + ".svg"))).as(stem)
                    .isEqualTo(Files.readAllBytes(first.resolve(stem + ".svg")));
        }
    }

    @Test
    void scenarioWithoutThresholdsOrOptionsStillWritesEverything() throws IOException {
        String text = ReportFixtures.shippedText().replaceFirst("(?m)^thresholds:.*$", "");
        SimulationResult result = ReportFixtures.run(ReportFixtures.withoutOptions(text), 50, false);
        assertThat(result.statistics().exceedances()).isEmpty();

        List<String> files = RunOutputs.write(result, ReportFixtures.manifest(result, false), dir);

        assertThat(files).hasSize(4 + 2 * ChartSet.stems().size());
        assertThat(Files.readString(dir.resolve("report.html"))).contains("The run has no thresholds.")
                .doesNotContain("P(&gt;");
    }
}
