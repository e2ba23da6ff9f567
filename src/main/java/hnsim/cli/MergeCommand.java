package hnsim.cli;

import hnsim.engine.Engine;
import hnsim.engine.SensitivityShards;
import hnsim.engine.Shards;
import hnsim.report.OutputDirectory;
import hnsim.stats.SimulationResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hnsim merge DIR...}: check shards of one run, merge them and write every output of the
 * run; or, given the shards of {@code hnsim sensitivity --shard}, the outputs of the whole study.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Merge the shards written by 'hnsim run --shard I/K' into the outputs of the whole run,"
                + " or those of 'hnsim sensitivity --shard I/K' into the outputs of the whole study.")
public final class MergeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "shard directories (any order)")
    List<Path> shards = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "output directory of the merged run")
    Path out;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: all processors)")
    Integer threads;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        int workers = WorkerThreads.resolve(threads);
        if (!shards.isEmpty() && SensitivityShards.isShard(shards.get(0))) {
            return mergeSensitivity(workers, stdout);
        }
        Instant started = Instant.now();
        long start = System.nanoTime();
        SimulationResult result;
        List<String> files;
        Shards.Merged merged;
        hnsim.decision.Effects effects;
        // Every shard is checked before anything is written; a bad one leaves no output directory.
        try (OutputDirectory dir = OutputDirectory.open(out, output.force)) {
            merged = Shards.merge(shards, workers);
            result = Engine.summarise(merged.file(), merged.request(), merged.aggregates(), 0)
                    .withWallTime((System.nanoTime() - start) / 1_000_000);
            effects = RunResults.effects(result, merged.request(), List.of());
            files = RunResults.write(result, merged.header().scenarioPath(), merged.request(), started, dir,
                    spec.commandLine().getErr(), effects, List.of());
        }
        if (!output.quiet) {
            stdout.printf("Merged %d shard%s of %s.%n", shards.size(), shards.size() == 1 ? "" : "s",
                    merged.header().scenarioPath());
            RunResults.print(result, merged.request(), out, files, stdout, effects);
        }
        stdout.flush();
        return 0;
    }

    private Integer mergeSensitivity(int workers, PrintWriter stdout) throws Exception {
        PrintWriter stderr = spec.commandLine().getErr();
        SensitivityShards.Merged merged;
        List<String> files;
        // Every shard is checked before anything is written; a bad one leaves no output directory.
        try (OutputDirectory dir = OutputDirectory.open(out, output.force)) {
            merged = SensitivityShards.merge(shards, workers, done -> { });
            files = SensitivityCommand.write(merged.result(), merged.header().scenarioPath(), merged.file(),
                    merged.settings(), dir, stderr);
        }
        if (!output.quiet) {
            stdout.printf("Merged %d sensitivity shard%s of %s.%n", shards.size(), shards.size() == 1 ? "" : "s",
                    merged.header().scenarioPath());
            SensitivityCommand.print(merged.result(), merged.file(), merged.settings(), out, files, stdout);
        }
        stdout.flush();
        return 0;
    }
}
