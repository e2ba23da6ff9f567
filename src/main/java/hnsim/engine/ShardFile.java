package hnsim.engine;

import com.datadoghq.sketch.ddsketch.DDSketch;
import com.datadoghq.sketch.ddsketch.encoding.ByteArrayInput;
import com.datadoghq.sketch.ddsketch.encoding.GrowingByteArrayOutput;
import com.datadoghq.sketch.ddsketch.store.UnboundedSizeDenseStore;
import hnsim.stats.AggregateLayout;
import hnsim.stats.ExactAggregates;
import hnsim.stats.QuantileMethod;
import hnsim.stats.RunAggregates;
import hnsim.stats.SketchAggregates;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * The shard file ({@value #FILE_NAME}): the aggregates of one trajectory range, in the binary
 * format documented in docs/shard-format.md. Big-endian:
 *
 * <pre>
 * magic "HNSIMSHD" (8 bytes) | format version (int32)
 * header length (int32) | header | CRC-32C of the header (int64)
 * body | CRC-32C of the body (int64) | end of file
 * </pre>
 *
 * The header is read and checked on its own, so a merge refuses mismatched shards before it
 * reads any values; the body is checked as it streams in.
 */
public final class ShardFile {
    public static final String FILE_NAME = "shard.hnsim";
    public static final int FORMAT_VERSION = 1;
    private static final ShardFraming FRAMING = new ShardFraming("HNSIMSHD", "shard", FORMAT_VERSION);
    /** Values copied through one buffer at a time. */
    private static final int CHUNK = 1 << 16;
    /** Sanity limits that stop a corrupted length from asking for gigabytes. */
    static final int MAX_HEADER = 64 << 20;
    static final int MAX_NAMES = 1 << 20;

    private ShardFile() {
    }

    /** A shard file that cannot be read: the message says what is wrong with it. */
    public static final class FormatException extends IOException {
        FormatException(String message) {
            super(message);
        }
    }

    public static void write(Path file, ShardHeader header, RunAggregates aggregates) throws IOException {
        try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            DataOutputStream out = new DataOutputStream(raw);
            FRAMING.writeHead(out, header.formatVersion(), encodeHeader(header));
            CRC32C crc = new CRC32C();
            DataOutputStream body = new DataOutputStream(new CheckedOutputStream(raw, crc));
            long[] counts = aggregates.breaches().toArray();
            body.writeInt(counts.length);
            for (long c : counts) {
                body.writeLong(c);
            }
            if (aggregates instanceof ExactAggregates exact) {
                for (int c = 0; c < exact.columns(); c++) {
                    writeDoubles(body, exact.columnOfCell(c));
                }
            } else {
                SketchAggregates sketch = (SketchAggregates) aggregates;
                writeDoubles(body, sketch.packedMoments());
                GrowingByteArrayOutput buffer = GrowingByteArrayOutput.withDefaultInitialCapacity();
                for (int c = 0; c < sketch.cells(); c++) {
                    buffer.clear();
                    sketch.sketch(c).encode(buffer, false);
                    body.writeInt(buffer.numWrittenBytes());
                    body.write(buffer.backingArray(), 0, buffer.numWrittenBytes());
                }
            }
            body.flush();
            out.writeLong(crc.getValue());
        }
    }

    /** Reads and checks the header only. */
    public static ShardHeader readHeader(Path file) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            return readHeader(new DataInputStream(raw));
        } catch (EOFException e) {
            throw new FormatException("the file is truncated (it ends inside the header)");
        }
    }

    /** Reads the whole file into aggregates of their own, checking both checksums. */
    public static RunAggregates read(Path file) throws IOException {
        return read(file, null, 0).aggregates();
    }

    /**
     * Reads an exact shard's values straight into {@code target} (one array a metric cell, the
     * shard's values going to positions offset, offset + 1, ...), so a merge holds each value
     * once; returns the threshold counts.
     */
    public static long[] readExactInto(Path file, double[][] target, int offset) throws IOException {
        return read(file, target, offset).counts();
    }

    private record Body(RunAggregates aggregates, long[] counts) {
    }

    private static Body read(Path file, double[][] target, int offset) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            DataInputStream in = new DataInputStream(raw);
            ShardHeader header = readHeader(in);
            AggregateLayout layout = header.layout();
            CRC32C crc = new CRC32C();
            DataInputStream body = new DataInputStream(new CheckedInputStream(raw, crc));
            int countLength = body.readInt();
            long[] counts = new long[2 * layout.options().size() * layout.thresholds().length * layout.years().size()];
            if (countLength != counts.length) {
                throw new FormatException("the body holds " + countLength + " threshold counts where the header's layout"
                        + " needs " + counts.length + " (corrupted file)");
            }
            for (int i = 0; i < counts.length; i++) {
                counts[i] = body.readLong();
            }
            int n = Math.toIntExact(header.to() - header.from());
            RunAggregates aggregates;
            int metricCells = layout.metricCells();
            if (target != null && header.method() != QuantileMethod.EXACT) {
                throw new IllegalArgumentException("only exact shards are read into a target");
            }
            if (header.method() == QuantileMethod.EXACT) {
                double[][] values = new double[metricCells][];
                for (int c = 0; c < metricCells; c++) {
                    if (target != null) {
                        readDoubles(body, target[c], offset, n);
                        values[c] = new double[0];
                    } else {
                        values[c] = new double[n];
                        readDoubles(body, values[c], 0, n);
                    }
                }
                aggregates = target != null ? null : ExactAggregates.of(layout, header.from(), header.to(), values, counts);
            } else {
                int cells = layout.cells();
                double[] moments = new double[3 * cells];
                readDoubles(body, moments, 0, moments.length);
                DDSketch[] sketches = new DDSketch[cells];
                for (int c = 0; c < cells; c++) {
                    int length = body.readInt();
                    if (length < 0 || length > MAX_HEADER) {
                        throw new FormatException("a sketch of " + length + " bytes (corrupted file)");
                    }
                    byte[] bytes = body.readNBytes(length);
                    if (bytes.length != length) {
                        throw new EOFException();
                    }
                    try {
                        sketches[c] = DDSketch.decode(ByteArrayInput.wrap(bytes), UnboundedSizeDenseStore::new);
                    } catch (IOException | RuntimeException e) {
                        throw new FormatException("sketch " + c + " cannot be decoded (corrupted file)");
                    }
                }
                try {
                    aggregates = SketchAggregates.of(layout, header.from(), header.to(), sketches, moments, counts);
                } catch (IllegalArgumentException e) {
                    throw new FormatException(e.getMessage() + " (corrupted file)");
                }
            }
            long computed = crc.getValue();
            long stored = in.readLong();
            if (stored != computed) {
                throw new FormatException("the checksum of the values does not match (corrupted file)");
            }
            if (in.read() != -1) {
                throw new FormatException("there are bytes after the end of the values (corrupted file)");
            }
            return new Body(aggregates, counts);
        } catch (EOFException e) {
            throw new FormatException("the file is truncated (it ends inside the values)");
        }
    }

    private static ShardHeader readHeader(DataInputStream in) throws IOException {
        return FRAMING.readHead(in, ShardFile::decodeHeader);
    }

    private static byte[] encodeHeader(ShardHeader h) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        writeOrigin(out, new Origin(h.toolVersion(), h.scenarioPath(), h.scenarioSha256(), h.scenarioBytes(), h.seed(),
                h.trajectories(), h.from(), h.to()));
        out.writeUTF(h.method().name().toLowerCase(java.util.Locale.ROOT));
        out.writeUTF(h.sampling());
        AggregateLayout layout = h.layout();
        writeNames(out, layout.options());
        writeNames(out, layout.metrics());
        writeNames(out, layout.years());
        double[] thresholds = layout.thresholds();
        out.writeInt(thresholds.length);
        for (double t : thresholds) {
            out.writeDouble(t);
        }
        out.flush();
        return bytes.toByteArray();
    }

    private static ShardHeader decodeHeader(int version, byte[] head) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(head));
        Origin o = readOrigin(in, head.length);
        if (o.to() - o.from() > Integer.MAX_VALUE) {
            throw new IOException("range [" + o.from() + ", " + o.to() + ") of " + o.trajectories());
        }
        QuantileMethod method = QuantileMethod.valueOf(in.readUTF().toUpperCase(java.util.Locale.ROOT));
        String sampling = in.readUTF();
        List<String> options = readNames(in);
        List<String> metrics = readNames(in);
        List<String> years = readNames(in);
        int thresholdCount = in.readInt();
        if (thresholdCount < 0 || thresholdCount > MAX_NAMES) {
            throw new IOException(thresholdCount + " thresholds");
        }
        double[] thresholds = new double[thresholdCount];
        for (int k = 0; k < thresholdCount; k++) {
            thresholds[k] = in.readDouble();
        }
        if (in.read() != -1) {
            throw new IOException("bytes after its end");
        }
        return new ShardHeader(version, o.tool(), o.path(), o.sha256(), o.scenario(), o.seed(), o.trajectories(),
                o.from(), o.to(), method, sampling,
                new AggregateLayout(options, metrics, years, thresholds));
    }

    /**
     * What every shard header starts with, run shard or sensitivity shard alike: the tool version,
     * the scenario (path, SHA-256 and its bytes), the seed, N and the shard's range of it.
     */
    record Origin(String tool, String path, String sha256, byte[] scenario, long seed, long trajectories, long from,
                  long to) {
    }

    static void writeOrigin(DataOutputStream out, Origin o) throws IOException {
        out.writeUTF(o.tool());
        out.writeUTF(o.path());
        out.writeUTF(o.sha256());
        out.writeInt(o.scenario().length);
        out.write(o.scenario());
        out.writeLong(o.seed());
        out.writeLong(o.trajectories());
        out.writeLong(o.from());
        out.writeLong(o.to());
    }

    /** Reads an {@link Origin} from a header of {@code headLength} bytes; a range outside [0, N) is refused. */
    static Origin readOrigin(DataInputStream in, int headLength) throws IOException {
        String tool = in.readUTF();
        String path = in.readUTF();
        String sha = in.readUTF();
        int scenarioLength = in.readInt();
        if (scenarioLength < 0 || scenarioLength > headLength) {
            throw new IOException("scenario length " + scenarioLength);
        }
        byte[] scenario = in.readNBytes(scenarioLength);
        long seed = in.readLong();
        long n = in.readLong();
        long from = in.readLong();
        long to = in.readLong();
        if (n < 1 || from < 0 || to <= from || to > n) {
            throw new IOException("range [" + from + ", " + to + ") of " + n);
        }
        return new Origin(tool, path, sha, scenario, seed, n, from, to);
    }

    static void writeNames(DataOutputStream out, List<String> names) throws IOException {
        out.writeInt(names.size());
        for (String s : names) {
            out.writeUTF(s);
        }
    }

    static List<String> readNames(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > MAX_NAMES) {
            throw new IOException(count + " names");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(in.readUTF());
        }
        return out;
    }

    static void writeDoubles(DataOutputStream out, double[] values) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(8 * CHUNK);
        for (int start = 0; start < values.length; start += CHUNK) {
            int length = Math.min(CHUNK, values.length - start);
            buffer.clear();
            buffer.asDoubleBuffer().put(values, start, length);
            out.write(buffer.array(), 0, 8 * length);
        }
    }

    static void readDoubles(DataInputStream in, double[] target, int offset, int count) throws IOException {
        byte[] bytes = new byte[8 * Math.min(CHUNK, Math.max(count, 1))];
        for (int start = 0; start < count; start += CHUNK) {
            int length = Math.min(CHUNK, count - start);
            in.readFully(bytes, 0, 8 * length);
            ByteBuffer.wrap(bytes, 0, 8 * length).asDoubleBuffer().get(target, offset + start, length);
        }
    }

    static long crc(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return crc.getValue();
    }
}
