package hnsim.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hnsim.kernel.RunSettings;
import hnsim.scenario.ScenarioLoader;
import hnsim.stats.QuantileMethod;
import hnsim.stats.Simulation;
import hnsim.stats.SimulationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every 95% interval written contains its own estimate, in summary.json (full doubles) and in
 * percentiles.csv (pence). summary.json once rounded bounds to 2 decimals and 12 of its 48
 * exceedance intervals excluded their probability.
 */
class IntervalsContainEstimatesTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"scenarios/leicestershire-2021-mtfs.yaml, 2000, EXACT",
            "scenarios/leicestershire-2021-mtfs.yaml, 2000, SKETCH",
            "scenarios/leicestershire-2022-outlook.yaml, 1000, EXACT"})
    void everyIntervalContainsItsEstimate(String scenario, int n, QuantileMethod method) throws Exception {
        SimulationResult result = Simulation.run(ScenarioLoader.load(Path.of(scenario)),
                new RunSettings(20210301L, n, 2, false), List.of(75e6, 99.99e6), method, done -> { });
        RunOutputs.write(result, ReportFixtures.manifest(result, false), dir);

        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        int checked = 0;
        for (JsonNode row : summary.get("percentiles")) {
            checked += contains(row.get("mean_ci"), row.get("mean").doubleValue(), row);
            row.get("percentile_ci").fields().forEachRemaining(e ->
                    contains(e.getValue(), row.get(e.getKey()).doubleValue(), row));
        }
        for (JsonNode row : summary.get("exceedance")) {
            checked += contains(row.get("ci"), row.get("probability").doubleValue(), row);
        }
        assertThat(checked).isGreaterThan(48);
        // Full doubles: probabilities such as 0.5845 keep all their digits.
        assertThat(summary.get("exceedance").findValues("probability"))
                .anyMatch(p -> p.doubleValue() * 100 != Math.rint(p.doubleValue() * 100));

        List<String> lines = Files.readAllLines(dir.resolve("percentiles.csv"));
        List<String> header = Arrays.asList(lines.get(0).split(","));
        List<String> estimates = List.of("mean", "p5", "p10", "p25", "p50", "p75", "p90", "p95");
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            for (String estimate : estimates) {
                double value = Double.parseDouble(cells[header.indexOf(estimate)]);
                double low = Double.parseDouble(cells[header.indexOf(estimate + "_ci_low")]);
                double high = Double.parseDouble(cells[header.indexOf(estimate + "_ci_high")]);
                assertThat(value).as(line + " " + estimate).isBetween(low, high);
            }
        }
    }

    private static int contains(JsonNode ci, double estimate, JsonNode row) {
        assertThat(estimate).as(row.toString()).isBetween(ci.get("low").doubleValue(), ci.get("high").doubleValue());
        return 1;
    }
}
