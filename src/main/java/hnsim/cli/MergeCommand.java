package hnsim.cli;

import hnsim.engine.Engine;
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

/** {@code hnsim merge DIR...}: check shards of one run, merge them and write every output of the run. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Merge the shards written by 'hnsim run --shard I/K' into the outputs of the whole run.")
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
}
