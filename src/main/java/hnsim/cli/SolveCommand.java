package hnsim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hnsim.decision.Effects;
import hnsim.decision.Parameter;
import hnsim.decision.Solution;
import hnsim.decision.Solve;
import hnsim.decision.Target;
import hnsim.decision.VariantRunner;
import hnsim.decision.Variants;
import hnsim.kernel.RunSettings;
import hnsim.report.DecisionSheet;
import hnsim.report.OutputDirectory;
import hnsim.report.OutputListing;
import hnsim.report.RunManifest;
import hnsim.report.RunOutputs;
import hnsim.scenario.ScenarioFile;
import hnsim.engine.Engine;
import hnsim.engine.RunRequest;
import hnsim.stats.SimulationResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hnsim solve SCENARIO --vary PATH=FROM:TO --target TARGET}: the value of one scenario
 * value that holds a target, on the run's own trajectories; then a full run at that value,
 * whose report carries the answer on its decision sheet.
 */
@Command(name = "solve", mixinStandardHelpOptions = true,
        description = "Goal seek: the value of PATH in FROM..TO at which the base meets TARGET, e.g. "
                + "--vary transfers.0.rate=0%%:3%% --target 'P90 cumulative_deficit 2024/25 <= 110m'.")
public final class SolveCommand implements Callable<Integer> {
    static final String SOLVE_JSON = "solve.json";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    VariantRunOptions run = new VariantRunOptions();

    @CommandLine.Mixin
    OverrideOptions overrideOptions = new OverrideOptions();

    @Option(names = "--vary", required = true, paramLabel = "PATH=FROM:TO",
            description = "the value to solve for and the range to search, e.g. transfers.0.rate=0%%:3%%")
    String vary;

    @Option(names = "--target", required = true, paramLabel = "TARGET",
            description = "e.g. 'P90 cumulative_deficit 2024/25 <= 50m', 'mean in_year_deficit 2023/24 <= 5m' or "
                    + "'P(cumulative_deficit 2024/25 > 99m) <= 10%%'")
    String targetText;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        Parameter parameter;
        Target target;
        try {
            parameter = Parameter.range(vary);
            target = Target.parse(targetText);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        Path scenarioPath = Launcher.resolve(run.scenario);
        ScenarioFile file = hnsim.scenario.ScenarioLoader.load(scenarioPath, overrideOptions.overrides());
        Variants variants = new Variants(scenarioPath, overrideOptions.overrides());
        RunSettings settings = run.settings(file.allOptions().size(), file.base().years());
        Path outDir = run.outputDirectory(scenarioPath, "solve");
        Instant started = Instant.now();
        List<String> files;
        Solution solution;
        SimulationResult result;
        Effects effects;
        try (OutputDirectory dir = OutputDirectory.open(outDir, run.output.force)) {
            solution = Solve.run(variants, parameter, target, settings, VariantRunner.kernel());
            ScenarioFile at = variants.with(List.of(parameter.at(solution.value())));
            List<Double> thresholds = run.thresholds();
            result = Engine.run(at, RunRequest.of(settings, thresholds), done -> { });
            effects = Effects.of(result, settings, List.of(), result.statistics().exceedances().stream()
                    .map(hnsim.stats.Exceedance::thresholdGbp).distinct().toList());
            List<String> overrides = new ArrayList<>(overrideOptions.texts());
            overrides.add(parameter.at(solution.value()).toString());
            RunManifest manifest = new RunManifest("hnsim", RunManifest.toolVersion(), scenarioPath.toString(),
                    at.sha256(), at.base().name(), settings.sampling().manifestName(), settings.seed(),
                    result.trajectories(), settings.threads(), RunManifest.GENERATOR,
                    result.quantileMethod().description(), null, started.toString(), result.wallTimeMillis(),
                    System.getProperty("java.version"), overrides);
            files = new ArrayList<>(RunOutputs.write(result, manifest, dir.path(), effects, solution));
            writeJson(solution, manifest, dir.path().resolve(SOLVE_JSON));
            files.add(1, SOLVE_JSON);
            dir.commit();
        }
        stdout.print(render(solution, parameter, settings));
        if (!run.output.quiet) {
            stdout.print(OutputListing.render(outDir, files));
        }
        stdout.flush();
        return 0;
    }

    static String render(Solution s, Parameter parameter, RunSettings settings) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.UK, "Solve: %s, varying %s from %s to %s%n", s.target().text(), s.parameter(),
                parameter.display(parameter.from()), parameter.display(parameter.to())));
        out.append(String.format(Locale.UK, "  value        %s   (--set %s=%s)%n", s.valueShown(),
                s.parameter(), s.valueText()));
        if (s.reachable()) {
            out.append(String.format(Locale.UK, "  95%% interval %s to %s (Monte Carlo error only, by inverting the "
                    + "statistic's 95%% interval)%n", s.ciLowText(), s.ciHighText()));
        }
        out.append(String.format(Locale.UK, "  achieved     %s = %s%n", s.target().statisticName(),
                s.target().describe(s.achieved())));
        out.append(String.format(Locale.UK, "  reachable    %s%n", s.reachable() ? "yes"
                : "no: no value in the range meets the target; the value above is the best one"));
        if (!s.monotone()) {
            out.append("  note         the estimate is not monotone in the range: it rises and falls; other values "
                    + "may also meet the target\n");
        }
        out.append(String.format(Locale.UK, "  %s%n", DecisionSheet.solution(s)));
        out.append(String.format(Locale.UK, "  %d runs of %,d trajectories of the base, seed %d (the same trajectories "
                + "for every value)%n", s.evaluations(), settings.trajectories(), settings.seed()));
        return out.toString();
    }

    /** A number, or null where there is none (the interval of an unreachable target). */
    private static void number(ObjectNode node, String key, double value) {
        if (Double.isNaN(value)) {
            node.putNull(key);
        } else {
            node.put(key, value);
        }
    }

    static void writeJson(Solution s, RunManifest manifest, Path file) throws java.io.IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("parameter", s.parameter());
        root.put("value", s.value());
        number(root, "ci_low", s.ciLow());
        number(root, "ci_high", s.ciHigh());
        root.put("target", s.target().text());
        root.put("achieved", s.achieved());
        root.put("reachable", s.reachable());
        root.put("monotone", s.monotone());
        root.put("value_text", s.valueText());
        root.put("interval_method", s.intervalMethod());
        root.put("evaluations", s.evaluations());
        root.set("manifest", mapper.valueToTree(manifest));
        mapper.writeValue(file.toFile(), root);
    }

}
