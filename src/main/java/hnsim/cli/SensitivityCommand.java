package hnsim.cli;

import hnsim.engine.SensitivityShardFile;
import hnsim.engine.SensitivityShardHeader;
import hnsim.engine.SensitivityShards;
import hnsim.engine.ShardRange;
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
import hnsim.report.SensitivityOutputs;
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

    @CommandLine.Mixin
    StudyOptions study = new StudyOptions();

    @Option(names = "--shard", paramLabel = "I/K",
            description = "replay only shard I of K (0-based) of the design's rows and write them to --out, for hnsim merge")
    String shard;

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
        int resamples = study.resamples();
        Set<Method> chosen = Method.parse(methods);
        CorrelatedTreatment treatment = study.treatment();
        Path scenarioPath = Launcher.resolve(scenario);
        ScenarioFile file = ScenarioLoader.load(scenarioPath);
        for (Problem warning : file.warnings()) {
            stderr.println("hnsim: " + warning);
        }
        InputCatalogue catalogue = InputCatalogue.of(file.base());
        StudySettings settings = new StudySettings(seed, (int) n, workers, chosen, study.groups, treatment, resamples);
        Path target = out != null ? out : Path.of("out", RunCommand.baseName(scenarioPath) + "-sensitivity");
        if (shard != null) {
            return writeShard(scenarioPath, file, settings, target, stdout, stderr);
        }
        long evaluations = SensitivityStudy.evaluations(catalogue, settings);
        double seconds = SensitivityStudy.estimatedSeconds(catalogue, settings);
        announceCost("study", evaluations, file.base().years(), seconds, workers, stderr);
        StudyResult result;
        List<String> files;
        try (OutputDirectory dir = OutputDirectory.open(target, output.force)) {
            try (Progress progress = Progress.start(evaluations, output.quiet, stderr)) {
                result = SensitivityStudy.run(catalogue, settings, progress);
            }
            files = write(result, scenarioPath.toString(), file, settings, dir, stderr);
        }
        if (!output.quiet) {
            print(result, file, settings, target, files, stdout);
        }
        stdout.flush();
        return 0;
    }

    /** Writes a study's files into the staging directory and commits it: shared with the merge of its shards. */
    static List<String> write(StudyResult result, String scenarioPath, ScenarioFile file, StudySettings settings,
                              OutputDirectory dir, PrintWriter stderr) throws java.io.IOException {
        SensitivityOutputs.Manifest manifest = manifest(scenarioPath, file, settings);
        ChartCaption caption = new ChartCaption(file.base().name(), settings.seed(), settings.trajectories(),
                file.sha256(), false, RunManifest.toolVersion());
        List<String> files = new ArrayList<>(SensitivityOutputs.write(result, manifest, caption, dir.path()));
        files.add(OutputManifest.FILE);
        dir.commit();
        for (String note : dir.notes()) {
            stderr.println("hnsim: " + note);
        }
        return files;
    }

    /** Who ran the study, recorded in sensitivity.json. */
    static SensitivityOutputs.Manifest manifest(String scenarioPath, ScenarioFile file, StudySettings settings) {
        return new SensitivityOutputs.Manifest("hnsim", RunManifest.toolVersion(), scenarioPath, file.sha256(),
                file.base().name(), settings.seed(), settings.trajectories(), settings.threads(), "monte-carlo",
                RunManifest.GENERATOR, settings.correlated().name().toLowerCase(Locale.ROOT), settings.resamples(),
                System.getProperty("java.version"));
    }

    /** Says a study's cost before it starts, when it is over {@link #ANNOUNCE_SECONDS}. */
    static void announceCost(String what, long evaluations, int years, double seconds, int workers,
                             PrintWriter stderr) {
        if (seconds > ANNOUNCE_SECONDS) {
            stderr.printf(Locale.UK, "hnsim: this %s replays %,d trajectories of %d years, about %s on %d thread%s%n",
                    what, evaluations, years, duration(seconds), workers, workers == 1 ? "" : "s");
            stderr.flush();
        }
    }

    static void print(StudyResult result, ScenarioFile file, StudySettings settings, Path target, List<String> files,
                      PrintWriter stdout) {
        stdout.print(SensitivitySummary.render(result, file.base().name()));
        stdout.printf(Locale.UK, "%n%,d trajectories (seed %d), %d thread%s, %.1f s.%n", settings.trajectories(),
                settings.seed(), settings.threads(), settings.threads() == 1 ? "" : "s", result.wallTimeMillis() / 1000.0);
        stdout.print(SensitivitySummary.listing(target, files));
    }

    private Integer writeShard(Path scenarioPath, ScenarioFile file, StudySettings settings, Path target,
                               PrintWriter stdout, PrintWriter stderr) throws Exception {
        ShardRange range;
        try {
            range = ShardRange.parse(shard);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        byte[] bytes = java.nio.file.Files.readAllBytes(scenarioPath);
        long started = System.nanoTime();
        long rows = range.to(settings.trajectories()) - range.from(settings.trajectories());
        InputCatalogue catalogue = InputCatalogue.of(file.base());
        int matrices = SensitivityStudy.matrices(catalogue, settings).size();
        // A shard only replays its rows; the bootstrap runs once, at the merge.
        announceCost("shard", rows * matrices, file.base().years(),
                SensitivityStudy.estimatedReplaySeconds(catalogue, settings, rows), settings.threads(), stderr);
        SensitivityShardHeader header;
        try (OutputDirectory dir = OutputDirectory.open(target, output.force);
             Progress progress = Progress.start(rows * matrices, output.quiet, stderr)) {
            header = SensitivityShards.writeShard(file, bytes, settings, range, RunManifest.toolVersion(), dir.path(),
                    progress);
            dir.commit();
        }
        if (!output.quiet) {
            stdout.printf(Locale.UK, "Sensitivity shard %s: design rows %s of %,d (%d matrices, %,d trajectories),"
                            + " seed %d, %.1f s.%nWrote %s%n", range, header.range(), settings.trajectories(), matrices,
                    rows * matrices, settings.seed(), (System.nanoTime() - started) / 1e9,
                    target.resolve(SensitivityShardFile.FILE_NAME));
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
