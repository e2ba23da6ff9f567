package hnsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shards run as separate {@code java} processes, as a cluster's array job runs them (each with
 * its own JVM, thread count and start time), merge into exactly the single run.
 */
class ShardProcessesTest {
    private static final int SHARDS = 3;

    @TempDir
    Path tmp;

    private Process hnsim(Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    @Test
    void shardsInSeparateProcessesMergeIntoTheSingleRun() throws Exception {
        List<Process> running = new ArrayList<>();
        for (int i = 0; i < SHARDS; i++) {
            // Different thread counts per process: the numbers must not care.
            running.add(hnsim(tmp.resolve("shard" + i + ".log"), "run", RunCommandTest.SCENARIO, "-n", "5000",
                    "--seed", "99", "--shard", i + "/" + SHARDS, "--threads", Integer.toString(1 + i % 2),
                    "--out", tmp.resolve("shard" + i).toString()));
        }
        for (int i = 0; i < SHARDS; i++) {
            assertThat(running.get(i).waitFor(300, TimeUnit.SECONDS)).isTrue();
            assertThat(running.get(i).exitValue()).as(Files.readString(tmp.resolve("shard" + i + ".log"))).isZero();
        }
        Process merge = hnsim(tmp.resolve("merge.log"), "merge", tmp.resolve("shard2").toString(),
                tmp.resolve("shard0").toString(), tmp.resolve("shard1").toString(), "--out", tmp.resolve("merged").toString(),
                "--quiet");
        assertThat(merge.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(merge.exitValue()).as(Files.readString(tmp.resolve("merge.log"))).isZero();

        RunCommandTest.Outcome single = RunCommandTest.hnsim("run", RunCommandTest.SCENARIO, "-n", "5000", "--seed", "99",
                "--out", tmp.resolve("single").toString(), "--quiet");
        assertThat(single.code()).as(single.err()).isZero();
        assertThat(Files.readAllBytes(tmp.resolve("merged/percentiles.csv")))
                .isEqualTo(Files.readAllBytes(tmp.resolve("single/percentiles.csv")));
        assertThat(Files.readString(tmp.resolve("shard1.log"))).contains("Shard 1/3: trajectories [1666, 3333) of 5,000");
    }
}
