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
 * the kernel's floor (draws per trajectory-year times their measured cost), the kernel's
 * throughput against that floor, thread scaling, and the statistics step.
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
        for (JsonNode r : results) {
            String name = r.get("benchmark").asText();
            JsonNode params = r.path("params");
            double score = r.get("primaryMetric").get("score").asDouble();
            if (name.endsWith("SamplerBenchmark.draw")) {
                drawNs.put(params.get("kind").asText(), score);
            } else if (name.endsWith("KernelBenchmark.run")) {
                kernel.put(params.get("sink").asText() + "/" + params.get("threads").asText(), score);
            } else if (name.endsWith("StatisticsBenchmark.summarise")) {
                statsNs.put(params.get("values").asText(), score);
            }
        }
        ScenarioFile file = ScenarioLoader.load(Path.of(KernelBenchmark.SCENARIO));
        double floorNs = 0;
        int trajectoryYears = 0;
        Map<String, Integer> draws = new HashMap<>();
        for (Scenario s : file.allOptions().values()) {
            DrawProfile.of(s).forEach((kind, count) -> draws.merge(kind, count, Integer::sum));
            trajectoryYears += s.years();
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1])))) {
            out.println("# hnsim benchmarks");
            out.println();
            out.println("Machine: " + (args.length > 2 ? args[2] : "unknown") + ". Java " + System.getProperty("java.version") + ".");
            out.println("Raw JMH results: `jmh.json`. Regenerate with `benchmarks/run.sh`"
                    + (args.length > 3 ? " (this is a partial run: " + args[3] + ")." : "."));
            out.println();
            out.println("## Cost of a draw (ns)");
            out.println();
            if (drawNs.isEmpty()) {
                out.println("Not measured in this run (SamplerBenchmark was not run).");
            } else {
                out.println("| kind | ns per draw | draws per trajectory-year (shipped scenario, all options) | ns per trajectory-year |");
                out.println("|---|---|---|---|");
            }
            boolean floorComplete = !drawNs.isEmpty();
            for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(draws).entrySet()) {
                if (drawNs.isEmpty()) {
                    break;
                }
                // A fixed value costs nothing to "draw"; any other kind without a measurement is missing.
                boolean constant = e.getKey().equals("fixed");
                Double ns = drawNs.get(e.getKey());
                double perYear = (double) e.getValue() / trajectoryYears;
                if (ns == null && !constant) {
                    floorComplete = false;
                    out.printf(Locale.UK, "| %s | not measured | %.2f | |%n", e.getKey(), perYear);
                    continue;
                }
                double cost = ns == null ? 0 : ns;
                floorNs += cost * perYear;
                out.printf(Locale.UK, "| %s | %s | %.2f | %.1f |%n", e.getKey(),
                        ns == null ? "0 (constant)" : String.format(Locale.UK, "%.2f", ns), perYear, cost * perYear);
            }
            if (floorComplete) {
                out.printf(Locale.UK, "| **floor** | | | **%.1f** |%n", floorNs);
            }
            out.println();
            out.println("## Kernel throughput (trajectory-years per second)");
            out.println();
            out.println("| results | 1 thread | 2 threads | scaling | ns per trajectory-year (1 thread) | floor / actual |");
            out.println("|---|---|---|---|---|---|");
            if (kernel.isEmpty()) {
                out.println("| not measured in this run (KernelBenchmark was not run) | | | | | |");
            }
            for (String sink : new String[] {"discard", "store", "sketch"}) {
                Double one = kernel.get(sink + "/1");
                Double two = kernel.get(sink + "/2");
                if (one == null) {
                    continue;
                }
                double ns = 1e9 / one;
                out.printf(Locale.UK, "| %s | %,.0f | %s | %s | %.0f | %s |%n", sink, one,
                        two == null ? "" : String.format(Locale.UK, "%,.0f", two),
                        two == null ? "" : String.format(Locale.UK, "%.2fx", two / one), ns,
                        floorComplete ? String.format(Locale.UK, "%.0f%%", 100 * floorNs / ns) : "n/a");
            }
            out.println();
            out.println("`discard` is the kernel alone (draws and model); `store` keeps every value for exact");
            out.println("percentiles; `sketch` folds values into DDSketches (runs too large to store).");
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
