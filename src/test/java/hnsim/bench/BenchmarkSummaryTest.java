package hnsim.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A partial benchmark run (one class) reports what it did not measure as not measured, never as zeros. */
class BenchmarkSummaryTest {
    @TempDir
    Path tmp;

    private static String result(String benchmark, String params, double score) {
        return "{\"benchmark\": \"hnsim.bench." + benchmark + "\", \"params\": {" + params + "},"
                + " \"primaryMetric\": {\"score\": " + score + "}}";
    }

    @Test
    void aKernelOnlyRunSaysTheDrawsAndStatisticsWereNotMeasured() throws Exception {
        Path json = tmp.resolve("jmh.json");
        Files.writeString(json, "[" + result("KernelBenchmark.run",
                "\"fixture\": \"base\", \"sink\": \"discard\", \"threads\": \"1\"", 2.8e6)
                + "]");
        Path md = tmp.resolve("summary.md");
        BenchmarkSummary.main(new String[] {json.toString(), md.toString(), "test machine", "benchmarks/run.sh KernelBenchmark"});
        String summary = Files.readString(md);
        assertThat(summary).contains("partial run: benchmarks/run.sh KernelBenchmark")
                .contains("Not measured in this run (SamplerBenchmark was not run)")
                .doesNotContain("0 (constant)").doesNotContain("**floor**")
                .contains("| base | discard | 2,800,000 |  |  | 357 | n/a | n/a |")
                .contains("not measured in this run (DrawFloorBenchmark was not run)")
                .contains("not measured in this run (StatisticsBenchmark was not run)");
    }

    @Test
    void aFullRunGivesTheFloorWithFixedValuesAsConstant() throws Exception {
        StringBuilder all = new StringBuilder("[");
        for (String kind : new String[] {"bernoulli", "beta", "normal", "quantile-normal", "triangular"}) {
            all.append(result("SamplerBenchmark.draw", "\"kind\": \"" + kind + "\"", 10)).append(',');
        }
        all.append(result("KernelBenchmark.run", "\"fixture\": \"base\", \"sink\": \"discard\", \"threads\": \"1\"", 1e6)).append(',');
        all.append(result("DrawFloorBenchmark.draw", "\"fixture\": \"base\"", 1.25e6)).append(',');
        all.append(result("StatisticsBenchmark.summarise", "\"values\": \"10000\"", 2.3e5)).append(']');
        Path json = tmp.resolve("jmh.json");
        Files.writeString(json, all);
        Path md = tmp.resolve("summary.md");
        BenchmarkSummary.main(new String[] {json.toString(), md.toString(), "test machine"});
        String summary = Files.readString(md);
        // 75 draws of 10 ns: 750 ns a trajectory, against the kernel's 1,000 ns; the loop floor
        // draws 1.25M trajectories a second (800 ns each): 80% of the kernel's time.
        assertThat(summary).contains("| fixed | 1 | 0 (constant) |").contains("| **floor** | | **750.0**")
                .contains("| base | discard | 1,000,000 |  |  | 1000 | 75% | 80% |").contains("| base | 1,250,000 | 800 |")
                .doesNotContain("not measured").contains("| 10,000 | 0.23 | 23.0 |");
    }
}
