package hnsim.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options every command that writes an output folder shares, declared once so that they
 * read and behave the same in run, merge, sweep, solve, sensitivity and backtest.
 */
final class OutputOptions {
    @Option(names = "--force", description = "replace an earlier hnsim output in --out, if it holds nothing else, unchanged")
    boolean force;

    @Option(names = {"-q", "--quiet"}, description = "no progress bar and no tables (sweep and solve still print the answer)")
    boolean quiet;

    @Mixin
    DebugOption debug = new DebugOption();
}
