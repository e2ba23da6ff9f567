package hnsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hnsim.engine.SensitivityShardFile;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hnsim sensitivity --shard I/K} and {@code hnsim merge} of its shards: the merge writes the
 * files of the study run on one machine, byte for byte (sobol.csv, and the rank regression,
 * tornadoes and tail drivers read from the same rows), and shards of another study are refused
 * with exit 2, a message naming the shard and what differs, and no output directory.
 */
class SensitivityShardsTest {
    private static final String SCENARIO = "scenarios/leicestershire-2021-mtfs.yaml";
    private static final String N = "300";
    private static final String[] STUDY = {"--resamples", "60", "--threads", "2", "--quiet"};

    @TempDir
    static Path tmp;

    /** Sensitivity shards of the 2021 scenario: N rows, the study's own options. */
    private static CliShards shards() {
        return new CliShards(tmp, (dir, seed) -> Stream.of(new String[] {"sensitivity", SCENARIO, "-n", N, "--seed",
                seed, "--out", dir.toString()}, STUDY).flatMap(Stream::of).toList());
    }

    private static Path shard(String name, String... extra) {
        return shardWithSeed(name, "11", extra);
    }

    private static Path shardWithSeed(String name, String seed, String... extra) {
        return shards().make(name, seed, extra);
    }

    @BeforeAll
    static void makeShards() {
        shards().makeThreeWaySplit("11");
    }

    private static String s(int i) {
        return shards().splitShard(i);
    }

    @Test
    void mergedShardsGiveTheFilesOfTheUnshardedStudy() throws IOException {
        Path single = shard("single");
        assertThat(tmp.resolve("s0").resolve(SensitivityShardFile.FILE_NAME)).isNotEmptyFile();
        Path merged = tmp.resolve("merged");
        Cli r = Cli.run("merge", s(2), s(0), s(1), "--out", merged.toString(), "--threads", "1");
        assertThat(r.code()).as(r.all()).isZero();
        assertThat(r.out()).contains("Merged 3 sensitivity shards", "Sobol indices with 95% bootstrap intervals");
        for (String file : new String[] {"sobol.csv", "sensitivity.csv", "tornado.csv", "tail-drivers.csv"}) {
            assertThat(Files.readAllBytes(merged.resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(single.resolve(file)));
        }
        assertThat(Files.readAllLines(merged.resolve("sobol.csv"))).hasSize(1 + 4 * 42);
        assertThat(Files.readString(merged.resolve("sensitivity.json"))).contains("\"model_evaluations\" : 13200");
    }

    /** A shard of no design rows (more shards than rows) is refused before anything is replayed or written. */
    @Test
    void aShardOfNoRowsIsRefusedAndNothingIsWritten() {
        Path out = tmp.resolve("empty");
        Cli r = Cli.run("sensitivity", SCENARIO, "-n", "200", "--shard", "0/300", "--out", out.toString(), "--quiet");
        assertThat(r.code()).as(r.all()).isEqualTo(2);
        assertThat(r.err()).contains("shard 0/300 of 200 design rows would be empty: use fewer shards than rows");
        assertThat(out).doesNotExist();
    }

    @Test
    void shardsOfAnotherStudyAreRefusedAndNothingIsWritten() throws IOException {
        Path seed = shardWithSeed("seed", "12", "--shard", "1/3");
        assertRefused("shard " + seed + " does not belong with shard " + s(0) + ": it is seed 12, not 11", s(0),
                seed.toString(), s(2));
        Path scores = shard("scores", "--shard", "1/3", "--correlated", "scores");
        assertRefused("it is --correlated scores, not group", s(0), scores.toString(), s(2));
        Path method = shard("method", "--shard", "1/3", "--method", "src,sobol");
        assertRefused("it is --method srrc,sobol, not srrc,tornado,sobol", s(0), method.toString(), s(2));
        Path grouped = shard("grouped", "--shard", "1/3", "--group", "demand=placements.*.growth");
        assertRefused("it is grouped by --group demand=placements.*.growth, not by no --group", s(0),
                grouped.toString(), s(2));
        assertRefused("trajectories [100, 200) of 300 are in no shard", s(0), s(2));
        assertRefused("overlaps shard", s(0), s(1), s(1), s(2));

        Path corrupted = tmp.resolve("corrupted");
        Files.createDirectories(corrupted);
        Path file = corrupted.resolve(SensitivityShardFile.FILE_NAME);
        Files.copy(tmp.resolve("s1").resolve(SensitivityShardFile.FILE_NAME), file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(raf.length() - 100);
            int b = raf.read();
            raf.seek(raf.length() - 100);
            raf.write(b ^ 0x5A);
        }
        assertRefused("shard " + corrupted + ": the checksum of the values does not match", s(0), corrupted.toString(),
                s(2));
        // A run's shard is not a sensitivity shard.
        Path run = tmp.resolve("run-shard");
        Cli r = Cli.run("run", SCENARIO, "-n", N, "--shard", "1/3", "--out", run.toString(), "--quiet");
        assertThat(r.code()).as(r.all()).isZero();
        assertRefused("shard " + run + ": not a sensitivity shard directory", s(0), run.toString(), s(2));
    }

    private static void assertRefused(String expected, String... dirs) {
        Path out = tmp.resolve("refused-" + System.nanoTime());
        String[] args = Stream.concat(Stream.concat(Stream.of("merge"), Stream.of(dirs)), Stream.of("--out", out.toString()))
                .toArray(String[]::new);
        Cli r = Cli.run(args);
        assertThat(r.code()).as(r.all()).isEqualTo(2);
        assertThat(r.err()).contains(expected).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
    }
}
