package hnsim.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hnsim.kernel.DrawProfile;
import hnsim.scenario.Scenario;
import hnsim.scenario.ScenarioFile;
import hnsim.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads JMH's JSON results and writes results/benchmarks/summary.md: the cost of each draw,
 * the kernel's floor (the draws of one trajectory of the benchmark's base scenario times their
 * measured cost, quantile mappings included), the kernel's throughput against that floor,
 * thread scaling, the cost of the options on shared draws, and the statistics step.
 *
 * <p>Usage: {@code BenchmarkSummary jmh.json summary.md "machine description" [partial-run note]}.
 * Benchmarks a run did not include are reported as not measured, never as zeros.
 */
public final class BenchmarkSummary {
    private BenchmarkSummary() {
    }

    public static void main(String[] args) throws IOException {
        JsonNode results = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        Map<String, Double> drawNs = new HashMap<>();
        Map<String, Double> kernel = new HashMap<>();
        Map<String, Double> statsNs = new HashMap<>();
        Map<String, Double> floorLoop = new HashMap<>();
        for (JsonNode r : results) {
            String name = r.get("benchmark").asText();
            JsonNode params = r.path("params");
            double score = r.get("primaryMetric").get("score").asDouble();
            if (name.endsWith("SamplerBenchmark.draw")) {
                drawNs.put(params.get("kind").asText(), score);
            } else if (name.endsWith("KernelBenchmark.run")) {
                kernel.put(params.path("fixture").asText("options") + "/" + params.get("sink").asText() + "/"
                        + params.get("threads").asText(), score);
            } else if (name.endsWith("DrawFloorBenchmark.draw")) {
                floorLoop.put(params.path("fixture").asText("base"), score);
            } else if (name.endsWith("StatisticsBenchmark.summarise")) {
                statsNs.put(params.get("values").asText(), score);
            }
        }
        ScenarioFile file = ScenarioLoader.load(Path.of(KernelBenchmark.SCENARIO));
        Scenario base = file.base();
        int years = base.years();
        Map<String, Integer> draws = DrawProfile.of(base);
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1])))) {
            out.println("# hnsim benchmarks");
            out.println();
            out.println("Machine: " + (args.length > 2 ? args[2] : "unknown") + ". Java " + System.getProperty("java.version") + ".");
            out.println("Raw JMH results: `jmh.json`. Regenerate with `benchmarks/run.sh`"
                    + (args.length > 3 ? " (this is a partial run: " + args[3] + ")." : ".")
                    + " The machine is shared:");
            out.println("compare ratios within one run of the script, not absolute figures across runs.");
            out.println();
            out.println("## Cost of a draw (ns)");
            out.println();
            if (drawNs.isEmpty()) {
                out.println("Not measured in this run (SamplerBenchmark was not run).");
            } else {
                out.println("| kind | ns per draw |");
                out.println("|---|---|");
            }
            for (Map.Entry<String, Double> e : new java.util.TreeMap<>(drawNs).entrySet()) {
                out.printf(Locale.UK, "| %s | %.2f |%n", e.getKey(), e.getValue());
            }
            out.println();
            out.println("`beta` is Beta(4, 2) as the kernel draws it (an order statistic of five uniforms);");
            out.println("`beta-gamma-ratio` and `beta-cheng` are the samplers it was measured against.");
            out.println("`quantile-<kind>` is a standard normal draw mapped through the distribution's quantile:");
            out.println("the work per year of an AR(1) or copula input.");
            out.println();
            out.println("## The draw floor of one trajectory (" + KernelBenchmark.SCENARIO + ", base)");
            out.println();
            out.println("| kind | draws per trajectory | ns per trajectory |");
            out.println("|---|---|---|");
            double floorNs = 0;
            // A fixed value costs nothing to "draw"; any other kind without a measurement leaves the floor unknown.
            boolean floorComplete = !drawNs.isEmpty();
            for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(draws).entrySet()) {
                if (drawNs.isEmpty()) {
                    out.println("| not measured in this run (SamplerBenchmark was not run) | | |");
                    break;
                }
                boolean constant = e.getKey().equals("fixed");
                Double ns = drawNs.get(e.getKey());
                if (ns == null && !constant) {
                    floorComplete = false;
                    out.printf(Locale.UK, "| %s | %d | not measured |%n", e.getKey(), e.getValue());
                    continue;
                }
                double cost = constant ? 0 : ns * e.getValue();
                floorNs += cost;
                out.printf(Locale.UK, "| %s | %d | %s |%n", e.getKey(), e.getValue(),
                        constant ? "0 (constant)" : String.format(Locale.UK, "%.1f", cost));
            }
            if (floorComplete) {
                out.printf(Locale.UK, "| **floor** | | **%.1f** (%.1f per trajectory-year) |%n", floorNs, floorNs / years);
            }
            out.println();
            out.println("The floor is the measured cost of every random draw one trajectory needs, through the");
            out.println("kernel's own samplers and generator: each sampler's draws, and for AR(1) and copula inputs a");
            out.println("normal draw plus its quantile mapping. Not in it: positioning each input's stream at the");
            out.println("trajectory (four SplitMix64 words per input), the copula's matrix product, the model's");
            out.println("steps and recording the results, which are the kernel's own overhead.");
            out.println();
            out.println("## The draw floor as a loop (DrawFloorBenchmark)");
            out.println();
            out.println("The floor the kernel is held to: a loop, on one thread, that makes exactly the draws the");
            out.println("kernel makes for each trajectory with the kernel's own sampler: each distinct input's stream");
            out.println("positioned at the trajectory, its draws, the copula's matrix product and AR(1) recursions, and");
            out.println("the quantile mapping of every normal score; no model, no copying of inputs, no results.");
            out.println();
            out.println("| scenario | trajectories per second | ns per trajectory |");
            out.println("|---|---|---|");
            if (floorLoop.isEmpty()) {
                out.println("| not measured in this run (DrawFloorBenchmark was not run) | | |");
            }
            for (String fixture : new String[] {"base", "options"}) {
                Double f = floorLoop.get(fixture);
                if (f != null) {
                    out.printf(Locale.UK, "| %s | %,.0f | %.0f |%n", fixture, f, 1e9 / f);
                }
            }
            out.println();
            out.println("## Kernel throughput (trajectories per second)");
            out.println();
            out.println("| scenario | results | 1 thread | 2 threads | scaling | ns per trajectory (1 thread) | draw-cost floor / actual | loop floor / actual |");
            out.println("|---|---|---|---|---|---|---|---|");
            if (kernel.isEmpty()) {
                out.println("| not measured in this run (KernelBenchmark was not run) | | | | | | | |");
            }
            for (String fixture : new String[] {"base", "options"}) {
                for (String sink : new String[] {"discard", "store", "sketch"}) {
                    Double one = kernel.get(fixture + "/" + sink + "/1");
                    Double two = kernel.get(fixture + "/" + sink + "/2");
                    if (one == null) {
                        continue;
                    }
                    double ns = 1e9 / one;
                    Double loop = floorLoop.get(fixture);
                    out.printf(Locale.UK, "| %s | %s | %,.0f | %s | %s | %.0f | %s | %s |%n", fixture, sink, one,
                            two == null ? "" : String.format(Locale.UK, "%,.0f", two),
                            two == null ? "" : String.format(Locale.UK, "%.2fx", two / one), ns,
                            !fixture.equals("base") ? "" : floorComplete ? String.format(Locale.UK, "%.0f%%", 100 * floorNs / ns) : "n/a",
                            loop == null ? "n/a" : String.format(Locale.UK, "%.0f%%", 100 * one / loop));
                }
            }
            out.println();
            out.println("`discard` is the kernel alone (draws and model); `store` keeps every value for exact");
            out.println("percentiles; `sketch` folds values into DDSketches (runs too large to store). `options`");
            out.println("runs the base and its three options on shared draws (a trajectory counts once for all four).");
            for (String threads : new String[] {"1", "2"}) {
                Double alone = kernel.get("base/discard/" + threads);
                Double all = kernel.get("options/discard/" + threads);
                if (alone != null && all != null) {
                    out.printf(Locale.UK, "Cost of the three options (kernel, %s thread%s): %.2fx the base alone.%n",
                            threads, threads.equals("1") ? "" : "s", alone / all);
                }
            }
            out.println();
            out.println("## Statistics step (exact summary of one column)");
            out.println();
            out.println("| values | ms per column | ns per value |");
            out.println("|---|---|---|");
            if (statsNs.isEmpty()) {
                out.println("| not measured in this run (StatisticsBenchmark was not run) | | |");
            }
            for (Map.Entry<String, Double> e : new java.util.TreeMap<>(statsNs).entrySet()) {
                double n = Double.parseDouble(e.getKey());
                out.printf(Locale.UK, "| %,.0f | %.2f | %.1f |%n", n, e.getValue() / 1e6, e.getValue() / n);
            }
        }
    }
}
