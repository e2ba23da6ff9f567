package hnsim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hnsim.stats.ExactAggregates;
import hnsim.stats.HandWorkedAggregatesTest;
import hnsim.stats.QuantileMethod;
import hnsim.stats.RunAggregates;
import hnsim.stats.SketchAggregates;
import hnsim.stats.Summariser;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shard file format (docs/shard-format.md) on the five hand-worked trajectories of
 * {@link HandWorkedAggregatesTest}: what is written reads back value for value, and every kind
 * of damage is refused with the message that names it. Byte positions follow the format:
 * magic 0-7, version 8-11, header length 12-15, header from 16, then its CRC (8 bytes), then the
 * body (threshold counts first) and the body's CRC.
 */
class ShardFileTest {
    @TempDir
    Path tmp;

    private static ShardHeader header(QuantileMethod method, long n, long from, long to) {
        return new ShardHeader(ShardFile.FORMAT_VERSION, "1.2.3", "s.yaml", "ab12", "name: x\n"
                .getBytes(StandardCharsets.UTF_8), 42, n, from, to, method, "monte-carlo", HandWorkedAggregatesTest.LAYOUT);
    }

    private Path write(QuantileMethod method, long n, long from, long to) throws IOException {
        Path file = tmp.resolve(method + "-" + from + "-" + to + ".hnsim");
        ShardFile.write(file, header(method, n, from, to), HandWorkedAggregatesTest.collect(method, (int) from, (int) to));
        return file;
    }

