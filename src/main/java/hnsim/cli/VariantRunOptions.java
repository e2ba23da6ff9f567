package hnsim.cli;

import hnsim.kernel.RunSettings;
import hnsim.kernel.Sampling;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What sweep and solve share with run: the scenario, its overrides, N, seed, threads, sampling and the output directory. */
final class VariantRunOptions {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "scenario file (default: ${DEFAULT-VALUE})", defaultValue = RunCommand.DEFAULT_SCENARIO)
    String scenario;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory")
    Path out;

    @Option(names = {"-n", "--trajectories"}, paramLabel = "N", defaultValue = "10000",
            description = "trajectories of every run (default: ${DEFAULT-VALUE})")
    String trajectories;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + RunCommand.DEFAULT_SEED,
            description = "random seed, the same for every value (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: all processors)")
    Integer threads;

    @Option(names = "--sampling", paramLabel = "METHOD", defaultValue = "mc", description = "mc (default) or lhs")
    String sampling;

    @Option(names = "--threshold", paramLabel = "AMOUNT", split = Amounts.LIST_SEPARATORS,
            converter = Amounts.PlausibleMoney.class,
            description = "cumulative deficit whose exceedance probability to report, e.g. 50m or £75,000,000;"
                    + " repeat it or separate amounts with ';' or spaces")
    List<Double> thresholds = new ArrayList<>();



    @Mixin
    OutputOptions output = new OutputOptions();

    RunSettings settings(int options, int years) {
        int workers = WorkerThreads.resolve(threads);
        long n = TrajectoryCount.parse(trajectories);
        TrajectoryCount.check(n, options, years, workers);
        Sampling method;
        try {
            method = Sampling.parse(sampling);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--sampling: " + e.getMessage());
        }
        return new RunSettings(seed, (int) n, workers, false, method);
    }

    List<Double> thresholds() {
        return List.copyOf(thresholds);
    }

    Path outputDirectory(Path scenarioPath, String suffix) {
        return out != null ? out : Path.of("out", RunCommand.baseName(scenarioPath) + "-" + suffix);
    }
}
