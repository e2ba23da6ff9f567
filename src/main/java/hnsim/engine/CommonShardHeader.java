package hnsim.engine;

/**
 * What run and sensitivity shard headers both say: where the shard came from (tool version,
 * scenario, seed) and which range [from, to) of the N trajectories or design rows it holds. It
 * lets one merge front ({@link ShardDirectories}) read and check either kind of shard.
 */
interface CommonShardHeader {
    String toolVersion();

    String scenarioPath();

    String scenarioSha256();

    byte[] scenarioBytes();

    long seed();

    long trajectories();

    long from();

    long to();
}
