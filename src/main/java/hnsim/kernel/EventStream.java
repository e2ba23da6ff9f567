package hnsim.kernel;

import hnsim.scenario.Chance;
import org.apache.commons.rng.sampling.PermutationSampler;

/**
 * A yes/no event drawn once or once a year per trajectory from its own stream (approval, slip, shock).
 *
 * <p>Under Latin hypercube sampling an event drawn once per trajectory is stratified within
 * each block of B = {@link RunSettings#BLOCK} trajectories: the block's trajectories are dealt
 * the B strata [k/B, (k+1)/B) of the unit interval by a random permutation drawn from the
 * stream (seed, block, "lhs/" + name), and trajectory j's uniform is (stratum_j + v_j) / B with
 * v_j from its own stream. In a full block the share of trajectories where the event happens is
 * then within 1/B of its probability. A short last block takes the first strata of its
 * permutation (a random subset), so trajectory i's draws depend only on (seed, i), never on N
 * or the thread count, and a run of N trajectories is a prefix of a longer one.
 */
final class EventStream {
    private final StreamGenerator generator;
    private final StreamGenerator strataGenerator;
    private final double probability;
    private final boolean certain;
    private final int[] strata = new int[RunSettings.BLOCK];

    EventStream(String name, Chance chance) {
        this.generator = new StreamGenerator(name);
        this.strataGenerator = new StreamGenerator("lhs/" + name);
        this.probability = chance.probability();
        this.certain = probability == 0 || probability == 1;
    }

    /** Fills {@code out} with 1 where the event happened and 0 where not. */
    void draw(long seed, long trajectory, double[] out) {
        if (certain) {
            java.util.Arrays.fill(out, probability);
            return;
        }
        generator.reseed(seed, trajectory);
        for (int t = 0; t < out.length; t++) {
            out[t] = generator.nextDouble() < probability ? 1 : 0;
        }
    }

    double drawOnce(long seed, long trajectory) {
        if (certain) {
            return probability;
        }
        return generator.uniform(seed, trajectory) < probability ? 1 : 0;
    }

    /** Deals the strata of block {@code block} for {@link #drawOnceStratified}. */
    void stratify(long seed, long block) {
        if (certain) {
            return;
        }
        // From the identity every time, so the permutation depends on (seed, block) alone.
        for (int k = 0; k < strata.length; k++) {
            strata[k] = k;
        }
        strataGenerator.reseed(seed, block);
        PermutationSampler.shuffle(strataGenerator, strata);
    }

    /** The event of the trajectory at position {@code indexInBlock} of the block last stratified. */
    double drawOnceStratified(long seed, long trajectory, int indexInBlock) {
        if (certain) {
            return probability;
        }
        double u = (strata[indexInBlock] + generator.uniform(seed, trajectory)) / strata.length;
        return u < probability ? 1 : 0;
    }

    int drawsPer(int count) {
        return certain ? 0 : count;
    }
}
