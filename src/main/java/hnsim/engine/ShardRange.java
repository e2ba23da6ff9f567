package hnsim.engine;

/**
 * Shard I of K (0-based I) of a run of N trajectories: trajectories [I*N/K, (I+1)*N/K), so the
 * K shards cover [0, N) exactly once and differ in size by at most one.
 */
public record ShardRange(int index, int count) {
    public ShardRange {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("--shard I/K needs 0 <= I < K, got " + index + "/" + count);
        }
    }

    /** Parses {@code I/K}, e.g. {@code 3/32}. */
    public static ShardRange parse(String text) {
        String[] parts = text.trim().split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("--shard expects I/K (shard I of K, 0-based), e.g. 3/32; got '"
                    + text + "'");
        }
        try {
            return new ShardRange(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--shard expects whole numbers I/K, e.g. 3/32; got '" + text + "'");
        }
    }

    public long from(long trajectories) {
        return index * trajectories / count;
    }

    public long to(long trajectories) {
        return (index + 1L) * trajectories / count;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
