package hnsim.cli;

import static hnsim.cli.RunCommandTest.hnsim;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionCommandsTest {
    static final String SCENARIO = RunCommandTest.SCENARIO;

    @TempDir
    Path tmp;

    @Test
    void runReportsEffectsInTheConsoleSummaryCsvAndReport() throws Exception {
        Path dir = tmp.resolve("run");
        var r = hnsim("run", SCENARIO, "-n", "2000", "--out", dir.toString(), "--against", "no_transfer");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("What no_transfer changes against base").contains("cumulative deficit mean")
                .contains("What base changes against no_transfer");
        JsonNode effects = new ObjectMapper().readTree(dir.resolve("summary.json").toFile()).get("effects");
        assertThat(effects.size()).isEqualTo((3 + 3) * 2 * 4);
        List<String> keys = new ArrayList<>();
        effects.get(0).fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("option", "against", "metric", "year", "mean", "p10", "p50", "p90",
                "p_lower", "p_higher");
        assertThat(Files.readAllLines(dir.resolve("effects.csv")).get(0))
                .isEqualTo("option,against,metric,year,mean,p10,p50,p90,p_lower,p_higher");
        String html = Files.readString(dir.resolve("report.html"));
        assertThat(html.indexOf("id=\"decision-sheet\"")).isLessThan(html.indexOf("id=\"key-figures\""));
        assertThat(html).contains("What each option buys").contains("effects-cumulative_deficit")
                .contains("per pupil");
        assertThat(dir.resolve("decision-sheet.png")).exists();
        assertThat(dir.resolve("decision-sheet.svg")).exists();
    }

    @Test
    void aBadSetPathOrValueIsBadInputNamingThePath() {
        var r = hnsim("run", SCENARIO, "-n", "100", "--out", tmp.resolve("x").toString(),
                "--set", "transfers.4.rate=1%");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--set transfers.4.rate").doesNotContain("Exception");
        r = hnsim("sweep", SCENARIO, "-n", "100", "--out", tmp.resolve("y").toString(),
                "--set", "transfers.0.rate=abc", "--vary", "transfers.0.approval.probability=0%:100%:50%");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--set transfers.0.rate");
        assertThat(tmp.resolve("x")).doesNotExist();
        assertThat(tmp.resolve("y")).doesNotExist();
    }

    @Test
    void sweepWritesTheCsvChartsAndSelfContainedReport() throws Exception {
        Path dir = tmp.resolve("sweep");
        var r = hnsim("sweep", SCENARIO, "-n", "600", "--out", dir.toString(), "--quiet",
                "--vary", "transfers.0.rate=0%;1%", "--vary", "transfers.0.approval.probability=0%:100%:50%");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> csv = Files.readAllLines(dir.resolve("sweep.csv"));
        assertThat(csv.get(0)).isEqualTo("value,value2,option,metric,year,mean,p10,p50,p90");
        assertThat(csv).anyMatch(l -> l.startsWith("0.01,0.5,base,cumulative_deficit,2024/25,"));
        // 2 x 3 points; per point 4 options x 10 metrics x 4 years and 3 options x 2 differences x 4 years.
        assertThat(csv).hasSize(1 + 6 * (4 * 10 * 4 + 3 * 2 * 4));
        String html = Files.readString(dir.resolve("sweep-report.html"));
        assertThat(html).contains("type=\"range\"").contains("id=\"slider2\"").contains("SELFTEST")
                .doesNotContain("src=\"http").doesNotContain("<link");
        assertThat(html.split("class=\"point\"", -1)).hasSize(7);
        assertThat(dir.resolve("sweep-cumulative_deficit.png")).exists();
        assertThat(dir.resolve("sweep-exceedance.svg")).exists();
        JsonNode manifest = new ObjectMapper().readTree(dir.resolve("sweep.json").toFile());
        assertThat(manifest.get("parameters").get(1).get("values").size()).isEqualTo(3);
        assertThat(manifest.get("manifest").get("seed").asLong()).isEqualTo(RunCommand.DEFAULT_SEED);
        assertThat(manifest.get("manifest").get("scenarioSha256").asText()).hasSize(64);
    }

    @Test
    void solveBeyondReachExitsZeroWithReachableFalse() throws Exception {
        Path dir = tmp.resolve("solve");
        var r = hnsim("solve", SCENARIO, "-n", "500", "--out", dir.toString(), "--quiet",
                "--vary", "transfers.0.rate=0%:1.5%", "--target", "P90 cumulative_deficit 2024/25 <= 50m");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("reachable    no");
        JsonNode json = new ObjectMapper().readTree(dir.resolve("solve.json").toFile());
        assertThat(json.get("reachable").asBoolean()).isFalse();
        assertThat(json.get("value").asDouble()).isEqualTo(0.015);
        for (String key : List.of("parameter", "value", "ci_low", "ci_high", "target", "achieved", "reachable")) {
            assertThat(json.has(key)).as(key).isTrue();
        }
        assertThat(Files.readString(dir.resolve("report.html"))).contains("What it takes to hold the target");
    }

    @Test
    void solveRefusesAnUnreadableTarget() {
        var r = hnsim("solve", SCENARIO, "--out", tmp.resolve("z").toString(),
                "--vary", "transfers.0.rate=0%:1.5%", "--target", "P90 of the deficit under 50m");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--target");
    }
}
