package hnsim.stats;

import hnsim.kernel.ResultSink;
import hnsim.kernel.RunSettings;

/**
 * Exact aggregates: every value of every option, metric and year of trajectories [from, to),
 * in trajectory order, 8 bytes a value and nothing else of that size. Paired differences and
 * every statistic are computed from these values by the {@link Summariser}, so where a range
 * was split cannot change a digit.
 */
public final class ExactAggregates implements RunAggregates {
    private final AggregateLayout layout;
    private final long from;
    private final long to;
    /** {@code [metric cell][trajectory - from]}. */
    private final double[][] values;
    private final BreachCounts breaches;

    private ExactAggregates(AggregateLayout layout, long from, long to, double[][] values, BreachCounts breaches) {
        this.layout = layout;
        this.from = from;
        this.to = to;
        this.values = values;
        this.breaches = breaches;
    }

    /** Aggregates from values read back (a shard file): {@code values[cell]} of length to - from. */
    public static ExactAggregates of(AggregateLayout layout, long from, long to, double[][] values, long[] counts) {
        if (values.length != layout.metricCells()) {
            throw new IllegalArgumentException("expected " + layout.metricCells() + " columns, got " + values.length);
        }
        for (double[] column : values) {
            if (column.length != to - from) {
                throw new IllegalArgumentException("a column holds " + column.length + " values, not " + (to - from));
            }
        }
        return new ExactAggregates(layout, from, to, values, BreachCounts.fromArray(layout, counts));
    }

    /**
     * The bytes the columns of a layout's exact aggregates take, 8 a value (what decides whether
     * a run can be exact): a column an option
     * shares with an earlier option's ({@code sameValues}, as the collector is given it) is one
     * array, counted once.
     */
    public static long bytesNeeded(AggregateLayout layout, int[][] sameValues, long trajectories) {
        long columns = 0;
        for (int o = 0; o < layout.options().size(); o++) {
            for (int m = 0; m < layout.metrics().size(); m++) {
                if (ExactCollector.sourceOf(sameValues, o, m) < 0) {
                    columns += layout.years().size();
                }
            }
        }
        return 8L * columns * trajectories;
    }

    @Override
    public AggregateLayout layout() {
        return layout;
    }

    @Override
    public long from() {
        return from;
    }

    @Override
    public long to() {
        return to;
    }

    @Override
    public QuantileMethod method() {
        return QuantileMethod.EXACT;
    }

    @Override
    public BreachCounts breaches() {
        return breaches;
    }

    /** The number of metric cells, each a column of {@link #count()} values. */
    public int columns() {
        return values.length;
    }

    /** The stored column of a metric cell, not a copy: read only (statistics, shards). */
    public double[] columnOfCell(int cell) {
        return values[cell];
    }

    /** A copy of the values of one option, metric and year, in trajectory order. */
    public double[] column(int option, int metric, int year) {
        return values[layout.cell(option, metric, year)].clone();
    }

    /**
     * The values of an option, metric and year themselves, not a copy as {@link #column} gives:
     * for a reader that only reads them (the effects of options), where a copy of every column
     * it reads would cost more than the reading.
     */
    public double[] columnInPlace(int option, int metric, int year) {
        return columnOfCell(layout.cell(option, metric, year));
    }

    /** One value: trajectory {@code i} (counted from {@link #from()}) of an option, metric and year. */
    public double get(int option, int metric, int year, int i) {
        return values[layout.cell(option, metric, year)][i];
    }

    @Override
    public RunAggregates merge(RunAggregates next) {
        RunAggregates.checkAdjacent(this, next);
        ExactAggregates other = (ExactAggregates) next;
        int n = Math.toIntExact(count());
        int m = Math.toIntExact(other.count());
        double[][] joined = new double[values.length][];
        // A column both parts share with an earlier cell (equal values, one array) stays shared.
        java.util.Map<double[], Integer> first = new java.util.IdentityHashMap<>();
        for (int c = 0; c < values.length; c++) {
            Integer earlier = first.putIfAbsent(values[c], c);
            if (earlier != null && other.values[earlier] == other.values[c]) {
                joined[c] = joined[earlier];
                continue;
            }
            joined[c] = new double[Math.addExact(n, m)];
            System.arraycopy(values[c], 0, joined[c], 0, n);
            System.arraycopy(other.values[c], 0, joined[c], n, m);
        }
        BreachCounts counts = breaches.copy();
        counts.add(other.breaches);
        return new ExactAggregates(layout, from, other.to, joined, counts);
    }

