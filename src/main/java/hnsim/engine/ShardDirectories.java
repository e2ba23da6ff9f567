package hnsim.engine;

import hnsim.scenario.ScenarioException;
import hnsim.scenario.ScenarioFile;
import hnsim.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The shard directories given to a merge, read and checked before any value is: each one's
 * header, every shard against the first (same origin and same run), the shards sorted by range
 * and their ranges checked to cover [0, N) exactly once. Run shards ({@link Shards}) and
 * sensitivity shards ({@link SensitivityShards}) are checked alike, so they refuse a bad set of
 * shards with the same words; what differs between them comes in as a {@link Kind}.
 */
final class ShardDirectories {
    private ShardDirectories() {
    }

    /** A shard directory and the header of its shard file. */
    record Entry<H extends CommonShardHeader>(Path dir, H header) {
    }

    /** Reads the header of one shard file. */
    interface HeaderReader<H> {
        H read(Path file) throws IOException;
    }

    /**
     * One kind of shard: its file's name in the directory, how to read its header, what to say
     * of a directory without that file (after "shard DIR: "), and what else besides the origin
     * sets two shards of it apart, in words, or null.
     */
    record Kind<H extends CommonShardHeader>(String fileName, HeaderReader<H> reader, String notOne,
                                             BiFunction<H, H, String> otherRun) {
    }

    /**
     * Reads the headers of the shards in {@code dirs}, checks that they belong to one run and
     * cover [0, N) exactly once, and returns them sorted by range; the first directory given is
     * the one the others are checked against (and named against in messages).
     *
     * @return the shard given first, and all of them sorted by range
     * @throws ShardException naming the shard and the problem
     */
    static <H extends CommonShardHeader> Checked<H> readChecked(List<Path> dirs, Kind<H> kind) throws IOException {
        if (dirs.isEmpty()) {
            throw new ShardException("no shard directories given");
        }
        List<Entry<H>> entries = new ArrayList<>();
        for (Path dir : dirs) {
            entries.add(new Entry<>(dir, header(dir, kind)));
        }
        Entry<H> first = entries.get(0);
        for (Entry<H> e : entries.subList(1, entries.size())) {
            checkSameRun(first, e, kind);
        }
        entries.sort(Comparator.comparingLong((Entry<H> e) -> e.header().from()).thenComparingLong(e -> e.header().to()));
        Shards.checkCover(entries.stream().map(e -> new Shards.Span(e.dir(), e.header().from(), e.header().to())).toList(),
                first.header().trajectories());
        return new Checked<>(first, entries);
    }

    /** The checked shards: the one given first, and all of them sorted by range. */
    record Checked<H extends CommonShardHeader>(Entry<H> first, List<Entry<H>> sorted) {
    }

    private static <H extends CommonShardHeader> H header(Path dir, Kind<H> kind) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new ShardException("shard " + dir + ": not a directory");
        }
        try {
            return kind.reader().read(dir.resolve(kind.fileName()));
        } catch (NoSuchFileException e) {
            throw new ShardException("shard " + dir + ": " + kind.notOne());
        } catch (ShardFile.FormatException e) {
            throw new ShardException("shard " + dir + ": " + e.getMessage());
        }
    }

    private static <H extends CommonShardHeader> void checkSameRun(Entry<H> first, Entry<H> e, Kind<H> kind) {
        H a = first.header();
        H b = e.header();
        String problem = Shards.otherOrigin(a.toolVersion(), a.scenarioPath(), a.scenarioSha256(), a.seed(),
                b.toolVersion(), b.scenarioPath(), b.scenarioSha256(), b.seed());
        if (problem == null) {
            problem = kind.otherRun().apply(a, b);
        }
        if (problem != null) {
            throw new ShardException("shard " + e.dir() + " does not belong with shard " + first.dir() + ": it is " + problem);
        }
    }

    /**
     * The scenario file a shard carries, parsed and checked against the SHA-256 its header
     * records, so that a merge needs nothing but the shards.
     */
    static ScenarioFile scenario(Entry<?> e) {
        ScenarioFile file;
        try {
            file = ScenarioLoader.parse(e.header().scenarioPath(), e.header().scenarioBytes());
        } catch (ScenarioException ex) {
            throw new ShardException("shard " + e.dir() + ": the scenario it carries no longer loads: " + ex.getMessage());
        }
        if (!Objects.equals(file.sha256(), e.header().scenarioSha256())) {
            throw new ShardException("shard " + e.dir() + ": the scenario it carries does not match its SHA-256"
                    + " (corrupted file)");
        }
        return file;
    }
}
