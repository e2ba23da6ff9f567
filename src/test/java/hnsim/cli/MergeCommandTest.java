package hnsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hnsim.cli.RunCommandTest.Outcome;
import hnsim.engine.ShardFile;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hnsim run --shard I/K} and {@code hnsim merge}: the merge of K shards writes the outputs
 * of the single run (percentiles.csv byte for byte), and every malformed set of shards is refused
 * with exit 2, a message naming the shard and the problem, and no output directory.
 */
class MergeCommandTest {
    private static final String N = "3000";
    private static final String SEED = "17";

    @TempDir
    static Path tmp;

    /** Run shards of the fixture: N trajectories on two threads, quietly. */
    private static CliShards shards() {
        return new CliShards(tmp, (dir, seed) -> List.of("run", RunCommandTest.SCENARIO, "-n", N, "--seed", seed,
                "--threads", "2", "--out", dir.toString(), "--quiet"));
    }

    private static Path shard(String name, String... extra) {
        return shardWithSeed(name, SEED, extra);
    }

    private static Path shardWithSeed(String name, String seed, String... extra) {
        return shards().make(name, seed, extra);
    }

    @BeforeAll
    static void makeShards() {
        shards().makeThreeWaySplit(SEED);
    }

    private static String s(int i) {
        return shards().splitShard(i);
    }

    @Test
    void mergedShardsWriteTheOutputsOfTheSingleRun() throws IOException {
        Path single = tmp.resolve("single");
        Outcome plain = RunCommandTest.hnsim("run", RunCommandTest.SCENARIO, "-n", N, "--seed", SEED, "--threads", "2",
                "--out", single.toString(), "--quiet");
        assertThat(plain.code()).as(plain.err()).isZero();
        Path merged = tmp.resolve("merged");
        Outcome r = RunCommandTest.hnsim("merge", s(2), s(0), s(1), "--out", merged.toString(), "--threads", "2");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Merged 3 shards").contains("cumulative deficit median");
        assertThat(Files.readAllBytes(merged.resolve("percentiles.csv")))
                .isEqualTo(Files.readAllBytes(single.resolve("percentiles.csv")));
        assertThat(withoutTiming(merged.resolve("summary.json"))).isEqualTo(withoutTiming(single.resolve("summary.json")));
        assertThat(Files.readAllBytes(merged.resolve("sensitivity.csv")))
                .isEqualTo(Files.readAllBytes(single.resolve("sensitivity.csv")));
        assertThat(merged.resolve("report.html")).exists();
    }

    private static List<String> withoutTiming(Path summary) throws IOException {
        return Files.readAllLines(summary).stream()
                .filter(l -> !l.contains("\"startedAt\"") && !l.contains("\"wallTimeMillis\"")).toList();
    }

    private void assertRefused(String expected, String... dirs) {
        Path out = tmp.resolve("refused-" + System.nanoTime());
        String[] args = Stream.concat(Stream.concat(Stream.of("merge"), Stream.of(dirs)), Stream.of("--out", out.toString()))
                .toArray(String[]::new);
        Outcome r = RunCommandTest.hnsim(args);
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.err()).contains(expected).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertThat(siblings.filter(p -> p.getFileName().toString().contains(".partial-"))).isEmpty();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void refusesAMissingShard() {
        assertRefused("trajectories [1000, 2000) of 3000 are in no shard", s(0), s(2));
        assertRefused("trajectories [2000, 3000) of 3000 are in no shard", s(0), s(1));
    }

    @Test
    void refusesOverlappingShards() {
        assertRefused("overlaps shard", s(0), s(1), s(1), s(2));
        Path half = shard("half", "--shard", "0/2");
        assertRefused("shard " + half + " [0, 1500) overlaps shard " + s(0) + " [0, 1000)", s(0), half.toString(), s(1),
                s(2));
    }

