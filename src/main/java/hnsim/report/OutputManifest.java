package hnsim.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The list of files hnsim wrote into an output folder, with their SHA-256: {@value #FILE}.
 * It is what lets {@code --force} tell an earlier hnsim output (safe to replace) from a folder
 * holding anything else (never touched). The format is {@code sha256sum}'s, after a header
 * line naming the format version, so {@code sha256sum -c files.sha256} checks a folder too.
 *
 * @param sha256ByName hex SHA-256 by file name relative to the folder, {@code /} separated
 */
public record OutputManifest(SortedMap<String, String> sha256ByName) {
    public static final String FILE = "files.sha256";
    static final int FORMAT = 1;
    static final String HEADER = "# hnsim output files, format " + FORMAT;
    /** A name hnsim could have written: plain segments, no "..", no hidden or absolute paths. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*(/[A-Za-z0-9_][A-Za-z0-9._-]*)*");
    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64}) [ *](.+)");

    public OutputManifest {
        sha256ByName = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(sha256ByName));
    }

    /** Hashes every regular file under {@code dir} (the finished staging folder) and writes the manifest there. */
    public static OutputManifest write(Path dir) throws IOException {
        return write(dir, 1);
    }

    /**
     * As {@link #write(Path)}, hashing the files on up to {@code threads} threads: the hashes are
     * the last thing a run computes, on code not yet compiled, while the run's other threads are done.
     */
    public static OutputManifest write(Path dir, int threads) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && !name(dir, p).equals(FILE)) {
                    files.add(p);
                }
            }
        }
        SortedMap<String, String> hashes = new TreeMap<>();
        try (FileWrites hashing = FileWrites.start(Math.min(threads, files.size()))) {
            List<Future<String>> digests = new ArrayList<>();
            for (Path p : files) {
                digests.add(hashing.submit(() -> sha256(p)));
            }
            for (int i = 0; i < files.size(); i++) {
                hashes.put(name(dir, files.get(i)), hashing.result(digests.get(i)));
            }
        }
        StringBuilder text = new StringBuilder(HEADER).append('\n')
                .append("# The files hnsim wrote here, with their SHA-256 (check them: sha256sum -c ").append(FILE)
                .append(").\n# hnsim run --force replaces this folder only while it holds these files, unchanged,")
                .append(" and nothing else.\n");
        hashes.forEach((name, hash) -> text.append(hash).append("  ").append(name).append('\n'));
        Files.writeString(dir.resolve(FILE), text, StandardCharsets.UTF_8);
        return new OutputManifest(hashes);
    }

    /**
     * Reads the manifest of {@code dir}: empty when there is none, or when it is not one hnsim
     * wrote (another format, a name that could reach outside the folder, a malformed line).
     */
    public static Optional<OutputManifest> read(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            if (Files.size(file) > 1 << 20) {
                return Optional.empty();
            }
            String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\n", -1);
            if (!lines[0].equals(HEADER)) {
                return Optional.empty();
            }
            SortedMap<String, String> hashes = new TreeMap<>();
            for (String line : lines) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                Matcher m = LINE.matcher(line);
                if (!m.matches() || !NAME.matcher(m.group(2)).matches() || m.group(2).equals(FILE)) {
                    return Optional.empty();
                }
                hashes.put(m.group(2), m.group(1));
            }
            return Optional.of(new OutputManifest(hashes));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code name} (relative, {@code /} separated) is a folder holding listed files. */
    boolean isFolder(String name) {
        String prefix = name + "/";
        SortedMap<String, String> tail = sha256ByName.tailMap(prefix);
        return !tail.isEmpty() && tail.firstKey().startsWith(prefix);
    }

    /** Whether the file {@code name} of {@code dir} is listed and has its listed content. */
    boolean unchanged(Path dir, String name) throws IOException {
        String listed = sha256ByName.get(name);
        return listed != null && listed.equals(sha256(dir.resolve(name)));
    }

    Map<String, String> entries() {
        return sha256ByName;
    }

    static String name(Path dir, Path file) {
        return dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
