package hnsim.kernel;

import java.nio.charset.StandardCharsets;

/**
 * Derives the seed of one random stream from (run seed, trajectory index, input name), so
 * that trajectory i of input "placement/independent/growth" draws the same numbers whatever
 * the thread count, the block it runs in, or which other inputs the scenario has.
 *
 * <p>Each input has one SplitMix64 sequence (Steele, Lea and Flood 2014: the generator
 * commons-rng uses to expand seeds) starting at {@code base(seed, input)}; trajectory i takes
 * its outputs 4i+1 to 4i+4 as the four words of a xoshiro256++ state. Trajectories thus get
 * distinct, well-mixed states for four multiplications each, and two inputs' sequences could
 * only meet if their bases differed by a multiple of the gamma below a few times N, a chance
 * of about N / 2^62.
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

    /** The start of one input's SplitMix64 sequence in a run. */
    public static long base(long seed, long inputKey) {
        return mix(seed ^ inputKey);
    }

    /** Word {@code k} (0 to 3) of trajectory {@code trajectory}'s state: SplitMix64 output 4i+k+1. */
    static long word(long base, long trajectory, int k) {
        return mix(base + (4 * trajectory + k + 1) * GOLDEN_GAMMA);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
