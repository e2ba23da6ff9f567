package hnsim.cli;

import picocli.CommandLine.Option;

/**
 * {@code --debug}: stack traces of failures. {@link Failures} reads whether it was given from the
 * parse result, so every command declares it the same way, through this mixin.
 */
final class DebugOption {
    @Option(names = "--debug", description = "show stack traces of failures")
    boolean debug;
}
