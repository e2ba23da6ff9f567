package hnsim.engine;

import hnsim.engine.ShardDirectories.Entry;
import hnsim.model.InputCatalogue;
import hnsim.model.UncertainInput;
import hnsim.scenario.ScenarioFile;
import hnsim.sensitivity.CorrelatedTreatment;
import hnsim.sensitivity.DesignRows;
import hnsim.sensitivity.InputGroups;
import hnsim.sensitivity.Method;
import hnsim.sensitivity.SensitivityStudy;
import hnsim.sensitivity.StudyResult;
import hnsim.sensitivity.StudySettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * A sensitivity study split into shards: shard I of K replays design rows [I*N/K, (I+1)*N/K) of
 * every design matrix ({@link #writeShard}); {@link #merge} checks that the shards belong to one
 * study and cover [0, N) exactly once, joins their rows and runs the analysis. The rows depend on
 * (seed, row) only, so the merged study's numbers are those of the study run on one machine, to
 * the last digit. The replays (N x (k + 2) trajectories) are what shards share out; the analysis
 * (rank regression, tornadoes, the bootstrap of the Sobol intervals) runs once, at the merge.
 */
public final class SensitivityShards {
    private SensitivityShards() {
    }

    /** Sensitivity shards, as a merge reads and checks their directories. */
    private static final ShardDirectories.Kind<SensitivityShardHeader> KIND = new ShardDirectories.Kind<>(
            SensitivityShardFile.FILE_NAME, SensitivityShardFile::readHeader,
            "not a sensitivity shard directory (it has no " + SensitivityShardFile.FILE_NAME
                    + "; make one with hnsim sensitivity --shard I/K --out DIR)", SensitivityShards::otherStudy);

    /** A merged study: what the shards ran, the scenario file they carry, the settings and the result. */
    public record Merged(SensitivityShardHeader header, ScenarioFile file, StudySettings settings, StudyResult result) {
    }

    /**
     * Replays shard {@code shard}'s rows of the study and writes them to
     * {@code dir}/{@value SensitivityShardFile#FILE_NAME}.
     *
     * @param scenarioBytes the scenario file's bytes, carried in the shard so that a merge needs nothing else
     */
    public static SensitivityShardHeader writeShard(ScenarioFile file, byte[] scenarioBytes, StudySettings settings,
                                                    ShardRange shard, String toolVersion, Path dir,
                                                    LongConsumer progress) throws IOException, InterruptedException {
        long n = settings.trajectories();
        long from = shard.from(n);
        long to = shard.to(n);
        if (to <= from) {
            throw new IllegalArgumentException("shard " + shard + " of " + n
                    + " design rows would be empty: use fewer shards than rows");
        }
        InputCatalogue catalogue = InputCatalogue.of(file.base());
        DesignRows rows = SensitivityStudy.replay(catalogue, settings, from, to, progress);
        SensitivityShardHeader header = new SensitivityShardHeader(SensitivityShardFile.FORMAT_VERSION, toolVersion,
                file.path(), file.sha256(), scenarioBytes, settings.seed(), n, from, to, methodKeys(settings),
                settings.groups(), settings.correlated().name().toLowerCase(Locale.ROOT), settings.resamples(),
                SensitivityStudy.matrices(catalogue, settings), years(catalogue), inputs(catalogue));
        SensitivityShardFile.write(dir.resolve(SensitivityShardFile.FILE_NAME), header, rows);
        return header;
    }

    /** Whether {@code dir} holds a sensitivity shard (rather than a run's shard, or nothing). */
    public static boolean isShard(Path dir) {
        return SensitivityShardFile.looksLikeOne(dir.resolve(SensitivityShardFile.FILE_NAME));
    }

    /**
     * Checks that the shard directories hold shards of one study (same format and tool version,
     * scenario, seed, N, methods, groups, treatment of correlated inputs, resamples and shape)
     * covering [0, N) exactly once, then joins their rows and analyses them.
     *
     * @throws ShardException naming the shard and the problem, before anything is analysed
     */
    public static Merged merge(List<Path> dirs, int threads, LongConsumer progress)
            throws IOException, InterruptedException {
        long started = System.nanoTime();
        ShardDirectories.Checked<SensitivityShardHeader> checked = ShardDirectories.readChecked(dirs, KIND);
        Entry<SensitivityShardHeader> first = checked.first();
        SensitivityShardHeader h = first.header();
        ScenarioFile file = ShardDirectories.scenario(first);
        StudySettings settings;
        try {
            settings = new StudySettings(h.seed(), Math.toIntExact(h.trajectories()), threads,
                    Method.parse(h.methods()), h.groups(), CorrelatedTreatment.parse(h.correlated()), h.resamples());
        } catch (IllegalArgumentException ex) {
            throw new ShardException("shard " + first.dir() + ": its study cannot be read: " + ex.getMessage());
        }
        InputCatalogue catalogue = InputCatalogue.of(file.base());
        if (!SensitivityStudy.matrices(catalogue, settings).equals(h.matrices()) || !years(catalogue).equals(h.years())
                || !inputs(catalogue).equals(h.inputs())) {
            throw new ShardException("shard " + first.dir() + ": its design (" + h.matrices().size() + " matrices, "
                    + h.inputs().size() + " inputs) is not the one this hnsim gives its scenario (made by another"
                    + " version?)");
        }
        List<DesignRows> parts = new ArrayList<>();
        long done = 0;
        for (Entry<SensitivityShardHeader> e : checked.sorted()) {
            try {
                parts.add(SensitivityShardFile.read(e.dir().resolve(SensitivityShardFile.FILE_NAME)));
            } catch (ShardFile.FormatException ex) {
                throw new ShardException("shard " + e.dir() + ": " + ex.getMessage());
            }
            done += e.header().to() - e.header().from();
            progress.accept(done);
        }
        StudyResult result = SensitivityStudy.analyse(catalogue, settings, DesignRows.join(parts), started);
        return new Merged(h, file, settings, result);
    }

    /** What else sets the two shards apart, in words, or null. */
    private static String otherStudy(SensitivityShardHeader a, SensitivityShardHeader b) {
        if (a.trajectories() != b.trajectories()) {
            return "a study of " + b.trajectories() + " rows, not " + a.trajectories();
        }
        if (!a.methods().equals(b.methods())) {
            return "--method " + String.join(",", b.methods()) + ", not " + String.join(",", a.methods());
        }
        if (!a.groups().equals(b.groups())) {
            return "grouped " + (b.groups().isEmpty() ? "by no --group" : "by --group " + String.join(" ", b.groups()))
                    + ", not " + (a.groups().isEmpty() ? "by no --group" : "by --group " + String.join(" ", a.groups()));
        }
        if (!a.correlated().equals(b.correlated())) {
            return "--correlated " + b.correlated() + ", not " + a.correlated();
        }
        if (a.resamples() != b.resamples()) {
            return "--resamples " + b.resamples() + ", not " + a.resamples();
        }
        if (!a.matrices().equals(b.matrices()) || !a.years().equals(b.years()) || !a.inputs().equals(b.inputs())) {
            return "a design of other matrices, years or inputs";
        }
        return null;
    }

    /** The methods in their fixed order, so two shards of one study write the same list. */
    private static List<String> methodKeys(StudySettings settings) {
        return java.util.Arrays.stream(Method.values()).filter(settings.methods()::contains).map(Method::key).toList();
    }

    private static List<String> years(InputCatalogue catalogue) {
        List<String> years = new ArrayList<>();
        for (int t = 0; t < catalogue.scenario().years(); t++) {
            years.add(catalogue.scenario().year(t).toString());
        }
        return years;
    }

    private static List<String> inputs(InputCatalogue catalogue) {
        return InputGroups.varying(catalogue).stream().map(UncertainInput::path).toList();
    }
}
