package hnsim.kernel;

import hnsim.dist.Distribution;
import hnsim.dist.UncertainValue;
import hnsim.model.UncertainInput;
import hnsim.scenario.Chance;
import java.util.List;

/**
 * One distinct random draw of a block: an input's values for one trajectory at a time, from
 * its own stream. The {@link InputSampler} makes one per distinct (stream, source) of all the
 * options it serves, so options that keep an input share its draw.
 *
 * <p>Not thread-safe: one per worker block.
 */
abstract class Draw {
    /** The run's seed. */
    final long seed;
    /** The values of the trajectory last drawn (the years, or 1 for a once-per-trajectory event). */
    final double[] values;

    Draw(long seed, int width) {
        this.seed = seed;
        this.values = new double[width];
    }

    /** Draws trajectory {@code trajectory}'s values into {@link #values}. */
    abstract void draw(long trajectory);

    /** Random numbers one trajectory takes from this draw (the unit of the benchmark's floor). */
    abstract int draws();

    /**
     * Adds this draw's random work per trajectory to {@code counts}, by kind: a sampler's kind
     * (e.g. {@code beta}) for an independent draw, {@code quantile-<kind>} for a value mapped
     * from a normal score (AR(1) and copula inputs: a normal draw and the quantile mapping),
     * {@code bernoulli} for an event. The floor of {@link DrawProfile}.
     */
    abstract void profile(java.util.Map<String, Integer> counts);

    /** Prepares a block of trajectories (Latin hypercube strata); most draws need nothing. */
    void beginBlock(long block) {
    }

    /** The first trajectory of the block last begun: where a stratified event finds its stratum. */
    long blockFrom;

    /** A yearly input drawn from its own stream, independently of the others. */
    static final class Independent extends Draw {
        private final InputStream stream;
        private final List<UncertainValue> byYear;
        private final boolean persistent;

        Independent(long seed, String stream, UncertainInput.Yearly source) {
            super(seed, source.byYear().size());
            this.stream = new InputStream(stream, source.byYear(), source.persistence());
            this.byYear = source.byYear();
            this.persistent = source.persistence() != 0;
        }

        @Override
        void draw(long trajectory) {
            stream.draw(seed, trajectory, values);
        }

        @Override
        int draws() {
            return stream.drawsPerTrajectory();
        }

        @Override
        void profile(java.util.Map<String, Integer> counts) {
            if (stream.drawsPerTrajectory() == 0) {
                return;
            }
            for (UncertainValue v : byYear) {
                counts.merge((persistent ? "quantile-" : "") + DrawProfile.kind(v), 1, Integer::sum);
            }
        }
    }

    /** A member of a copula group: its distributions by year at the group's correlated normal scores. */
    static final class CopulaMember extends Draw {
        private final CorrelatedInputs group;
        private final int member;
        private final Distribution[] distributions;

        CopulaMember(long seed, CorrelatedInputs group, int member, List<UncertainValue> byYear) {
            super(seed, byYear.size());
            this.group = group;
            this.member = member;
            this.distributions = byYear.stream().map(UncertainValue::distribution).toArray(Distribution[]::new);
        }

        /** Maps the group's scores, which the group drew first for the same trajectory. */
        @Override
        void draw(long trajectory) {
            double[] scores = group.scores[member];
            for (int t = 0; t < values.length; t++) {
                values[t] = distributions[t].quantileAtNormalScore(scores[t]);
            }
        }

        @Override
        int draws() {
            return 0;
        }

        @Override
        void profile(java.util.Map<String, Integer> counts) {
            for (Distribution d : distributions) {
                counts.merge("quantile-" + DrawProfile.kind(d), 1, Integer::sum);
            }
        }
    }

    /**
     * A yes/no event: yearly (the inflation shock) or once per trajectory (an approval, a slip),
     * the latter stratified within each block under Latin hypercube sampling.
     */
    static final class Event extends Draw {
        private final EventStream stream;
        private final boolean once;
        private final boolean stratified;

        Event(long seed, String stream, UncertainInput.Event source, int years, Sampling sampling) {
            super(seed, source.frequency() == UncertainInput.Frequency.ONCE ? 1 : years);
            Chance chance = source.chance();
            this.stream = new EventStream(stream, chance);
            this.once = source.frequency() == UncertainInput.Frequency.ONCE;
            this.stratified = once && sampling == Sampling.LATIN_HYPERCUBE;
        }

        @Override
        void beginBlock(long block) {
            blockFrom = block * RunSettings.BLOCK;
            if (stratified) {
                stream.stratify(seed, block);
            }
        }

        @Override
        void draw(long trajectory) {
            if (!once) {
                stream.draw(seed, trajectory, values);
            } else if (stratified) {
                values[0] = stream.drawOnceStratified(seed, trajectory, (int) (trajectory - blockFrom));
            } else {
                values[0] = stream.drawOnce(seed, trajectory);
            }
        }

        @Override
        int draws() {
            return stream.drawsPer(values.length);
        }

        @Override
        void profile(java.util.Map<String, Integer> counts) {
            if (draws() > 0) {
                counts.merge("bernoulli", draws(), Integer::sum);
            }
        }
    }
}
