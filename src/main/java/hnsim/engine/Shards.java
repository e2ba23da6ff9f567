package hnsim.engine;

import hnsim.engine.ShardDirectories.Entry;
import hnsim.kernel.Sampling;
import hnsim.scenario.ScenarioFile;
import hnsim.stats.AggregateLayout;
import hnsim.stats.ExactAggregates;
import hnsim.stats.QuantileMethod;
import hnsim.stats.RunAggregates;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Shards: one range of a run simulated and written as a shard file ({@link #writeShard}), and
 * shard directories checked and merged into the aggregates of the whole run ({@link #merge}).
 */
public final class Shards {
    private Shards() {
    }

    /** Run shards, as a merge reads and checks their directories. */
    private static final ShardDirectories.Kind<ShardHeader> KIND = new ShardDirectories.Kind<>(ShardFile.FILE_NAME,
            ShardFile::readHeader, "not a shard directory (it has no " + ShardFile.FILE_NAME
            + "; make one with hnsim run --shard I/K --out DIR)", Shards::otherRun);

    /** A merged run: what the shards ran, the scenario file they carry and the aggregates of [0, N). */
    public record Merged(ShardHeader header, ScenarioFile file, RunRequest request, RunAggregates aggregates) {
    }

    /**
     * Simulates shard {@code shard} of the request's run and writes its aggregates to
     * {@code dir}/{@value ShardFile#FILE_NAME}.
     *
     * @param scenarioBytes the bytes of the scenario file, carried in the shard so that a merge needs nothing else
     * @return the header written
     */
    public static ShardHeader writeShard(ScenarioFile file, byte[] scenarioBytes, RunRequest request, ShardRange shard,
                                         String toolVersion, Path dir, LongConsumer progress)
            throws IOException, InterruptedException {
        long from = shard.from(request.trajectories());
        long to = shard.to(request.trajectories());
        if (to <= from) {
            throw new IllegalArgumentException("shard " + shard + " of " + request.trajectories()
                    + " trajectories would be empty: use fewer shards than trajectories");
        }
        QuantileMethod method = Engine.method(file, request);
        RunAggregates aggregates = Engine.simulate(file, request, method, from, to, progress);
        ShardHeader header = new ShardHeader(ShardFile.FORMAT_VERSION, toolVersion, file.path(), file.sha256(),
                scenarioBytes, request.seed(), request.trajectories(), from, to, method,
                request.sampling().manifestName(), aggregates.layout());
        ShardFile.write(dir.resolve(ShardFile.FILE_NAME), header, aggregates);
        return header;
    }

    /**
     * Checks that the shard directories hold shards of one run (same format and tool version,
     * scenario, seed, N, method, sampling and layout) that cover [0, N) exactly once, then merges
     * them in trajectory order, reading one shard at a time.
     *
     * @throws ShardException naming the shard and the problem
     */
    public static Merged merge(List<Path> dirs, int threads) throws IOException {
        ShardDirectories.Checked<ShardHeader> checked = ShardDirectories.readChecked(dirs, KIND);
        List<Entry<ShardHeader>> entries = checked.sorted();
        Entry<ShardHeader> first = checked.first();
        ShardHeader h = first.header();
        ScenarioFile file = ShardDirectories.scenario(first);
        Sampling sampling = samplingOf(first);
        AggregateLayout layout = h.layout();
        List<Double> thresholds = new ArrayList<>();
        for (double t : layout.thresholds()) {
            thresholds.add(t);
        }
        RunRequest request = new RunRequest(h.seed(), Math.toIntExact(h.trajectories()), threads, false, sampling,
                thresholds, h.method());
        if (!Engine.layout(file, thresholds).equals(layout)) {
            throw new ShardException("shard " + first.dir() + ": its layout " + layout
                    + " is not the one this hnsim gives its scenario (made by another version?)");
        }
        RunAggregates merged = h.method() == QuantileMethod.EXACT ? mergeExact(entries, layout, h.trajectories())
                : mergeSketches(entries);
        return new Merged(h, file, request, merged);
    }

    /**
     * What makes two shards of different origins, in words, or null: another hnsim version,
     * another scenario (by its SHA-256) or another seed. Run and sensitivity shards alike.
     */
    static String otherOrigin(String toolA, String pathA, String shaA, long seedA,
                              String toolB, String pathB, String shaB, long seedB) {
        if (!toolA.equals(toolB)) {
            return "made by hnsim " + toolB + ", not " + toolA;
        }
        if (!shaA.equals(shaB)) {
            return "another scenario (" + pathB + ", SHA-256 " + abbreviate(shaB) + ", not " + pathA + ", "
                    + abbreviate(shaA) + ")";
        }
        return seedA == seedB ? null : "seed " + seedB + ", not " + seedA;
    }

    /** What else sets the two shards apart, in words, or null. */
    private static String otherRun(ShardHeader a, ShardHeader b) {
        if (a.trajectories() != b.trajectories()) {
            return "a run of " + b.trajectories() + " trajectories, not " + a.trajectories();
        }
        if (a.method() != b.method()) {
            return "statistics method " + name(b.method()) + ", not " + name(a.method());
        }
        if (!a.sampling().equals(b.sampling())) {
            return "sampling " + b.sampling() + ", not " + a.sampling();
        }
        if (!a.layout().equals(b.layout())) {
            return "other options, metrics, years or thresholds (" + b.layout() + ")";
        }
        return null;
    }

    /** One shard's range of trajectories (or design rows), for the coverage check. */
    record Span(Path dir, long from, long to) {
        String range() {
            return "[" + from + ", " + to + ")";
        }
    }

    /**
     * Checks that spans sorted by their start cover [0, n) exactly once.
     *
     * @throws ShardException naming the overlap or the gap and the shards beside it
     */
    static void checkCover(List<Span> sorted, long n) {
        long expected = 0;
        Span previous = null;
        for (Span e : sorted) {
            long from = e.from();
            if (from < expected) {
                throw new ShardException("shard " + e.dir() + " " + e.range() + " overlaps shard " + previous.dir()
                        + " " + previous.range() + ": each trajectory must be in exactly one shard");
            }
            if (from > expected) {
                throw new ShardException("trajectories [" + expected + ", " + from + ") of " + n + " are in no shard"
                        + (previous == null ? "" : " (between shard " + previous.dir() + " and shard " + e.dir() + ")")
                        + ": a shard is missing");
            }
            expected = e.to();
            previous = e;
        }
        if (expected != n) {
            throw new ShardException("trajectories [" + expected + ", " + n + ") of " + n + " are in no shard (after shard "
                    + previous.dir() + "): a shard is missing");
        }
    }

    private static Sampling samplingOf(Entry<ShardHeader> e) {
        for (Sampling s : Sampling.values()) {
            if (s.manifestName().equals(e.header().sampling())) {
                return s;
            }
        }
        throw new ShardException("shard " + e.dir() + ": unknown sampling method " + e.header().sampling());
    }

    private static RunAggregates mergeExact(List<Entry<ShardHeader>> entries, AggregateLayout layout, long trajectories)
            throws IOException {
        int n = Math.toIntExact(trajectories);
        double[][] values = new double[layout.metricCells()][n];
        long[] counts = null;
        for (Entry<ShardHeader> e : entries) {
            long[] part;
            try {
                part = ShardFile.readExactInto(e.dir().resolve(ShardFile.FILE_NAME), values, (int) e.header().from());
            } catch (ShardFile.FormatException ex) {
                throw new ShardException("shard " + e.dir() + ": " + ex.getMessage());
            }
            if (counts == null) {
                counts = part;
            } else {
                for (int i = 0; i < counts.length; i++) {
                    counts[i] += part[i];
                }
            }
        }
        return ExactAggregates.of(layout, 0, n, values, counts);
    }

    private static RunAggregates mergeSketches(List<Entry<ShardHeader>> entries) throws IOException {
        RunAggregates merged = null;
        for (Entry<ShardHeader> e : entries) {
            RunAggregates part;
            try {
                part = ShardFile.read(e.dir().resolve(ShardFile.FILE_NAME));
            } catch (ShardFile.FormatException ex) {
                throw new ShardException("shard " + e.dir() + ": " + ex.getMessage());
            }
            merged = merged == null ? part : merged.merge(part);
        }
        return merged;
    }

    private static String name(QuantileMethod method) {
        return method.name().toLowerCase(java.util.Locale.ROOT);
    }

    static String abbreviate(String sha) {
        return sha.length() > 12 ? sha.substring(0, 12) + "…" : sha;
    }
}