    /**
     * The sketch aggregates a streaming run of the same range would have built: every value fed
     * to the cell's sketch, moments taken block by block ({@link RunSettings#BLOCK}) and merged in
     * block order as {@link SketchAggregates} does. Lets a precision run that outgrows the memory
     * for exact values continue with sketches.
     */
    public SketchAggregates toSketch() {
        SketchAggregates.SketchCollector collector = new SketchAggregates.SketchCollector(layout, from, to);
        int options = layout.options().size();
        int years = layout.years().size();
        int metrics = layout.metrics().size();
        double[] outcome = new double[metrics];
        for (long start = from; start < to; ) {
            long end = Math.min(to, (start / RunSettings.BLOCK + 1) * RunSettings.BLOCK);
            ResultSink.BlockRecorder recorder = collector.open(start, end);
            for (int o = 0; o < options; o++) {
                for (long i = start; i < end; i++) {
                    for (int t = 0; t < years; t++) {
                        for (int k = 0; k < metrics; k++) {
                            outcome[k] = values[layout.cell(o, k, t)][(int) (i - from)];
                        }
                        recorder.record(o, i, t, outcome);
                    }
                }
            }
            recorder.close();
            start = end;
        }
        return (SketchAggregates) collector.finish();
    }

    /** Stores values in place; each block counts its own breaches, added up when it closes. */
    static final class ExactCollector implements RunAggregates.Collector {
        private final AggregateLayout layout;
        private final long from;
        private final long to;
        private final double[][] values;
        private final BreachCounts breaches;

        /** Values (cells x trajectories) above which the columns are allocated on the run's threads. */
        private static final long PARALLEL_ALLOCATION = 1L << 24;
        /** Per cell, whether its column is an earlier cell's (equal values, one array). */
        private final boolean[] shared;

        ExactCollector(AggregateLayout layout, long from, long to) {
            this(layout, from, to, new int[0][], 1);
        }

        /** {@code sameValues}: see {@link RunAggregates#collector(AggregateLayout, QuantileMethod, long, long, int[][])}. */
        ExactCollector(AggregateLayout layout, long from, long to, int[][] sameValues, int threads) {
            this.layout = layout;
            this.from = from;
            this.to = to;
            int n = Math.toIntExact(to - from);
            values = new double[layout.metricCells()][];
            shared = new boolean[values.length];
            int years = layout.years().size();
            for (int o = 0; o < layout.options().size(); o++) {
                for (int m = 0; m < layout.metrics().size(); m++) {
                    int source = sourceOf(sameValues, o, m);
                    if (source >= o) {
                        throw new IllegalArgumentException("option " + o + " can only share an earlier option's column");
                    }
                    for (int t = 0; t < years; t++) {
                        shared[layout.cell(o, m, t)] = source >= 0;
                    }
                }
            }
            allocate(n, threads);
            for (int o = 0; o < layout.options().size(); o++) {
                for (int m = 0; m < layout.metrics().size(); m++) {
                    int source = sourceOf(sameValues, o, m);
                    for (int t = 0; t < years && source >= 0; t++) {
                        values[layout.cell(o, m, t)] = values[layout.cell(source, m, t)];
                    }
                }
            }
            breaches = BreachCounts.of(layout);
        }

        /** The earlier option whose column of metric m option o shares, or -1 (missing entries: -1). */
        static int sourceOf(int[][] sameValues, int o, int m) {
            return o < sameValues.length && m < sameValues[o].length ? sameValues[o][m] : -1;
        }

