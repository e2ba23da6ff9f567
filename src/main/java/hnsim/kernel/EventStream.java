package hnsim.kernel;

import hnsim.scenario.Chance;

/** A yes/no event drawn once or once a year per trajectory from its own stream (approval, slip, shock). */
final class EventStream {
    private final StreamGenerator generator;
    private final double probability;
    private final boolean certain;

    EventStream(String name, Chance chance) {
        this.generator = new StreamGenerator(name);
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
        generator.reseed(seed, trajectory);
        return generator.nextDouble() < probability ? 1 : 0;
    }

    int drawsPer(int count) {
        return certain ? 0 : count;
    }
}
