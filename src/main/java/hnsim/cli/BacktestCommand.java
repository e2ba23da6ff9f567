package hnsim.cli;

import hnsim.backtest.ActualPosition;
import hnsim.backtest.Coverage;
import hnsim.backtest.Positions;
import hnsim.kernel.RunSettings;
import hnsim.report.BacktestOutputs;
import hnsim.report.OutputDirectory;
import hnsim.report.RunManifest;
import hnsim.report.chart.ChartCaption;
import hnsim.scenario.ScenarioFile;
import hnsim.scenario.ScenarioLoader;
import hnsim.engine.Engine;
import hnsim.engine.RunRequest;
import hnsim.stats.SimulationResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hnsim backtest SCENARIO...}: runs the base of each file, places each of its reported
 * outturns in the forecast's distribution, and reports how many fell inside the P10-P90 and
 * P5-P95 ranges against the 80% and 90% a calibrated forecast would hold.
 */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = "Place the reported outturns (actuals:) of scenario files in their forecasts and report the "
                + "coverage of the P10-P90 and P5-P95 ranges; writes backtest.csv, summary.json and a PIT histogram.")
public final class BacktestCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "scenario files with an actuals: block")
    List<String> scenarios;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out/backtest",
            description = "output directory (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = {"-n", "--trajectories"}, paramLabel = "N", defaultValue = "10000",
            description = "trajectories per scenario (default: ${DEFAULT-VALUE})")
    String trajectories;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + RunCommand.DEFAULT_SEED,
            description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: all processors)")
    Integer threads;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        int workers = WorkerThreads.resolve(threads);
        long n = TrajectoryCount.parse(trajectories);
        List<ScenarioFile> files = new ArrayList<>();
        for (String s : scenarios) {
            files.add(ScenarioLoader.load(Launcher.resolve(s)));
        }
        if (files.stream().allMatch(f -> f.actuals().isEmpty())) {
            throw new BadInputException("none of the scenario files lists reported outturns; add an actuals: block, e.g."
                    + " actuals: [{metric: cumulative_deficit, year: 2021/22, value: 24.3m, source: \"reported: ...\"}]");
        }
        for (ScenarioFile f : files) {
            TrajectoryCount.check(n, 2, f.base().years(), workers);
        }
        OutputDirectory.checkTarget(out, output.force);
        RunSettings settings = new RunSettings(seed, (int) n, workers, false);
        List<BacktestOutputs.FileResult> results = new ArrayList<>();
        for (ScenarioFile f : files) {
            // The base alone: outturns are compared with the forecast the file makes, not its options.
            ScenarioFile baseOnly = new ScenarioFile(f.path(), f.sha256(), f.base(), Map.of(), f.warnings(),
                    f.pupils().orElse(null), f.actuals());
            SimulationResult result = Engine.run(baseOnly, RunRequest.of(settings, List.of()), done -> { });
            results.add(new BacktestOutputs.FileResult(f.path(), f.sha256(), Positions.of(result)));
        }
        if (!output.quiet) {
            stdout.print(BacktestTable.render(results, settings));
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("tool", "hnsim");
        manifest.put("version", RunManifest.toolVersion());
        manifest.put("seed", seed);
        manifest.put("trajectories", n);
        manifest.put("generator", RunManifest.GENERATOR);
        ChartCaption caption = new ChartCaption("Backtest of " + files.size() + " scenario file"
                + (files.size() == 1 ? "" : "s"), seed, (int) n, combinedHash(files), false, RunManifest.toolVersion());
        List<String> written;
        try (OutputDirectory dir = OutputDirectory.open(out, output.force)) {
            written = BacktestOutputs.write(results, manifest, caption, dir.path());
            dir.commit();
        }
        if (!output.quiet) {
            stdout.printf("%nWrote %s to %s%n", String.join(", ", written), out);
        }
        stdout.flush();
        return 0;
    }

    /** One hash for a set of files, so the chart's footnote traces the backtest to its inputs. */
    private static String combinedHash(List<ScenarioFile> files) {
        StringBuilder all = new StringBuilder();
        files.forEach(f -> all.append(f.sha256()));
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(all.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The console table: one line per outturn, then the coverage. */
    static final class BacktestTable {
        private BacktestTable() {
        }

        static String render(List<BacktestOutputs.FileResult> results, RunSettings settings) {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.UK, "Reported outturns in their forecasts (base option, %,d trajectories,"
                    + " seed %d), £m:%n", settings.trajectories(), settings.seed()));
            out.append(String.format(Locale.UK, "%-34s %-20s %-8s %8s %8s %8s %8s %8s %8s %10s  %-7s %s%n",
                    "scenario", "metric", "year", "outturn", "P5", "P10", "P50", "P90", "P95", "percentile",
                    "P10-P90", "P5-P95"));
            List<ActualPosition> all = new ArrayList<>();
            for (BacktestOutputs.FileResult r : results) {
                String name = Path.of(r.file()).getFileName().toString();
                if (r.positions().isEmpty()) {
                    out.append(String.format(Locale.UK, "%-34s (no outturns listed)%n", name));
                }
                for (ActualPosition a : r.positions()) {
                    all.add(a);
                    boolean money = !a.actual().metric().startsWith("placements");
                    double scale = money ? 1e6 : 1;
                    out.append(String.format(Locale.UK, "%-34s %-20s %-8s %8.2f %8.2f %8.2f %8.2f %8.2f %8.2f %10.1f  %-7s %s%s%n",
                            name, a.actual().metric().replace('_', ' '), a.actual().year(), a.actual().value() / scale,
                            a.p5() / scale, a.p10() / scale, a.p50() / scale, a.p90() / scale, a.p95() / scale,
                            a.percentile(), a.withinP10P90() ? "inside" : "outside",
                            a.withinP5P95() ? "inside" : "outside",
                            a.outsideNote().isEmpty() ? "" : "  (" + a.outsideNote() + ")"));
                }
            }
            Coverage c = Coverage.of(all);
            out.append(String.format(Locale.UK, "%nInside P10-P90: %d of %d (%.0f%%), nominal 80%%; if the forecasts were"
                            + " calibrated, as few or fewer would happen with probability %.0f%%%n",
                    c.insideP10P90(), c.outturns(), 100 * c.shareP10P90(), 100 * c.chanceOfAsFewP10P90()));
            out.append(String.format(Locale.UK, "Inside P5-P95:  %d of %d (%.0f%%), nominal 90%%; if the forecasts were"
                            + " calibrated, as few or fewer would happen with probability %.0f%%%n",
                    c.insideP5P95(), c.outturns(), 100 * c.shareP5P95(), 100 * c.chanceOfAsFewP5P95()));
            return out.toString();
        }
    }
}
