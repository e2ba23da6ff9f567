package hnsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hnsim.report.PercentilesCsv;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RunCommandTest {
    static final String SCENARIO = "scenarios/leicestershire-2021-mtfs.yaml";

    @TempDir
    Path tmp;

    record Outcome(int code, String out, String err) {
    }

    static Outcome hnsim(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void deterministicRunWritesTheContractFiles() throws IOException {
        Path dir = tmp.resolve("plan");
        Outcome r = hnsim("run", SCENARIO, "--deterministic", "--out", dir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("cumulative deficit").contains("29.20").contains("Outputs in");

        List<String> csv = Files.readAllLines(dir.resolve("percentiles.csv"));
        assertThat(csv.get(0)).startsWith(PercentilesCsv.CONTRACT_HEADER + ",");
        // 4 options x 8 metrics x 4 years, and 3 options x 2 paired differences x 4 years.
        assertThat(csv).hasSize(1 + 4 * 8 * 4 + 3 * 2 * 4);
        // "The financial position will worsen by £2m with no schools block transfer" (seed).
        String change = csv.stream().filter(l -> l.startsWith("no_transfer,cumulative_deficit_vs_base,2024/25,"))
                .findFirst().orElseThrow();
        assertThat(Double.parseDouble(change.split(",")[3])).isBetween(1.99e6, 2.01e6);
        String row = csv.stream().filter(l -> l.startsWith("base,cumulative_deficit,2024/25,")).findFirst().orElseThrow();
        String[] cells = row.split(",");
        // Every percentile equals the single value in deterministic mode.
        for (int c = 5; c <= 11; c++) {
            assertThat(cells[c]).isEqualTo(cells[3]);
        }
        assertThat(Double.parseDouble(cells[3])).isBetween(29.15e6, 29.25e6);
        assertThat(cells[4]).isEqualTo("0");

        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        JsonNode manifest = summary.get("manifest");
        assertThat(manifest.get("mode").asText()).isEqualTo("deterministic");
        assertThat(manifest.get("scenarioSha256").asText()).hasSize(64);
        assertThat(manifest.get("seed").asLong()).isEqualTo(RunCommand.DEFAULT_SEED);
        assertThat(summary.get("percentiles")).hasSize(4 * 8 * 4 + 3 * 2 * 4);
    }

    @Test
    void sameSeedGivesByteIdenticalPercentilesForAnyThreadCount() throws IOException {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        assertThat(hnsim("run", SCENARIO, "-n", "5000", "--seed", "7", "--threads", "1", "--quiet", "--out", one.toString()).code()).isZero();
        assertThat(hnsim("run", SCENARIO, "-n", "5000", "--seed", "7", "--threads", "2", "--quiet", "--out", two.toString()).code()).isZero();
        assertThat(Files.readAllBytes(two.resolve("percentiles.csv"))).isEqualTo(Files.readAllBytes(one.resolve("percentiles.csv")));
        Path other = tmp.resolve("other");
        assertThat(hnsim("run", SCENARIO, "-n", "5000", "--seed", "8", "--quiet", "--out", other.toString()).code()).isZero();
        assertThat(Files.readAllBytes(other.resolve("percentiles.csv"))).isNotEqualTo(Files.readAllBytes(one.resolve("percentiles.csv")));
    }

    @Test
    void badScenarioExitsTwoWithLocationAndNoStackTrace() throws IOException {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of(SCENARIO)).replace("years: 4", "years: four"));
        Path dir = tmp.resolve("out");
        Outcome r = hnsim("run", bad.toString(), "--out", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(bad + ":").contains("years: expected a whole number").doesNotContain("Exception");
        assertThat(dir).doesNotExist();
    }

    @Test
    void existingOutputIsKeptWithoutForce() throws IOException {
        Path dir = tmp.resolve("kept");
        assertThat(hnsim("run", SCENARIO, "--deterministic", "-q", "--out", dir.toString()).code()).isZero();
        String summary = Files.readString(dir.resolve("summary.json"));
        Outcome r = hnsim("run", SCENARIO, "--deterministic", "--out", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("holds an earlier hnsim run; give --force");
        assertThat(Files.readString(dir.resolve("summary.json"))).isEqualTo(summary);
        assertThat(hnsim("run", SCENARIO, "--deterministic", "--force", "--out", dir.toString()).code()).isZero();
        assertThat(Files.readString(dir.resolve("percentiles.csv"))).startsWith("option,");
        try (var siblings = Files.list(tmp)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("kept");
        }
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(hnsim("run", "--threads", "zero").code()).isEqualTo(2);
        Outcome huge = hnsim("run", SCENARIO, "--trajectories", "10^12");
        assertThat(huge.code()).isEqualTo(2);
        assertThat(huge.err()).contains("one run holds at most 2,147,483,639 trajectories").contains("days");
        Outcome big = hnsim("run", SCENARIO, "--trajectories", "2e9");
        assertThat(big.code()).isEqualTo(2);
        assertThat(big.err()).contains("trajectory-years").contains("hours");
        assertThat(hnsim("run", SCENARIO, "-n", "-5").code()).isEqualTo(2);
    }
}
