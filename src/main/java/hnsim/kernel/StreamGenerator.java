package hnsim.kernel;

import org.apache.commons.rng.core.source64.XoShiRo256PlusPlus;

/**
 * commons-rng's xoshiro256++ with a cheap reseed, so one generator (and the samplers bound to
 * it) serves one input for every trajectory a worker runs: reseeding writes four words
 * instead of building a generator and its samplers per trajectory.
 */
final class StreamGenerator extends XoShiRo256PlusPlus {
    private final long inputKey;

    StreamGenerator(String inputName) {
        super(1L, 2L, 3L, 4L);
        this.inputKey = StreamSeeds.key(inputName);
    }

    /** Positions the generator at the start of trajectory {@code trajectory}'s stream. */
    void reseed(long seed, long trajectory) {
        long base = base(seed);
        state0 = StreamSeeds.word(base, trajectory, 0);
        state1 = StreamSeeds.word(base, trajectory, 1);
        state2 = StreamSeeds.word(base, trajectory, 2);
        state3 = StreamSeeds.word(base, trajectory, 3);
        // The all-zero state is the one xoshiro cannot leave; astronomically unlikely, but cheap to rule out.
        if ((state0 | state1 | state2 | state3) == 0) {
            state0 = GOLDEN;
        }
        resetCachedState();
    }

    /**
     * The single uniform in [0, 1) of an event drawn once per trajectory: the top 53 bits of
     * the first word of the trajectory's state, one multiplication pair instead of a reseed.
     * It leaves the generator where it was.
     */
    double uniform(long seed, long trajectory) {
        return (StreamSeeds.word(base(seed), trajectory, 0) >>> 11) * 0x1.0p-53;
    }

    /** The input's sequence start for a seed, kept because a run uses one seed throughout. */
    private long base(long seed) {
        if (!hasBase || seed != baseSeed) {
            cachedBase = StreamSeeds.base(seed, inputKey);
            baseSeed = seed;
            hasBase = true;
        }
        return cachedBase;
    }

    private boolean hasBase;
    private long baseSeed;
    private long cachedBase;

    private static final long GOLDEN = 0x9e3779b97f4a7c15L;
}
