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
        long origin = StreamSeeds.origin(seed, trajectory, inputKey);
        state0 = StreamSeeds.word(origin, 0);
        state1 = StreamSeeds.word(origin, 1);
        state2 = StreamSeeds.word(origin, 2);
        state3 = StreamSeeds.word(origin, 3);
        // The all-zero state is the one xoshiro cannot leave; astronomically unlikely, but cheap to rule out.
        if ((state0 | state1 | state2 | state3) == 0) {
            state0 = GOLDEN;
        }
        resetCachedState();
    }

    private static final long GOLDEN = 0x9e3779b97f4a7c15L;
}
