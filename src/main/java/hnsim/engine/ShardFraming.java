package hnsim.engine;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The framing both shard files share before their body (docs/shard-format.md): magic, format
 * version, header length, header, CRC-32C of the header; big-endian. Each kind of shard has its
 * own magic and name, so neither is ever read as the other and a refusal says which kind it
 * expected; what the header holds is the kind's own business ({@link HeaderDecoder}).
 */
final class ShardFraming {
    private final String magicText;
    private final byte[] magic;
    private final String kind;
    private final int formatVersion;

    /**
     * @param magicText the 8 ASCII characters the file starts with
     * @param kind      what a file of this framing is called in messages, e.g. "shard"
     * @param formatVersion the one format version this hnsim writes and reads
     */
    ShardFraming(String magicText, String kind, int formatVersion) {
        this.magicText = magicText;
        this.magic = magicText.getBytes(StandardCharsets.US_ASCII);
        this.kind = kind;
        this.formatVersion = formatVersion;
    }

    /** Turns a header's bytes, checked against their CRC, into the header. */
    interface HeaderDecoder<H> {
        H decode(int version, byte[] head) throws IOException;
    }

    /** The bytes a file of this kind starts with. */
    byte[] magic() {
        return magic.clone();
    }

    /** Writes the magic, {@code version}, and the encoded header with its length and CRC-32C. */
    void writeHead(DataOutputStream out, int version, byte[] head) throws IOException {
        out.write(magic);
        out.writeInt(version);
        out.writeInt(head.length);
        out.write(head);
        out.writeLong(ShardFile.crc(head));
    }

    /**
     * Reads and checks the magic, the format version, the header's length and CRC-32C, then
     * decodes the header; leaves {@code in} at the start of the body.
     *
     * @throws ShardFile.FormatException saying what is wrong with the file
     * @throws EOFException when the file ends inside the header
     */
    <H> H readHead(DataInputStream in, HeaderDecoder<H> decoder) throws IOException {
        if (!Arrays.equals(in.readNBytes(magic.length), magic)) {
            throw new ShardFile.FormatException("it is not an hnsim " + kind + " file (it does not start with "
                    + magicText + ")");
        }
        int version = in.readInt();
        if (version != formatVersion) {
            throw new ShardFile.FormatException("it is in " + kind + " format version " + version
                    + "; this hnsim reads version " + formatVersion + " (make and merge shards with the same hnsim)");
        }
        int length = in.readInt();
        if (length < 0 || length > ShardFile.MAX_HEADER) {
            throw new ShardFile.FormatException("its header length " + length + " is impossible (corrupted file)");
        }
        byte[] head = in.readNBytes(length);
        if (head.length != length) {
            throw new EOFException();
        }
        if (in.readLong() != ShardFile.crc(head)) {
            throw new ShardFile.FormatException("the checksum of its header does not match (corrupted file)");
        }
        try {
            return decoder.decode(version, head);
        } catch (IOException | IllegalArgumentException e) {
            throw new ShardFile.FormatException("its header cannot be read: " + e.getMessage() + " (corrupted file)");
        }
    }
}