    @Test
    void refusesShardsOfAnotherSeedOrScenarioOrSize() {
        Path seed = shardWithSeed("seed", "18", "--shard", "1/3");
        assertRefused("shard " + seed + " does not belong with shard " + s(0) + ": it is seed 18, not 17", s(0), seed.toString(), s(2));
        Path other = tmp.resolve("other");
        Outcome r = RunCommandTest.hnsim("run", "scenarios/leicestershire-2022-outlook.yaml", "-n", N, "--seed", SEED,
                "--shard", "1/3", "--out", other.toString(), "--quiet");
        assertThat(r.code()).as(r.err()).isZero();
        assertRefused("shard " + other + " does not belong with shard " + s(0) + ": it is another scenario", s(0),
                other.toString(), s(2));
        Path sketch = shard("sketch", "--shard", "1/3", "--sketch");
        assertRefused("it is statistics method sketch, not exact", s(0), sketch.toString(), s(2));
    }

    @Test
    void refusesTruncatedCorruptedAndForeignFiles() throws IOException {
        Path truncated = copyOf(1, "truncated");
        Path file = truncated.resolve(ShardFile.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 100));
        assertRefused("shard " + truncated + ": the file is truncated", s(0), truncated.toString(), s(2));
        Files.write(file, java.util.Arrays.copyOf(bytes, 30));
        assertRefused("shard " + truncated + ": the file is truncated (it ends inside the header)", s(0),
                truncated.toString(), s(2));

        Path corrupted = copyOf(1, "corrupted");
        flipByte(corrupted.resolve(ShardFile.FILE_NAME), bytes.length - 5_000);
        assertRefused("shard " + corrupted + ": the checksum of the values does not match (corrupted file)", s(0),
                corrupted.toString(), s(2));
        Path badHeader = copyOf(1, "bad-header");
        flipByte(badHeader.resolve(ShardFile.FILE_NAME), 40);
        assertRefused("shard " + badHeader + ": the checksum of its header does not match", s(0), badHeader.toString(),
                s(2));

        Path version = copyOf(1, "version");
        try (RandomAccessFile raf = new RandomAccessFile(version.resolve(ShardFile.FILE_NAME).toFile(), "rw")) {
            raf.seek(8);
            raf.writeInt(99);
        }
        assertRefused("shard " + version + ": it is in shard format version 99; this hnsim reads version 1", s(0),
                version.toString(), s(2));

        Path foreign = tmp.resolve("foreign");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve(ShardFile.FILE_NAME), "option,metric,year\n");
        assertRefused("shard " + foreign + ": it is not an hnsim shard file", s(0), foreign.toString(), s(2));
    }

    @Test
    void refusesADirectoryThatIsNotAShard() throws IOException {
        Path outputs = tmp.resolve("outputs");
        Outcome r = RunCommandTest.hnsim("run", RunCommandTest.SCENARIO, "-n", "200", "--out", outputs.toString(), "--quiet");
        assertThat(r.code()).isZero();
        assertRefused("shard " + outputs + ": not a shard directory", s(0), outputs.toString(), s(2));
        assertRefused("shard " + tmp.resolve("absent") + ": not a directory", s(0), tmp.resolve("absent").toString());
    }

    @Test
    void refusesBadShardArguments() {
        Outcome r = RunCommandTest.hnsim("run", RunCommandTest.SCENARIO, "-n", N, "--shard", "3/3", "--out",
                tmp.resolve("x").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--shard I/K needs 0 <= I < K, got 3/3");
        r = RunCommandTest.hnsim("run", RunCommandTest.SCENARIO, "-n", N, "--shard", "half", "--out",
                tmp.resolve("x").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--shard expects I/K");
    }

    private static Path copyOf(int shard, String name) throws IOException {
        Path dir = tmp.resolve(name);
        Files.createDirectories(dir);
        Files.copy(tmp.resolve("s" + shard).resolve(ShardFile.FILE_NAME), dir.resolve(ShardFile.FILE_NAME));
        return dir;
    }

    private static void flipByte(Path file, long position) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(position);
            int b = raf.read();
            raf.seek(position);
            raf.write(b ^ 0x5A);
        }
    }
}
