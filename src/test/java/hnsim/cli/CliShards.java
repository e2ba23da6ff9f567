package hnsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * Shard directories made through the command line, in one temporary folder, for the tests of
 * {@code hnsim merge}: run shards and sensitivity shards are made and named the same way (s0, s1,
 * s2 for a three-way split), so the tests differ only in the command that writes a shard.
 */
final class CliShards {
    private final Path root;
    private final BiFunction<Path, String, List<String>> command;

    /**
     * @param root    the folder the shard directories go in
     * @param command the arguments that write a shard of the given seed to the given directory,
     *                before any options a test adds (such as --shard I/K)
     */
    CliShards(Path root, BiFunction<Path, String, List<String>> command) {
        this.root = root;
        this.command = command;
    }

    /** Runs the command into {@code root/name} with {@code extra} options; it must succeed. */
    Path make(String name, String seed, String... extra) {
        Path dir = root.resolve(name);
        String[] args = Stream.concat(command.apply(dir, seed).stream(), Stream.of(extra)).toArray(String[]::new);
        Cli r = Cli.run(args);
        assertThat(r.code()).as(r.all()).isZero();
        return dir;
    }

    /** Makes shards s0, s1 and s2 of a three-way split. */
    void makeThreeWaySplit(String seed) {
        for (int i = 0; i < 3; i++) {
            make("s" + i, seed, "--shard", i + "/3");
        }
    }

    /** The directory of shard {@code i} of the three-way split, as given on the command line. */
    String splitShard(int i) {
        return root.resolve("s" + i).toString();
    }
}
