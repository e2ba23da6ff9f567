package hnsim.engine;

import hnsim.sensitivity.DesignRows;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * The sensitivity shard file ({@value #FILE_NAME}): the design rows [from, to) of a sensitivity
 * study, in the framing of the run shard file ({@link ShardFile}: magic, format version, header
 * with its CRC-32C, body with its CRC-32C, end of file; big-endian) with its own magic so neither
 * kind is ever read as the other. Documented in docs/shard-format.md.
 */
public final class SensitivityShardFile {
    public static final String FILE_NAME = "sensitivity-shard.hnsim";
    public static final int FORMAT_VERSION = 1;
    private static final ShardFraming FRAMING = new ShardFraming("HNSIMSEN", "sensitivity shard", FORMAT_VERSION);

    private SensitivityShardFile() {
    }

    public static void write(Path file, SensitivityShardHeader header, DesignRows rows) throws IOException {
        if (rows.from() != header.from() || rows.to() != header.to() || rows.matrices() != header.matrices().size()
                || rows.years() != header.years().size() || rows.features().length != header.inputs().size()) {
            throw new IllegalArgumentException("the rows do not have the header's shape");
        }
        try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            DataOutputStream out = new DataOutputStream(raw);
            FRAMING.writeHead(out, header.formatVersion(), encodeHeader(header));
            CRC32C crc = new CRC32C();
            DataOutputStream body = new DataOutputStream(new CheckedOutputStream(raw, crc));
            for (double[][] matrix : rows.cumulative()) {
                for (double[] year : matrix) {
                    ShardFile.writeDoubles(body, year);
                }
            }
            for (double[] feature : rows.features()) {
                ShardFile.writeDoubles(body, feature);
            }
            body.flush();
            out.writeLong(crc.getValue());
        }
    }

    /** Whether {@code file} starts as a sensitivity shard does (false when it is missing or shorter). */
    public static boolean looksLikeOne(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = FRAMING.magic();
            return Arrays.equals(in.readNBytes(magic.length), magic);
        } catch (IOException e) {
            return false;
        }
    }

    /** Reads and checks the header only. */
    public static SensitivityShardHeader readHeader(Path file) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            return readHeader(new DataInputStream(raw));
        } catch (EOFException e) {
            throw new ShardFile.FormatException("the file is truncated (it ends inside the header)");
        }
    }

    /** Reads the whole file, checking both checksums. */
    public static DesignRows read(Path file) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            DataInputStream in = new DataInputStream(raw);
            SensitivityShardHeader h = readHeader(in);
            CRC32C crc = new CRC32C();
            DataInputStream body = new DataInputStream(new CheckedInputStream(raw, crc));
            int n = Math.toIntExact(h.to() - h.from());
            double[][][] cumulative = new double[h.matrices().size()][h.years().size()][n];
            for (double[][] matrix : cumulative) {
                for (double[] year : matrix) {
                    ShardFile.readDoubles(body, year, 0, n);
                }
            }
            double[][] features = new double[h.inputs().size()][n];
            for (double[] feature : features) {
                ShardFile.readDoubles(body, feature, 0, n);
            }
            long computed = crc.getValue();
            if (in.readLong() != computed) {
                throw new ShardFile.FormatException("the checksum of the values does not match (corrupted file)");
            }
            if (in.read() != -1) {
                throw new ShardFile.FormatException("there are bytes after the end of the values (corrupted file)");
            }
            return new DesignRows(h.from(), h.to(), cumulative, features);
        } catch (EOFException e) {
            throw new ShardFile.FormatException("the file is truncated (it ends inside the values)");
        }
    }

    private static SensitivityShardHeader readHeader(DataInputStream in) throws IOException {
        return FRAMING.readHead(in, SensitivityShardFile::decodeHeader);
    }

    private static byte[] encodeHeader(SensitivityShardHeader h) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        ShardFile.writeOrigin(out, new ShardFile.Origin(h.toolVersion(), h.scenarioPath(), h.scenarioSha256(),
                h.scenarioBytes(), h.seed(), h.trajectories(), h.from(), h.to()));
        ShardFile.writeNames(out, h.methods());
        ShardFile.writeNames(out, h.groups());
        out.writeUTF(h.correlated());
        out.writeInt(h.resamples());
        ShardFile.writeNames(out, h.matrices());
        ShardFile.writeNames(out, h.years());
        ShardFile.writeNames(out, h.inputs());
        out.flush();
        return bytes.toByteArray();
    }

    private static SensitivityShardHeader decodeHeader(int version, byte[] head) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(head));
        ShardFile.Origin o = ShardFile.readOrigin(in, head.length);
        if (o.trajectories() > Integer.MAX_VALUE) {
            throw new IOException("range [" + o.from() + ", " + o.to() + ") of " + o.trajectories());
        }
        List<String> methods = ShardFile.readNames(in);
        List<String> groups = ShardFile.readNames(in);
        String correlated = in.readUTF();
        int resamples = in.readInt();
        List<String> matrices = ShardFile.readNames(in);
        List<String> years = ShardFile.readNames(in);
        List<String> inputs = ShardFile.readNames(in);
        if (in.read() != -1) {
            throw new IOException("bytes after its end");
        }
        return new SensitivityShardHeader(version, o.tool(), o.path(), o.sha256(), o.scenario(), o.seed(),
                o.trajectories(), o.from(), o.to(), methods, groups,
                correlated, resamples, matrices, years, inputs);
    }
}
