package hnsim.cli;

import hnsim.engine.Engine;
import hnsim.engine.SensitivityRequest;
import hnsim.engine.RunRequest;
import hnsim.engine.ShardFile;
import hnsim.engine.ShardHeader;
import hnsim.engine.ShardRange;
import hnsim.engine.Shards;
import hnsim.backtest.RollForward;
import hnsim.decision.Effects;
import hnsim.kernel.Sampling;
import hnsim.model.InputCatalogue;
import hnsim.report.OutputDirectory;
import hnsim.report.RiskDrivers;
import hnsim.report.RunManifest;
import hnsim.scenario.Problem;
import hnsim.scenario.ScenarioFile;
import hnsim.scenario.ScenarioLoader;
import hnsim.sensitivity.SensitivityStudy;
import hnsim.sensitivity.StudyResult;
import hnsim.sensitivity.StudySettings;
import hnsim.stats.PrecisionTarget;
import hnsim.stats.QuantileMethod;
import hnsim.stats.SimulationResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hnsim run SCENARIO}: simulate, print the table, write the output directory. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a scenario and write percentiles.csv, summary.json, charts and report.html.")
public final class RunCommand implements Callable<Integer> {
    static final String DEFAULT_SCENARIO = "scenarios/leicestershire-2021-mtfs.yaml";
    static final long DEFAULT_SEED = 20210301L;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "scenario file (default: ${DEFAULT-VALUE})", defaultValue = DEFAULT_SCENARIO)
    String scenario;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: out/<scenario file name>, or out/<scenario file name>-deterministic)")
    Path out;

    @Option(names = {"-n", "--trajectories"}, paramLabel = "N", defaultValue = "10000",
            description = "number of trajectories (default: ${DEFAULT-VALUE})")
    String trajectories;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + DEFAULT_SEED,
            description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: all processors)")
    Integer threads;

    @Option(names = "--deterministic", description = "one trajectory with every input at its central (plan) value")
    boolean deterministic;

    @Option(names = "--sampling", paramLabel = "METHOD", defaultValue = "mc",
            description = "mc (plain Monte Carlo, default) or lhs (Latin hypercube sampling of the inputs drawn"
                    + " once per trajectory: transfer approvals and workstream slips)")
    String sampling;

    @Option(names = "--threshold", paramLabel = "AMOUNT", split = Amounts.LIST_SEPARATORS,
            converter = Amounts.PlausibleMoney.class,
            description = "cumulative deficit whose exceedance probability to report, e.g. 50m or £75,000,000;"
                    + " repeat it or separate amounts with ';' or spaces")
    List<Double> thresholds = new ArrayList<>();

    @Option(names = "--precision", paramLabel = "AMOUNT", converter = Amounts.PlausibleMoney.class,
            description = "keep doubling the trajectories (from -n) until the 95%% confidence half-widths of the "
                    + "final-year P50 and P90 cumulative deficit are at most AMOUNT, e.g. 0.25m")
    Double precision;

    @Option(names = "--max-trajectories", paramLabel = "N", defaultValue = "1e7",
            description = "upper limit for --precision (default: ${DEFAULT-VALUE})")
    String maxTrajectories;

    @Option(names = "--shard", paramLabel = "I/K",
            description = "simulate only shard I of K (0-based) of the -n trajectories and write its aggregates to --out,"
                    + " for hnsim merge")
    String shard;

    @Option(names = "--exact", description = "exact statistics from every value (8 bytes per value per metric,"
            + " option and year); default for runs whose values take at most 40%% of the heap")
    boolean exact;

    @Option(names = "--sketch", description = "statistics from DDSketch quantile sketches (0.1%% relative accuracy,"
            + " memory independent of -n); default for larger runs")
    boolean sketch;

    @Option(names = "--from-actuals", description = "start from the latest reported outturn (the scenario's actuals:):"
            + " that year's cumulative deficit and placements, forecasting only the years after it")
    boolean fromActuals;

    @Option(names = "--sensitivity", description = "also find which inputs drive the risk, year by year (rank regression,"
            + " tornadoes, Sobol indices with intervals, tail drivers): in report.html, the workbook and their own files")
    boolean sensitivity;

    @Option(names = "--sensitivity-n", paramLabel = "N",
            description = "rows of the --sensitivity study's design, the run's first N trajectories (default: -n, at most "
                    + "4,000); the study replays N x (k + 2)")
    String sensitivityTrajectories;

    @CommandLine.Mixin
    StudyOptions studyOptions = new StudyOptions();

    @CommandLine.Mixin
    OverrideOptions overrideOptions = new OverrideOptions();

    @Option(names = "--against", paramLabel = "OPTION",
            description = "also report what every other option changes against this option (besides against the base)")
    List<String> against = new ArrayList<>();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        int workers = WorkerThreads.resolve(threads);
        long requested = deterministic ? 1 : TrajectoryCount.parse(trajectories);
        List<Double> extra = List.copyOf(thresholds);
        PrecisionTarget precisionTarget = precisionTarget();
        Path scenarioPath = Launcher.resolve(scenario);
        ScenarioFile file = ScenarioLoader.load(scenarioPath, overrideOptions.overrides());
        if (fromActuals) {
            try {
                file = RollForward.of(file);
            } catch (RollForward.NotPossible e) {
                throw new BadInputException("--from-actuals: " + e.getMessage());
            }
        }
        for (String name : against) {
            if (!file.allOptions().containsKey(name)) {
                throw new BadInputException("--against " + name + ": no such option; the options are "
                        + String.join(", ", file.allOptions().keySet()));
            }
        }
        for (Problem warning : file.warnings()) {
            stderr.println("hnsim: " + warning);
        }
        // The largest run this asks for must be feasible; --precision starts from -n and may grow to the maximum.
        // A shard simulates only its own range, so that is what this machine must manage.
        long largest = precisionTarget == null ? requested : precisionTarget.maxTrajectories();
        ShardRange range = shardRange();
        if (range != null) {
            if (requested > TrajectoryCount.MAX_PER_RUN) {
                throw new BadInputException(String.format(Locale.UK, "-n is at most %,d, also for a sharded run",
                        TrajectoryCount.MAX_PER_RUN));
            }
            largest = range.to(requested) - range.from(requested);
        }
        TrajectoryCount.check(largest, file.allOptions().size(), file.base().years(), workers);
        int n = (int) requested;
        Path target = out != null ? out : fromActuals
                ? Path.of(defaultOut(scenarioPath, deterministic) + "-from-actuals") : defaultOut(scenarioPath, deterministic);

        RunRequest request = new RunRequest(seed, n, workers, deterministic, samplingMethod(), extra, method());
        checkExactFits(file, request, largest);
        SensitivityRequest study = sensitivityRequest(n);
        if (shard != null) {
            return runShard(scenarioPath, file, request, range, target, stdout, stderr);
        }
        if (study != null) {
            // Checks the groups before the run, and says the study's cost up front when it is long.
            StudySettings planned = study.settings(request, n);
            InputCatalogue catalogue = InputCatalogue.of(file.base());
            SensitivityCommand.announceCost("sensitivity study", SensitivityStudy.evaluations(catalogue, planned),
                    file.base().years(),
                    SensitivityStudy.estimatedSeconds(catalogue, planned), workers, stderr);
        }
        Instant started = Instant.now();
        SimulationResult result;
        Effects effects;
        List<String> files;
        StudyResult studyResult = null;
        // The staging directory is made before the run, so an unwritable --out fails at once, and
        // it is deleted (leaving any previous results as they were) if anything below fails.
        try (OutputDirectory dir = OutputDirectory.open(target, output.force)) {
            try (Progress progress = Progress.start(largest, output.quiet || deterministic, stderr)) {
                result = precisionTarget == null ? Engine.run(file, request, progress)
                        : Engine.runToPrecision(file, request, precisionTarget, progress);
            }
            effects = RunResults.effects(result, request, against);
            RiskDrivers risk = null;
            if (study != null) {
                StudySettings settings = study.settings(request, result.trajectories());
                long evaluations = SensitivityStudy.evaluations(InputCatalogue.of(file.base()), settings);
                try (Progress progress = Progress.start(evaluations, output.quiet, stderr)) {
                    studyResult = Engine.study(file, settings, progress);
                }
                risk = new RiskDrivers(studyResult, SensitivityCommand.manifest(scenarioPath.toString(), file, settings));
            }
            files = RunResults.write(result, scenarioPath.toString(), request, started, dir, stderr, effects,
                    overrideOptions.texts(), risk);
        }
        if (!output.quiet) {
            RunResults.print(result, request, target, files, stdout, effects, studyResult);
        }
        stdout.flush();
        return 0;
    }

    /** The study beside the run that --sensitivity asks for, or null; its options without it are refused. */
    private SensitivityRequest sensitivityRequest(int n) {
        if (!sensitivity) {
            if (sensitivityTrajectories != null || studyOptions.given()) {
                throw new BadInputException("--sensitivity-n, --group, --correlated and --resamples set up the study of"
                        + " --sensitivity: add --sensitivity, or leave them out");
            }
            return null;
        }
        if (deterministic) {
            throw new BadInputException("--sensitivity needs a Monte Carlo run: a --deterministic run has no spread to"
                    + " explain (the one-at-a-time tornado alone: hnsim sensitivity --method tornado)");
        }
        if (shard != null) {
            throw new BadInputException("--sensitivity does not apply to a shard of a run; shard the study itself with"
                    + " hnsim sensitivity --shard I/K, and merge its shards with hnsim merge");
        }
        Integer rows = null;
        if (sensitivityTrajectories != null) {
            long asked = TrajectoryCount.parse(sensitivityTrajectories);
            if (asked < 100 || asked > n) {
                throw new BadInputException(String.format(Locale.UK, "--sensitivity-n must be between 100 and the run's"
                        + " -n (%,d): the study's rows are the run's first trajectories; got %,d", n, asked));
            }
            rows = (int) asked;
        } else if (n < 100) {
            throw new BadInputException(String.format(Locale.UK, "--sensitivity needs a run of at least 100"
                    + " trajectories, got -n %,d", n));
        }
        return new SensitivityRequest(rows, studyOptions.groups, studyOptions.treatment(), studyOptions.resamples());
    }

    private ShardRange shardRange() {
        if (shard == null) {
            return null;
        }
        if (deterministic || precision != null) {
            throw new BadInputException("--shard applies to a Monte Carlo run of a fixed -n, not to --deterministic"
                    + " or --precision");
        }
        try {
            return ShardRange.parse(shard);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    private Integer runShard(Path scenarioPath, ScenarioFile file, RunRequest request, ShardRange range, Path target,
                             PrintWriter stdout, PrintWriter stderr) throws IOException, InterruptedException {
        byte[] bytes = Files.readAllBytes(scenarioPath);
        long started = System.nanoTime();
        ShardHeader header;
        try (OutputDirectory dir = OutputDirectory.open(target, output.force);
             Progress progress = Progress.start(range.to(request.trajectories()) - range.from(request.trajectories()),
                     output.quiet, stderr)) {
            header = Shards.writeShard(file, bytes, request, range, RunManifest.toolVersion(), dir.path(), progress);
            dir.commit();
        }
        if (!output.quiet) {
            stdout.printf(Locale.UK, "Shard %s: trajectories %s of %,d (%s statistics), seed %d, %.1f s.%nWrote %s%n",
                    range, header.range(), request.trajectories(), header.method().name().toLowerCase(Locale.ROOT),
                    seed, (System.nanoTime() - started) / 1e9, target.resolve(ShardFile.FILE_NAME));
        }
        stdout.flush();
        return 0;
    }

    /** An exact run holds every value: refuse one that cannot fit before simulating anything. */
    private static void checkExactFits(ScenarioFile file, RunRequest request, long largest) {
        if (request.methodOrNull() != QuantileMethod.EXACT) {
            return;
        }
        long need = Engine.exactBytesNeeded(file, request, largest);
        long heap = Runtime.getRuntime().maxMemory();
        if (need > 0.8 * heap) {
            throw new BadInputException(String.format(Locale.UK, "--exact keeps every value: %,d trajectories need"
                    + " %.1f GB and this Java has %.1f GB; use --sketch (memory independent of -n), fewer"
                    + " trajectories, or more memory (JAVA_OPTS=-Xmx%dg)", largest, need / 1e9, heap / 1e9,
                    (long) Math.ceil(need / 0.7 / (1L << 30))));
        }
    }

    private QuantileMethod method() {
        if (exact && sketch) {
            throw new BadInputException("--exact and --sketch exclude each other: give one");
        }
        if (deterministic && sketch) {
            throw new BadInputException("--sketch does not apply to a --deterministic run");
        }
        return exact ? QuantileMethod.EXACT : sketch ? QuantileMethod.SKETCH : null;
    }

    private PrecisionTarget precisionTarget() {
        if (precision == null) {
            return null;
        }
        if (deterministic) {
            throw new BadInputException("--precision does not apply to a --deterministic run");
        }
        double tolerance = precision;
        if (!(tolerance > 0)) {
            throw new BadInputException("--precision must be an amount greater than 0, e.g. 0.25m");
        }
        long max = TrajectoryCount.parse(maxTrajectories);
        if (max < TrajectoryCount.parse(trajectories)) {
            throw new BadInputException("--max-trajectories must be at least --trajectories");
        }
        if (max > TrajectoryCount.MAX_PER_RUN) {
            throw new BadInputException(String.format(java.util.Locale.UK, "--max-trajectories is at most %,d",
                    TrajectoryCount.MAX_PER_RUN));
        }
        return new PrecisionTarget(tolerance, (int) max);
    }

    private Sampling samplingMethod() {
        try {
            return Sampling.parse(sampling);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--sampling: " + e.getMessage());
        }
    }

    /**
     * {@code out/<scenario>/}, or {@code out/<scenario>-deterministic/} for the plan values, so
     * the two runs of the quick start each keep their own results.
     */
    static Path defaultOut(Path scenario, boolean deterministic) {
        return Path.of("out", baseName(scenario) + (deterministic ? "-deterministic" : ""));
    }

    static String baseName(Path scenario) {
        String name = scenario.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

}