    private static int headerLength(Path file) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            f.seek(12);
            return f.readInt();
        }
    }

    private static void putInt(Path file, long position, int value) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(position);
            f.writeInt(value);
        }
    }

    private static void flip(Path file, long position) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(position);
            int b = f.read();
            f.seek(position);
            f.write(b ^ 0x40);
        }
    }

    private static void truncate(Path file, long length) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(length);
        }
    }

    @Test
    void anExactShardReadsBackValueForValue() throws IOException {
        Path file = write(QuantileMethod.EXACT, 9, 0, 5);
        ShardHeader h = ShardFile.readHeader(file);
        assertThat(h.formatVersion()).isEqualTo(1);
        assertThat(h.toolVersion()).isEqualTo("1.2.3");
        assertThat(h.scenarioPath()).isEqualTo("s.yaml");
        assertThat(h.scenarioSha256()).isEqualTo("ab12");
        assertThat(new String(h.scenarioBytes(), StandardCharsets.UTF_8)).isEqualTo("name: x\n");
        assertThat(h.seed()).isEqualTo(42);
        assertThat(h.trajectories()).isEqualTo(9);
        assertThat(h.range()).isEqualTo("[0, 5)");
        assertThat(h.method()).isEqualTo(QuantileMethod.EXACT);
        assertThat(h.sampling()).isEqualTo("monte-carlo");
        assertThat(h.layout()).isEqualTo(HandWorkedAggregatesTest.LAYOUT);
        ExactAggregates back = (ExactAggregates) ShardFile.read(file);
        assertThat(back.from()).isZero();
        assertThat(back.to()).isEqualTo(5);
        assertThat(back.column(0, 1, 1)).containsExactly(11, 15, 26, 22, 19);
        assertThat(back.column(1, 0, 0)).containsExactly(4, 10, -2, 4, 16);
        assertThat(back.breaches().toArray())
                .containsExactly(HandWorkedAggregatesTest.collect(QuantileMethod.EXACT, 0, 5).breaches().toArray());
        // Into a merge's arrays: the shard's values land at offset, offset + 1, ...
        double[][] target = new double[8][7];
        long[] counts = ShardFile.readExactInto(file, target, 2);
        assertThat(target[3]).containsExactly(0, 0, 11, 15, 26, 22, 19);
        assertThat(counts).containsExactly(back.breaches().toArray());
    }

    @Test
    void aLongColumnCrossesTheCopyBuffer() throws IOException {
        // 70,000 values a column: more than one 65,536-value chunk each way.
        int n = 70_000;
        var layout = new hnsim.stats.AggregateLayout(java.util.List.of("base"), java.util.List.of("x"),
                java.util.List.of("y"), new double[0]);
        double[] column = new double[n];
        for (int i = 0; i < n; i++) {
            column[i] = i * 0.5 - 7;
        }
        ExactAggregates aggregates = ExactAggregates.of(layout, 0, n, new double[][] {column}, new long[0]);
        Path file = tmp.resolve("long.hnsim");
        ShardFile.write(file, new ShardHeader(1, "v", "p", "s", new byte[0], 1, n, 0, n, QuantileMethod.EXACT, "mc",
                layout), aggregates);
        assertThat(((ExactAggregates) ShardFile.read(file)).column(0, 0, 0)).containsExactly(column);
    }

    @Test
    void aSketchShardReadsBackToTheSameStatistics() throws IOException, InterruptedException {
        Path file = write(QuantileMethod.SKETCH, 5, 0, 5);
        SketchAggregates original = (SketchAggregates) HandWorkedAggregatesTest.collect(QuantileMethod.SKETCH, 0, 5);
        SketchAggregates back = (SketchAggregates) ShardFile.read(file);
        assertThat(ShardFile.readHeader(file).method()).isEqualTo(QuantileMethod.SKETCH);
        assertThat(back.packedMoments()).containsExactly(original.packedMoments());
        assertThat(Summariser.summarise(back, 1)).isEqualTo(Summariser.summarise(original, 1));
        assertThatThrownBy(() -> ShardFile.readExactInto(file, new double[8][5], 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("only exact shards are read into a target");
    }

    @Test
    void aForeignFileOrAnotherFormatVersionIsRefused() throws IOException {
        Path foreign = tmp.resolve("foreign");
        Files.writeString(foreign, "HNSIMSHX and then some more bytes");
        assertThatThrownBy(() -> ShardFile.readHeader(foreign)).isInstanceOf(ShardFile.FormatException.class)
                .hasMessage("it is not an hnsim shard file (it does not start with HNSIMSHD)");
        Path v2 = write(QuantileMethod.EXACT, 5, 0, 5);
        putInt(v2, 8, 2);
        assertThatThrownBy(() -> ShardFile.read(v2)).hasMessage(
                "it is in shard format version 2; this hnsim reads version 1 (make and merge shards with the same hnsim)");
    }

    @Test
    void anImpossibleHeaderLengthIsRefused() throws IOException {
        for (int length : new int[] {-1, (64 << 20) + 1}) {
            Path file = write(QuantileMethod.EXACT, 5, 0, 5);
            putInt(file, 12, length);
            assertThatThrownBy(() -> ShardFile.readHeader(file))
                    .hasMessage("its header length " + length + " is impossible (corrupted file)");
        }
        // At the limit itself the length is possible, and the file then ends inside the header.
        Path file = write(QuantileMethod.EXACT, 5, 0, 5);
        putInt(file, 12, 64 << 20);
        assertThatThrownBy(() -> ShardFile.readHeader(file))
                .hasMessage("the file is truncated (it ends inside the header)");
    }

    @Test
    void damageInTheHeaderOrTheValuesFailsItsChecksum() throws IOException {
        Path header = write(QuantileMethod.EXACT, 5, 0, 5);
        flip(header, 20);
        assertThatThrownBy(() -> ShardFile.readHeader(header))
                .hasMessage("the checksum of its header does not match (corrupted file)");
        Path body = write(QuantileMethod.EXACT, 5, 0, 5);
        flip(body, Files.size(body) - 8 - 3);
        assertThatThrownBy(() -> ShardFile.read(body))
                .hasMessage("the checksum of the values does not match (corrupted file)");
        // The stored checksum itself damaged: the same refusal.
        Path stored = write(QuantileMethod.SKETCH, 5, 0, 5);
        flip(stored, Files.size(stored) - 1);
        assertThatThrownBy(() -> ShardFile.read(stored))
                .hasMessage("the checksum of the values does not match (corrupted file)");
    }

    @Test
    void aTruncatedOrExtendedFileIsRefused() throws IOException {
        Path inHeader = write(QuantileMethod.EXACT, 5, 0, 5);
        truncate(inHeader, 30);
        assertThatThrownBy(() -> ShardFile.readHeader(inHeader))
                .hasMessage("the file is truncated (it ends inside the header)");
        for (QuantileMethod method : QuantileMethod.values()) {
            Path inValues = write(method, 5, 0, 5);
            truncate(inValues, Files.size(inValues) - 12);
            assertThatThrownBy(() -> ShardFile.read(inValues))
                    .hasMessage("the file is truncated (it ends inside the values)");
            Path longer = write(method, 5, 0, 5);
            Files.write(longer, new byte[] {0}, java.nio.file.StandardOpenOption.APPEND);
            assertThatThrownBy(() -> ShardFile.read(longer))
                    .hasMessage("there are bytes after the end of the values (corrupted file)");
        }
    }

    @Test
    void aBodyThatDoesNotFitTheHeadersLayoutIsRefused() throws IOException {
        Path counts = write(QuantileMethod.EXACT, 5, 0, 5);
        long body = 16 + headerLength(counts) + 8;
        putInt(counts, body, 15);
        assertThatThrownBy(() -> ShardFile.read(counts)).hasMessage(
                "the body holds 15 threshold counts where the header's layout needs 16 (corrupted file)");
        // A sketch's length: after 16 counts (8 bytes each) and 12 cells' moments (3 doubles each).
        for (int length : new int[] {-1, (64 << 20) + 1}) {
            Path sketch = write(QuantileMethod.SKETCH, 5, 0, 5);
            putInt(sketch, 16 + headerLength(sketch) + 8 + 4 + 16 * 8 + 36 * 8, length);
            assertThatThrownBy(() -> ShardFile.read(sketch))
                    .hasMessage("a sketch of " + length + " bytes (corrupted file)");
        }
        Path garbled = write(QuantileMethod.SKETCH, 5, 0, 5);
        long firstSketch = 16 + headerLength(garbled) + 8 + 4 + 16 * 8 + 36 * 8 + 4;
        try (RandomAccessFile f = new RandomAccessFile(garbled.toFile(), "rw")) {
            f.seek(firstSketch);
            f.write(new byte[] {(byte) 0xEE, (byte) 0xEE, (byte) 0xEE});
        }
        assertThatThrownBy(() -> ShardFile.read(garbled)).hasMessage("sketch 0 cannot be decoded (corrupted file)");
        // Moments whose count is not the range's: the aggregates refuse them, as a corrupted file.
        Path moments = write(QuantileMethod.SKETCH, 5, 0, 5);
        try (RandomAccessFile f = new RandomAccessFile(moments.toFile(), "rw")) {
            f.seek(16 + headerLength(moments) + 8 + 4 + 16 * 8);
            f.writeDouble(4);
        }
        assertThatThrownBy(() -> ShardFile.read(moments))
                .hasMessage("cell 0 counts 4 values, not 5 (corrupted file)");
    }

    @Test
    void aHeaderWithAnImpossibleRangeIsRefused() throws IOException {
        long[][] ranges = {{5, 3, 3}, {5, -1, 3}, {5, 2, 6}, {0, 0, 0}};
        for (long[] r : ranges) {
            Path file = tmp.resolve("range" + r[0] + "_" + r[1] + "_" + r[2]);
            ShardFile.write(file, header(QuantileMethod.EXACT, r[0], r[1], r[2]),
                    HandWorkedAggregatesTest.collect(QuantileMethod.EXACT, 0, 5));
            assertThatThrownBy(() -> ShardFile.readHeader(file)).hasMessage("its header cannot be read: range ["
                    + r[1] + ", " + r[2] + ") of " + r[0] + " (corrupted file)");
        }
        // A valid range at the edges: [4, 5) of 5.
        Path edge = tmp.resolve("edge");
        ShardFile.write(edge, header(QuantileMethod.EXACT, 5, 4, 5), HandWorkedAggregatesTest.collect(QuantileMethod.EXACT, 4, 5));
        assertThat(((ExactAggregates) ShardFile.read(edge)).column(0, 1, 1)).containsExactly(19);
    }

    @Test
    void aRunOfOneTrajectoryAndARangeFarIntoALongRunAreValidHeaders() throws IOException {
        Path one = tmp.resolve("one");
        ShardFile.write(one, header(QuantileMethod.EXACT, 1, 0, 1), HandWorkedAggregatesTest.collect(QuantileMethod.EXACT, 0, 1));
        assertThat(((ExactAggregates) ShardFile.read(one)).column(0, 1, 1)).containsExactly(11);
        // Five trajectories from the two-billionth of three billion: from + to exceeds an int, to - from does not.
        var layout = HandWorkedAggregatesTest.LAYOUT;
        ExactAggregates five = (ExactAggregates) HandWorkedAggregatesTest.collect(QuantileMethod.EXACT, 0, 5);
        double[][] values = new double[layout.metricCells()][];
        for (int c = 0; c < values.length; c++) {
            values[c] = five.columnOfCell(c);
        }
        long from = 2_000_000_000L;
        ExactAggregates far = ExactAggregates.of(layout, from, from + 5, values, five.breaches().toArray());
        Path file = tmp.resolve("far");
        ShardFile.write(file, header(QuantileMethod.EXACT, 3_000_000_000L, from, from + 5), far);
        assertThat(ShardFile.readHeader(file).range()).isEqualTo("[2000000000, 2000000005)");
        assertThat(((ExactAggregates) ShardFile.read(file)).column(0, 1, 1)).containsExactly(11, 15, 26, 22, 19);
    }

    @Test
    void headersKeepTheirOwnCopyOfTheScenario() {
        byte[] bytes = {1, 2, 3};
        ShardHeader h = new ShardHeader(1, "v", "p", "s", bytes, 1, 10, 3, 7, QuantileMethod.EXACT, "mc",
                HandWorkedAggregatesTest.LAYOUT);
        bytes[0] = 9;
        h.scenarioBytes()[1] = 9;
        assertThat(h.scenarioBytes()).containsExactly(1, 2, 3);
        assertThat(h.range()).isEqualTo("[3, 7)");
    }

    @Test
    void shardRangesCoverTheRunOnceAndDifferByAtMostOne() {
        long covered = 0;
        for (int i = 0; i < 3; i++) {
            ShardRange r = ShardRange.parse(" " + i + " / 3 ");
            assertThat(r.from(10)).isEqualTo(covered);
            covered = r.to(10);
        }
        assertThat(covered).isEqualTo(10);
        // 10 = 3 + 3 + 4: [0, 3), [3, 6), [6, 10).
        assertThat(new ShardRange(1, 3).from(10)).isEqualTo(3);
        assertThat(new ShardRange(1, 3).to(10)).isEqualTo(6);
        assertThat(new ShardRange(2, 3).to(10)).isEqualTo(10);
        // Large N: no int overflow in I * N.
        assertThat(new ShardRange(31, 32).from(3_000_000_000L)).isEqualTo(2_906_250_000L);
        assertThat(new ShardRange(2, 32).toString()).isEqualTo("2/32");
        assertThat(new ShardRange(0, 1).to(7)).isEqualTo(7);
        assertThatThrownBy(() -> new ShardRange(3, 3)).hasMessage("--shard I/K needs 0 <= I < K, got 3/3");
        assertThatThrownBy(() -> new ShardRange(-1, 3)).hasMessage("--shard I/K needs 0 <= I < K, got -1/3");
        assertThatThrownBy(() -> new ShardRange(0, 0)).hasMessage("--shard I/K needs 0 <= I < K, got 0/0");
        assertThatThrownBy(() -> ShardRange.parse("3")).hasMessage(
                "--shard expects I/K (shard I of K, 0-based), e.g. 3/32; got '3'");
        assertThatThrownBy(() -> ShardRange.parse("1/2/3")).hasMessageContaining("got '1/2/3'");
        assertThatThrownBy(() -> ShardRange.parse("a/3")).hasMessage(
                "--shard expects whole numbers I/K, e.g. 3/32; got 'a/3'");
    }

    @Test
    void requestsChangeOneThingAtATime() {
        RunRequest r = new RunRequest(7, 100, 2, false, hnsim.kernel.Sampling.LATIN_HYPERCUBE,
                java.util.List.of(45e6), QuantileMethod.SKETCH);
        RunRequest more = r.withTrajectories(400);
        assertThat(more).isEqualTo(new RunRequest(7, 400, 2, false, hnsim.kernel.Sampling.LATIN_HYPERCUBE,
                java.util.List.of(45e6), QuantileMethod.SKETCH));
        assertThat(r.withMethod(QuantileMethod.EXACT).methodOrNull()).isEqualTo(QuantileMethod.EXACT);
        assertThat(r.settings()).isEqualTo(new hnsim.kernel.RunSettings(7, 100, 2, false,
                hnsim.kernel.Sampling.LATIN_HYPERCUBE));
        RunRequest of = RunRequest.of(new hnsim.kernel.RunSettings(3, 1, 1, true), java.util.List.of(1e6));
        assertThat(of).isEqualTo(new RunRequest(3, 1, 1, true, hnsim.kernel.Sampling.MONTE_CARLO,
                java.util.List.of(1e6), null));
        assertThat(RunRequest.of(3, 50, 1)).isEqualTo(new RunRequest(3, 50, 1, false, hnsim.kernel.Sampling.MONTE_CARLO,
                java.util.List.of(), null));
        assertThatThrownBy(() -> new RunRequest(3, 50, 1, false, null, java.util.List.of(), null))
                .isInstanceOf(NullPointerException.class).hasMessage("sampling");
    }
}
