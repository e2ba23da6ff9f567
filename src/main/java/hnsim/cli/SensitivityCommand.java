package hnsim.cli;

import hnsim.model.InputCatalogue;
import hnsim.report.OutputDirectory;
import hnsim.report.OutputManifest;
import hnsim.report.RunManifest;
import hnsim.report.chart.ChartCaption;
import hnsim.scenario.Problem;
import hnsim.scenario.ScenarioFile;
import hnsim.scenario.ScenarioLoader;
import hnsim.sensitivity.CorrelatedTreatment;
import hnsim.sensitivity.Method;
import hnsim.sensitivity.SensitivityFiles;
import hnsim.sensitivity.SensitivityStudy;
import hnsim.sensitivity.SensitivitySummary;
import hnsim.sensitivity.SobolEstimator;
import hnsim.sensitivity.StudyResult;
import hnsim.sensitivity.StudySettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hnsim sensitivity SCENARIO}: which inputs drive the base's cumulative deficit, year by
 * year, by rank regression, tornadoes, Sobol indices and tail drivers; writes the CSVs, charts
 * and a manifest into the output directory, all at once, and prints the final year's drivers.
 */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = "Which inputs drive the cumulative deficit, year by year: rank regression shares,"
                + " tornadoes, Sobol indices with bootstrap intervals, and tail drivers.")
public final class SensitivityCommand implements Callable<Integer> {
    /** Above this estimated wall time the cost is said before the study starts. */
    static final double ANNOUNCE_SECONDS = 60;
    /** Largest N: the design keeps N x (k + 2) x years doubles. */
    static final long MAX_TRAJECTORIES = 2_000_000;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "scenario file (default: ${DEFAULT-VALUE})", defaultValue = RunCommand.DEFAULT_SCENARIO)
    String scenario;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: out/<scenario file name>-sensitivity)")
    Path out;

    @Option(names = {"-n", "--trajectories"}, paramLabel = "N", defaultValue = "10000",
            description = "rows of the Sobol design, and trajectories of the regression and tornado (default: ${DEFAULT-VALUE})")
    String trajectories;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + RunCommand.DEFAULT_SEED,
            description = "random seed (default: ${DEFAULT-VALUE}); the design's A matrix is the run's trajectories")
    long seed;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: all processors)")
    Integer threads;

    @Option(names = "--method", paramLabel = "METHODS", split = ",", defaultValue = "src,tornado,sobol",
            description = "src, tornado, sobol or a comma-separated list (default: all three); tail drivers always")
    List<String> methods;

    @Option(names = "--group", paramLabel = "NAME=PATTERN",
            description = "analyse inputs together as one, e.g. demand=placements.*.growth (repeatable; join patterns with +)")
    List<String> groups = new ArrayList<>();

    @Option(names = "--correlated", paramLabel = "group|scores", defaultValue = "group",
            description = "inputs of a correlation block: one Sobol group (default) or each through its independent normal score")
    String correlated;

    @Option(names = "--resamples", paramLabel = "R", defaultValue = "" + SobolEstimator.DEFAULT_RESAMPLES,
            description = "bootstrap resamples of the Sobol intervals (default: ${DEFAULT-VALUE})")
    int resamples;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        int workers = WorkerThreads.resolve(threads);
        long n = TrajectoryCount.parse(trajectories);
        if (n < 100 || n > MAX_TRAJECTORIES) {
            throw new BadInputException(String.format(Locale.UK,
                    "-n must be between 100 and %,d for a sensitivity study, got %,d", MAX_TRAJECTORIES, n));
        }
        if (resamples < 0 || resamples > 100_000) {
            throw new BadInputException("--resamples must be between 0 and 100,000, got " + resamples);
        }
        Set<Method> chosen = Method.parse(methods);
        CorrelatedTreatment treatment = CorrelatedTreatment.parse(correlated);
        Path scenarioPath = Launcher.resolve(scenario);
        ScenarioFile file = ScenarioLoader.load(scenarioPath);
        for (Problem warning : file.warnings()) {
            stderr.println("hnsim: " + warning);
        }
        InputCatalogue catalogue = InputCatalogue.of(file.base());
        StudySettings settings = new StudySettings(seed, (int) n, workers, chosen, groups, treatment, resamples);
        long evaluations = SensitivityStudy.evaluations(catalogue, settings);
        double seconds = SensitivityStudy.estimatedSeconds(catalogue, settings);
        if (seconds > ANNOUNCE_SECONDS) {
            stderr.printf(Locale.UK, "hnsim: this study replays %,d trajectories of %d years, about %s on %d thread%s%n",
                    evaluations, file.base().years(), duration(seconds), workers, workers == 1 ? "" : "s");
            stderr.flush();
        }
        Path target = out != null ? out : Path.of("out", RunCommand.baseName(scenarioPath) + "-sensitivity");
        StudyResult result;
        List<String> files;
        try (OutputDirectory dir = OutputDirectory.open(target, output.force)) {
            try (Progress progress = Progress.start(evaluations, output.quiet, stderr)) {
                result = SensitivityStudy.run(catalogue, settings, progress);
            }
            SensitivityFiles.Manifest manifest = new SensitivityFiles.Manifest("hnsim", RunManifest.toolVersion(),
                    scenarioPath.toString(), file.sha256(), file.base().name(), seed, (int) n, workers,
                    "monte-carlo", RunManifest.GENERATOR, treatment.name().toLowerCase(Locale.ROOT), resamples,
                    System.getProperty("java.version"));
            ChartCaption caption = new ChartCaption(file.base().name(), seed, (int) n, file.sha256(), false,
                    RunManifest.toolVersion());
            files = new ArrayList<>(SensitivityFiles.write(result, manifest, caption, dir.path()));
            files.add(OutputManifest.FILE);
            dir.commit();
            for (String note : dir.notes()) {
                stderr.println("hnsim: " + note);
            }
        }
        if (!output.quiet) {
            stdout.print(SensitivitySummary.render(result, file.base().name()));
            stdout.printf(Locale.UK, "%n%,d trajectories (seed %d), %d thread%s, %.1f s.%n", n, seed, workers,
                    workers == 1 ? "" : "s", result.wallTimeMillis() / 1000.0);
            stdout.print(SensitivitySummary.listing(target, files));
        }
        stdout.flush();
        return 0;
    }

    static String duration(double seconds) {
        return seconds < 120 ? String.format(Locale.UK, "%.0f s", seconds)
                : seconds < 7200 ? String.format(Locale.UK, "%.0f minutes", seconds / 60)
                : String.format(Locale.UK, "%.1f hours", seconds / 3600);
    }
}
