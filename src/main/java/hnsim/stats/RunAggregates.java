package hnsim.stats;

import hnsim.kernel.ResultSink;

/**
 * What a run (or one shard of it) of trajectories [from, to) leaves behind for the tables:
 * per option, metric and year either every value ({@link ExactAggregates}) or a quantile
 * sketch with moments ({@link SketchAggregates}), and the threshold counts. A pure function of
 * (scenario, seed, range); {@link #merge} of adjacent ranges gives the aggregates of their
 * union, and {@link Summariser} turns any of them into the tables every output reads.
 */
public sealed interface RunAggregates permits ExactAggregates, SketchAggregates {
    AggregateLayout layout();

    /** First trajectory (inclusive). */
    long from();

    /** Last trajectory (exclusive). */
    long to();

    default long count() {
        return to() - from();
    }

    QuantileMethod method();

    BreachCounts breaches();

    /**
     * The aggregates of [from(), next.to()): {@code next} must have the same layout and method
     * and start where these end. Associative; in exact mode it concatenates the values, so a
     * run merged from parts is the run of the whole, value for value. Neither input changes.
     */
    RunAggregates merge(RunAggregates next);

    /** A sink for the kernel's run of trajectories [from, to) that builds aggregates of this method. */
    static Collector collector(AggregateLayout layout, QuantileMethod method, long from, long to) {
        return collector(layout, method, from, to, new int[0][]);
    }

    /**
     * As above, knowing that some columns are equal: {@code sameValues[option][metric]} is an
     * earlier option whose values of that metric equal this option's in every trajectory and
     * year, or -1 (an option may be missing or shorter: -1). Exact aggregates then keep one
     * column for both, which saves its memory and its copying.
     */
    static Collector collector(AggregateLayout layout, QuantileMethod method, long from, long to,
                               int[][] sameValues) {
        return collector(layout, method, from, to, sameValues, 1);
    }

    /**
     * As above, on {@code threads} threads where that helps: exact aggregates allocate their
     * columns (hundreds of megabytes the JVM zeroes as it allocates them) in parallel.
     */
    static Collector collector(AggregateLayout layout, QuantileMethod method, long from, long to,
                               int[][] sameValues, int threads) {
        return method == QuantileMethod.EXACT
                ? new ExactAggregates.ExactCollector(layout, from, to, sameValues, threads)
                : new SketchAggregates.SketchCollector(layout, from, to);
    }

    /** A kernel sink that yields the aggregates once the kernel has finished. */
    interface Collector extends ResultSink {
        RunAggregates finish();
    }

    /** Checks that {@code next} can follow {@code first} in a merge. */
    static void checkAdjacent(RunAggregates first, RunAggregates next) {
        if (!first.layout().equals(next.layout())) {
            throw new IllegalArgumentException("aggregates of different layouts cannot merge: " + first.layout()
                    + " and " + next.layout());
        }
        if (first.method() != next.method()) {
            throw new IllegalArgumentException("aggregates of different methods cannot merge: " + first.method()
                    + " and " + next.method());
        }
        if (first.to() != next.from()) {
            throw new IllegalArgumentException("aggregates of [" + first.from() + ", " + first.to() + ") and ["
                    + next.from() + ", " + next.to() + ") are not adjacent");
        }
    }
}
