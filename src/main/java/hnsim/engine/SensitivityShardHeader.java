package hnsim.engine;

import java.util.List;

/**
 * What a sensitivity shard says about itself before its values: format and tool version, the
 * scenario (path, SHA-256 and bytes, so a merge needs nothing else), the study (seed, N, methods,
 * groups, treatment of correlated inputs, bootstrap resamples), the rows [from, to) it replayed
 * and the shape of its values (design matrices, years, the inputs whose features A keeps).
 */
public record SensitivityShardHeader(int formatVersion, String toolVersion, String scenarioPath, String scenarioSha256,
                                     byte[] scenarioBytes, long seed, long trajectories, long from, long to,
                                     List<String> methods, List<String> groups, String correlated, int resamples,
                                     List<String> matrices, List<String> years, List<String> inputs)
        implements CommonShardHeader {
    public SensitivityShardHeader {
        scenarioBytes = scenarioBytes.clone();
        methods = List.copyOf(methods);
        groups = List.copyOf(groups);
        matrices = List.copyOf(matrices);
        years = List.copyOf(years);
        inputs = List.copyOf(inputs);
    }

    @Override
    public byte[] scenarioBytes() {
        return scenarioBytes.clone();
    }

    /** The range as written in messages, e.g. {@code [0, 2500)}. */
    public String range() {
        return "[" + from + ", " + to + ")";
    }
}
