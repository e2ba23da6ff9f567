package hnsim.cli;

import hnsim.decision.Parameter;
import hnsim.decision.Sweep;
import hnsim.decision.VariantRunner;
import hnsim.decision.Variants;
import hnsim.kernel.RunSettings;
import hnsim.model.Metric;
import hnsim.report.OutputDirectory;
import hnsim.report.RunManifest;
import hnsim.report.SweepOutputs;
import hnsim.report.chart.ChartCaption;
import hnsim.report.chart.ChartInputs;
import hnsim.report.chart.ChartWriter;
import hnsim.report.chart.FanChart;
import hnsim.scenario.ScenarioFile;
import hnsim.scenario.ScenarioLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hnsim sweep SCENARIO --vary PATH=FROM:TO:STEP}: every option at each value, on common random numbers. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run the scenario at each value of PATH (a second --vary makes a grid) on the same random "
                + "draws; write sweep.csv, sweep charts and sweep-report.html.")
public final class SweepCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    VariantRunOptions run = new VariantRunOptions();

    @CommandLine.Mixin
    OverrideOptions overrideOptions = new OverrideOptions();

    @Option(names = "--vary", required = true, paramLabel = "PATH=FROM:TO:STEP",
            description = "the value to sweep: PATH=FROM:TO:STEP (TO included when the steps reach it), e.g. "
                    + "transfers.0.rate=0%%:1.5%%:0.25%%, or PATH=V1;V2;...; give --vary twice for a grid")
    List<String> vary = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (vary.size() > 2) {
            throw new BadInputException("--vary: at most two (a grid of two values)");
        }
        Parameter first;
        Parameter second;
        try {
            first = Parameter.sweep(vary.get(0));
            second = vary.size() > 1 ? Parameter.sweep(vary.get(1)) : null;
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        int points = first.values().size() * (second == null ? 1 : second.values().size());
        if (points > Parameter.MAX_VALUES) {
            throw new BadInputException(String.format(Locale.UK, "--vary: the grid has %d points; at most %d",
                    points, Parameter.MAX_VALUES));
        }
        Path scenarioPath = Launcher.resolve(run.scenario);
        ScenarioFile file = ScenarioLoader.load(scenarioPath, overrideOptions.overrides());
        Variants variants = new Variants(scenarioPath, overrideOptions.overrides());
        RunSettings settings = run.settings(file.allOptions().size(), file.base().years());
        Path outDir = run.outputDirectory(scenarioPath, "sweep");
        ChartCaption caption = new ChartCaption(file.base().name(), settings.seed(), settings.trajectories(),
                file.sha256(), false, RunManifest.toolVersion());
        long start = System.nanoTime();
        List<String> files;
        Sweep sweep;
        try (OutputDirectory dir = OutputDirectory.open(outDir, run.output.force)) {
            sweep = Sweep.run(variants, first, second, settings, run.thresholds(), VariantRunner.kernel(),
                    (i, result) -> ChartWriter.svg(FanChart.create(ChartInputs.of(result, caption),
                            Metric.CUMULATIVE_DEFICIT), "fan-" + i),
                    i -> {
                        if (!run.output.quiet) {
                            stderr.printf(Locale.UK, "\rhnsim: value %d of %d", i + 1, points);
                            stderr.flush();
                        }
                    });
            if (!run.output.quiet) {
                stderr.println();
            }
            String note = String.format(Locale.UK, "%,d trajectories per option at each of %d values, seed %d, the "
                    + "same trajectories for every value; scenario file %s (sha256 %s)%s.", settings.trajectories(),
                    points, settings.seed(), scenarioPath, file.sha256().substring(0, 12),
                    overrideOptions.sets.isEmpty() ? "" : ", with --set " + String.join(" --set ", overrideOptions.texts()));
            files = new ArrayList<>(SweepOutputs.write(sweep, file.base().name(), caption, note, dir.path()));
            RunManifest manifest = new RunManifest("hnsim", RunManifest.toolVersion(), scenarioPath.toString(),
                    file.sha256(), file.base().name(), settings.sampling().manifestName(), settings.seed(),
                    settings.trajectories(), settings.threads(), RunManifest.GENERATOR, "exact order statistics",
                    null, java.time.Instant.now().toString(), (System.nanoTime() - start) / 1_000_000,
                    System.getProperty("java.version"), overrideOptions.texts());
            writeManifest(sweep, manifest, dir.path().resolve(SWEEP_JSON));
            files.add(SWEEP_JSON);
            dir.commit();
        }
        if (!run.output.quiet) {
            stdout.print(table(sweep));
            stdout.printf(Locale.UK, "%n%d values, %.1f s. Outputs in %s: %s%n", points,
                    (System.nanoTime() - start) / 1e9, outDir, String.join(", ", files));
        }
        stdout.flush();
        return 0;
    }

    static final String SWEEP_JSON = "sweep.json";

    /** sweep.json: what produced the sweep (the run manifest with the overrides) and the values swept. */
    static void writeManifest(Sweep sweep, RunManifest manifest, Path file) throws java.io.IOException {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper()
                .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);
        var root = mapper.createObjectNode();
        for (Parameter p : sweep.second() == null ? List.of(sweep.first()) : List.of(sweep.first(), sweep.second())) {
            var node = root.withArray("parameters").addObject();
            node.put("path", p.path());
            var values = node.putArray("values");
            p.values().forEach(values::add);
        }
        root.put("points", sweep.points().size());
        root.set("manifest", mapper.valueToTree(manifest));
        mapper.writeValue(file.toFile(), root);
    }

    /** The final-year cumulative deficit of the base at each value, £m, and the chance of each threshold. */
    static String table(Sweep sweep) {
        String last = sweep.years().get(sweep.years().size() - 1);
        String base = sweep.points().get(0).options().get(0);
        StringBuilder out = new StringBuilder(String.format(Locale.UK,
                "Sweep of %s%s: %s cumulative deficit of %s, £m%n", sweep.first().path(),
                sweep.second() == null ? "" : " and " + sweep.second().path(), last, base));
        List<Double> thresholds = sweep.points().get(0).statistics().exceedances().stream()
                .filter(e -> e.option().equals(base)).map(hnsim.stats.Exceedance::thresholdGbp).distinct().toList();
        StringBuilder header = new StringBuilder(String.format(Locale.UK, "%-24s %9s %9s %9s %9s", "value", "mean",
                "P10", "median", "P90"));
        for (double t : thresholds) {
            header.append(String.format(Locale.UK, " %10s", "P(>" + hnsim.report.Figures.money(t) + ")"));
        }
        out.append(header).append('\n').append("-".repeat(header.length())).append('\n');
        for (var p : sweep.points()) {
            var s = p.statistics().find(base, Metric.CUMULATIVE_DEFICIT.key(), last);
            String value = sweep.first().display(p.value())
                    + (p.isGrid() ? ", " + sweep.second().display(p.value2()) : "");
            out.append(String.format(Locale.UK, "%-24s %9.2f %9.2f %9.2f %9.2f", value, s.mean() / 1e6,
                    s.percentile(10) / 1e6, s.percentile(50) / 1e6, s.percentile(90) / 1e6));
            for (double t : thresholds) {
                double probability = p.statistics().exceedances().stream().filter(e -> e.option().equals(base)
                        && e.year().equals(last) && e.thresholdGbp() == t).findFirst().orElseThrow().probability();
                out.append(String.format(Locale.UK, " %9.1f%%", 100 * probability));
            }
            out.append('\n');
        }
        return out.toString();
    }
}