        /**
         * The columns of the cells not shared, each of n values. The JVM zeroes a new array as it
         * allocates it, which for a large run (1.3 GB at 10^6 trajectories of the 2021 file) is
         * a good part of a second: the run's threads share it.
         */
        private void allocate(int n, int threads) {
            if (threads <= 1 || (long) n * values.length < PARALLEL_ALLOCATION) {
                for (int c = 0; c < values.length; c++) {
                    values[c] = shared[c] ? null : new double[n];
                }
                return;
            }
            java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
            try {
                // join, not get: an interrupt is left for the kernel, which reports it as the run's.
                pool.submit(() -> java.util.stream.IntStream.range(0, values.length).parallel()
                        .forEach(c -> values[c] = shared[c] ? null : new double[n])).join();
            } finally {
                pool.shutdown();
            }
        }

        @Override
        public BlockRecorder open(long blockFrom, long blockTo) {
            if (blockFrom < from || blockTo > to) {
                throw new IllegalArgumentException("block [" + blockFrom + ", " + blockTo + ") outside [" + from
                        + ", " + to + ")");
            }
            return new ChunkRecorder(layout, values, shared, from, blockFrom, blockTo, breaches);
        }

        @Override
        public RunAggregates finish() {
            return new ExactAggregates(layout, from, to, values, breaches);
        }
    }

    /**
     * Records one block through a small staging buffer: the values of {@link #CHUNK} trajectories
     * are kept cell by cell in an array that stays in the core's cache, then copied into the
     * columns a cell at a time. Writing every outcome straight into its column would touch one
     * cache line in each of the hundreds of columns per trajectory, more streams than the
     * hardware prefetches, and cost more than the model itself.
     */
    static final class ChunkRecorder implements ResultSink.BlockRecorder {
        /** Trajectories staged before the copy: the stage of hundreds of cells stays within L2. */
        static final int CHUNK = 32;
        private final double[][] values;
        /** Cells whose column is an earlier cell's: their (equal) values are already copied there. */
        private final boolean[] shared;
        private final long from;
        private final int years;
        private final int metrics;
        private final int cells;
        private final BreachCounts breaches;
        private final BreachCounts.Recorder counts;
        /** {@code [cell * CHUNK + trajectory - chunkStart]}. */
        private final double[] stage;
        /** Per option, the metrics whose columns are its own (null: every metric). */
        private final int[][] ownMetrics;
        private long chunkStart;
        private int staged;

        ChunkRecorder(AggregateLayout layout, double[][] values, boolean[] shared, long from, long blockFrom,
                      long blockTo, BreachCounts breaches) {
            this.values = values;
            this.shared = shared;
            this.from = from;
            this.breaches = breaches;
            years = layout.years().size();
            metrics = layout.metrics().size();
            cells = values.length;
            counts = new BreachCounts.Recorder(layout);
            stage = new double[cells * CHUNK];
            chunkStart = blockFrom;
            int options = layout.options().size();
            ownMetrics = new int[options][];
            for (int o = 0; o < options; o++) {
                int option = o;
                int[] own = java.util.stream.IntStream.range(0, metrics)
                        .filter(m -> !shared[layout.cell(option, m, 0)]).toArray();
                ownMetrics[o] = own.length == metrics ? null : own;
            }
        }

        @Override
        public void record(int option, long trajectory, int year, double[] outcome) {
            if (trajectory >= chunkStart + CHUNK) {
                flush();
                chunkStart = trajectory;
            }
            int j = (int) (trajectory - chunkStart);
            staged = Math.max(staged, j + 1);
            int at = (option * metrics * years + year) * CHUNK + j;
            int stride = years * CHUNK;
            int[] own = ownMetrics[option];
            if (own == null) {
                for (int m = 0; m < metrics; m++) {
                    stage[at + m * stride] = outcome[m];
                }
            } else {
                // The shared metrics' values are the earlier option's, staged already.
                for (int m : own) {
                    stage[at + m * stride] = outcome[m];
                }
            }
            counts.record(option, year, outcome);
        }

        private void flush() {
            if (staged == 0) {
                return;
            }
            int i = (int) (chunkStart - from);
            for (int c = 0; c < cells; c++) {
                if (!shared[c]) {
                    System.arraycopy(stage, c * CHUNK, values[c], i, staged);
                }
            }
            staged = 0;
        }

        @Override
        public void close() {
            flush();
            breaches.add(counts.counts());
        }
    }
}
