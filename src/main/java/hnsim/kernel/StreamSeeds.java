package hnsim.kernel;

import java.nio.charset.StandardCharsets;

/**
 * Derives the seed of one random stream from (run seed, trajectory index, input name), so
 * that trajectory i of input "placement/independent/growth" draws the same numbers whatever
 * the thread count, the block it runs in, or which other inputs the scenario has.
 *
 * <p>The mixing function is SplitMix64's finaliser (Steele, Lea and Flood 2014), the one
 * commons-rng uses to expand seeds; successive outputs fill the four words of a xoshiro256++
 * state.
 */
public final class StreamSeeds {
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private StreamSeeds() {
    }

    /** A 64-bit key for an input name: FNV-1a over its UTF-8 bytes, then mixed. */
    public static long key(String inputName) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : inputName.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return mix(hash);
    }

    /** The starting point of the SplitMix64 sequence for one (seed, trajectory, input). */
    public static long origin(long seed, long trajectory, long inputKey) {
        return mix(mix(seed ^ inputKey) + trajectory * GOLDEN_GAMMA);
    }

    /** The i-th output of the SplitMix64 sequence starting at {@code origin}. */
    static long word(long origin, int i) {
        return mix(origin + (i + 1) * GOLDEN_GAMMA);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
