package hnsim.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.SplitMix64;
import org.apache.commons.rng.core.source64.XoShiRo256PlusPlus;
import org.junit.jupiter.api.Test;

/**
 * The stream seeds against what they claim to be, computed by code that is not theirs:
 * published FNV-1a test vectors, commons-rng's own SplitMix64 for the mixer and the sequence,
 * and commons-rng's xoshiro256++ for the reseeded generator.
 */
class StreamSeedsTest {
    private static final long GAMMA = 0x9e3779b97f4a7c15L;

    /** SplitMix64's output for a state: commons-rng's generator seeded one gamma before it. */
    private static long splitMix(long state) {
        return new SplitMix64(state - GAMMA).nextLong();
    }

    @Test
    void theMixerIsSplitMix64sFinaliser() {
        // SplitMix64 from state 0: its first output is the published 0xe220a8397b1dcdaf.
        assertThat(StreamSeeds.mix(GAMMA)).isEqualTo(0xe220a8397b1dcdafL);
        for (long x : new long[] {0, 1, -1, 42, 0x123456789abcdefL, Long.MIN_VALUE}) {
            assertThat(StreamSeeds.mix(x)).as("mix(%d)", x).isEqualTo(splitMix(x));
        }
    }

    @Test
    void inputKeysAreFnv1aOfTheNameThenMixed() {
        // FNV-1a 64 test vectors (Fowler, Noll, Vo): "" -> cbf29ce484222325, "a" -> af63dc4c8601ec8c,
        // "foobar" -> 85944171f73967e8.
        assertThat(StreamSeeds.key("")).isEqualTo(StreamSeeds.mix(0xcbf29ce484222325L));
        assertThat(StreamSeeds.key("a")).isEqualTo(StreamSeeds.mix(0xaf63dc4c8601ec8cL));
        assertThat(StreamSeeds.key("foobar")).isEqualTo(StreamSeeds.mix(0x85944171f73967e8L));
        // A byte above 0x7f is taken unsigned: "é" is UTF-8 c3 a9.
        long h = 0xcbf29ce484222325L;
        for (int b : new int[] {0xc3, 0xa9}) {
            h ^= b;
            h *= 0x100000001b3L;
        }
        assertThat(StreamSeeds.key("é")).isEqualTo(StreamSeeds.mix(h));
    }

    @Test
    void trajectoryWordsAreOutputsFourIPlusOneToFourIPlusFourOfTheInputsSequence() {
        long base = StreamSeeds.base(20210301L, StreamSeeds.key("placements/special/growth"));
        assertThat(base).isEqualTo(StreamSeeds.mix(20210301L ^ StreamSeeds.key("placements/special/growth")));
        SplitMix64 sequence = new SplitMix64(base);
        for (long i = 0; i < 5; i++) {
            for (int k = 0; k < 4; k++) {
                assertThat(StreamSeeds.word(base, i, k)).as("trajectory %d word %d", i, k).isEqualTo(sequence.nextLong());
            }
        }
        // Far out, where 4i overflows an int: output 4i + k + 1 of the sequence.
        long i = 3_000_000_000L;
        assertThat(StreamSeeds.word(base, i, 2)).isEqualTo(StreamSeeds.mix(base + (4 * i + 3) * GAMMA));
    }

    @Test
    void aReseededGeneratorIsXoshiroFromTheTrajectorysFourWords() {
        StreamGenerator generator = new StreamGenerator("workstreams/review/delivery");
        long base = StreamSeeds.base(7, StreamSeeds.key("workstreams/review/delivery"));
        for (long trajectory : new long[] {0, 1, 12_345}) {
            generator.reseed(7, trajectory);
            UniformRandomProvider oracle = new XoShiRo256PlusPlus(StreamSeeds.word(base, trajectory, 0),
                    StreamSeeds.word(base, trajectory, 1), StreamSeeds.word(base, trajectory, 2),
                    StreamSeeds.word(base, trajectory, 3));
            for (int j = 0; j < 6; j++) {
                assertThat(generator.nextLong()).isEqualTo(oracle.nextLong());
            }
            // The once-per-trajectory uniform: the top 53 bits of the first word, as a fraction.
            assertThat(generator.uniform(7, trajectory))
                    .isEqualTo((StreamSeeds.word(base, trajectory, 0) >>> 11) * 0x1.0p-53);
        }
        // Another seed moves the base (the cached one must not be reused).
        generator.reseed(8, 0);
        long base8 = StreamSeeds.base(8, StreamSeeds.key("workstreams/review/delivery"));
        assertThat(generator.nextLong()).isEqualTo(new XoShiRo256PlusPlus(StreamSeeds.word(base8, 0, 0),
                StreamSeeds.word(base8, 0, 1), StreamSeeds.word(base8, 0, 2), StreamSeeds.word(base8, 0, 3)).nextLong());
        assertThat(generator.uniform(7, 1)).isEqualTo((StreamSeeds.word(base, 1, 0) >>> 11) * 0x1.0p-53);
    }
}
