package hnsim.cli;

import hnsim.kernel.RunSettings;
import hnsim.kernel.Sampling;
import hnsim.decision.Effects;
import hnsim.report.ConsoleTable;
import hnsim.report.EffectsOutputs;
import hnsim.report.OutputDirectory;
import hnsim.report.OutputListing;
import hnsim.report.OutputManifest;
import hnsim.report.RunManifest;
import hnsim.report.RunOutputs;
import hnsim.scenario.Problem;
import hnsim.scenario.ScenarioFile;
import hnsim.scenario.ScenarioLoader;
import hnsim.stats.PrecisionTarget;
import hnsim.stats.Simulation;
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

    @Option(names = "--force", description = "replace an earlier hnsim output in --out, if it holds nothing else, unchanged")
    boolean force;

    @Option(names = {"-q", "--quiet"}, description = "no progress bar and no table")
    boolean quiet;

    @Option(names = "--debug", description = "show stack traces of failures")
    boolean debug;

    @CommandLine.Mixin
    OverrideOptions overrideOptions = new OverrideOptions();

    @Option(names = "--against", paramLabel = "OPTION",
            description = "also report what every other option changes against this option (besides against the base)")
    List<String> against = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1 || workers > 1024) {
            throw new BadInputException("--threads must be between 1 and 1024, got " + workers);
        }
        long requested = deterministic ? 1 : TrajectoryCount.parse(trajectories);
        List<Double> extra = List.copyOf(thresholds);
        PrecisionTarget precisionTarget = precisionTarget();
        Path scenarioPath = Launcher.resolve(scenario);
        ScenarioFile file = ScenarioLoader.load(scenarioPath, overrideOptions.overrides());
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
        long largest = precisionTarget == null ? requested : precisionTarget.maxTrajectories();
        TrajectoryCount.check(largest, file.allOptions().size(), file.base().years(), workers);
        int n = (int) requested;
        Path target = out != null ? out : defaultOut(scenarioPath, deterministic);

        RunSettings settings = new RunSettings(seed, n, workers, deterministic, samplingMethod());
        Instant started = Instant.now();
        SimulationResult result;
        Effects effects;
        List<String> files;
        // The manifest's mode names the sampling method: deterministic, monte-carlo or latin-hypercube.
        String mode = deterministic ? "deterministic" : settings.sampling().manifestName();
        // The staging directory is made before the run, so an unwritable --out fails at once, and
        // it is deleted (leaving any previous results as they were) if anything below fails.
        try (OutputDirectory dir = OutputDirectory.open(target, force)) {
            try (Progress progress = Progress.start(largest, quiet || deterministic, stderr)) {
                result = precisionTarget == null ? Simulation.run(file, settings, extra, progress)
                        : Simulation.runToPrecision(file, settings, extra, precisionTarget, progress);
            }
            n = result.trajectories();
            effects = Effects.of(result, settings, against, result.statistics().exceedances().stream()
                    .map(hnsim.stats.Exceedance::thresholdGbp).distinct().toList());
            RunManifest manifest = new RunManifest("hnsim", RunManifest.toolVersion(), scenarioPath.toString(),
                    file.sha256(), file.base().name(), mode, seed, n, workers,
                    RunManifest.GENERATOR, result.quantileMethod().description(), result.precision().orElse(null),
                    started.toString(), result.wallTimeMillis(), System.getProperty("java.version"),
                    overrideOptions.texts());
            files = new ArrayList<>(RunOutputs.write(result, manifest, dir.path(), effects, null));
            files.add(OutputManifest.FILE);
            dir.commit();
            for (String note : dir.notes()) {
                stderr.println("hnsim: " + note);
            }
        }
        if (!quiet) {
            stdout.print(ConsoleTable.render(file.base().name(), result.optionNames(), result.years(),
                    result.statistics(), deterministic));
            stdout.print(EffectsOutputs.console(effects, result.years()));
            if (effects.trajectories() < n) {
                stdout.printf(Locale.UK, "(Effects measured on the run's first %,d trajectories, run again on the same seed.)%n",
                        effects.trajectories());
            }
            stdout.print(ConsoleTable.drivers(result.drivers(), result.optionNames().get(0),
                    result.years().get(result.years().size() - 1), 5));
            stdout.printf(Locale.UK, "%n%s trajectories, seed %d, %d thread%s, %.1f s.%n",
                    String.format(Locale.UK, "%,d", n), seed, workers, workers == 1 ? "" : "s",
                    result.wallTimeMillis() / 1000.0);
            result.precision().ifPresent(p -> stdout.printf(Locale.UK,
                    "Precision: widest 95%% half-width of the final P50/P90 £%.3fm %s the target £%.3fm after %d round%s%n",
                    p.achievedHalfWidthGbp() / 1e6, p.met() ? "meets" : "MISSES (at --max-trajectories)",
                    p.toleranceGbp() / 1e6, p.rounds(), p.rounds() == 1 ? "" : "s"));
            stdout.print(OutputListing.render(target, files));
        }
        stdout.flush();
        return 0;
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
