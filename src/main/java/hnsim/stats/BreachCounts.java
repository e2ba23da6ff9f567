package hnsim.stats;

/**
 * Per option, threshold and year: how many trajectories have a cumulative deficit above the
 * threshold, and how many first pass it that year. Integer counts, so merging (addition) gives
 * the same numbers in any order.
 */
public final class BreachCounts {
    private final int options;
    private final int thresholds;
    private final int years;
    final long[] exceed;
    final long[] first;

    BreachCounts(int options, int thresholds, int years) {
        this.options = options;
        this.thresholds = thresholds;
        this.years = years;
        exceed = new long[options * thresholds * years];
        first = new long[exceed.length];
    }

    static BreachCounts of(AggregateLayout layout) {
        return new BreachCounts(layout.options().size(), layout.thresholds().length, layout.years().size());
    }

    int index(int option, int threshold, int year) {
        return (option * thresholds + threshold) * years + year;
    }

    long exceed(int option, int threshold, int year) {
        return exceed[index(option, threshold, year)];
    }

    long first(int option, int threshold, int year) {
        return first[index(option, threshold, year)];
    }

    /** Adds {@code other}'s counts to these. */
    synchronized void add(BreachCounts other) {
        for (int i = 0; i < exceed.length; i++) {
            exceed[i] += other.exceed[i];
            first[i] += other.first[i];
        }
    }

    BreachCounts copy() {
        BreachCounts c = new BreachCounts(options, thresholds, years);
        c.add(this);
        return c;
    }

    /** The raw counts, exceedances then first breaches, for the shard format. */
    public long[] toArray() {
        long[] out = new long[2 * exceed.length];
        System.arraycopy(exceed, 0, out, 0, exceed.length);
        System.arraycopy(first, 0, out, exceed.length, first.length);
        return out;
    }

    static BreachCounts fromArray(AggregateLayout layout, long[] values) {
        BreachCounts c = of(layout);
        if (values.length != 2 * c.exceed.length) {
            throw new IllegalArgumentException("expected " + 2 * c.exceed.length + " counts, got " + values.length);
        }
        System.arraycopy(values, 0, c.exceed, 0, c.exceed.length);
        System.arraycopy(values, c.exceed.length, c.first, 0, c.first.length);
        return c;
    }

    /**
     * Counts the breaches of one block on one worker thread. Years arrive in order for each
     * option and trajectory, so a breach is the first when no earlier year of the trajectory
     * passed the threshold.
     */
    static final class Recorder {
        private final double[] thresholds;
        private final int cumulative;
        private final BreachCounts counts;
        private final boolean[][] breached;

        Recorder(AggregateLayout layout) {
            thresholds = layout.thresholds();
            cumulative = layout.cumulativeIndex();
            counts = of(layout);
            breached = new boolean[layout.options().size()][thresholds.length];
        }

        void record(int option, int year, double[] outcome) {
            if (cumulative < 0) {
                return;
            }
            double value = outcome[cumulative];
            boolean[] flags = breached[option];
            for (int k = 0; k < thresholds.length; k++) {
                if (year == 0) {
                    flags[k] = false;
                }
                if (value > thresholds[k]) {
                    counts.exceed[counts.index(option, k, year)]++;
                    if (!flags[k]) {
                        flags[k] = true;
                        counts.first[counts.index(option, k, year)]++;
                    }
                }
            }
        }

        BreachCounts counts() {
            return counts;
        }
    }
}
