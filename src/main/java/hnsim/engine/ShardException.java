package hnsim.engine;

/** A shard that cannot be merged, with a message naming the shard and the problem (exit code 2). */
public final class ShardException extends IllegalArgumentException {
    public ShardException(String message) {
        super(message);
    }
}
