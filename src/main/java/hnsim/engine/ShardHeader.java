package hnsim.engine;

import hnsim.stats.AggregateLayout;
import hnsim.stats.QuantileMethod;

/**
 * What a shard file says about itself before its values: format and tool version, the scenario
 * (path, SHA-256 and the file's bytes, so a merge needs nothing else), seed, the run's N, the
 * range [from, to) simulated, the statistics method, the sampling method's manifest name and the
 * layout of the aggregates (options, metrics, years, thresholds).
 */
public record ShardHeader(int formatVersion, String toolVersion, String scenarioPath, String scenarioSha256,
                          byte[] scenarioBytes, long seed, long trajectories, long from, long to,
                          QuantileMethod method, String sampling, AggregateLayout layout)
        implements CommonShardHeader {
    public ShardHeader {
        scenarioBytes = scenarioBytes.clone();
    }

    @Override
    public byte[] scenarioBytes() {
        return scenarioBytes.clone();
    }

    /** The range as written in messages, e.g. {@code [0, 31250)}. */
    public String range() {
        return "[" + from + ", " + to + ")";
    }
}
