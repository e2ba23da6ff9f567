package hnsim.stats;

import com.datadoghq.sketch.ddsketch.DDSketch;
import com.datadoghq.sketch.ddsketch.DDSketches;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sketch aggregates, for runs too large to keep every value: per cell (option x metric x
 * year, and option x paired difference x year) a DDSketch (quantiles within
 * {@link #RELATIVE_ACCURACY}) and exact count, mean and sum of squared deviations; and the
 * threshold counts. Memory depends on the number of cells, not on trajectories.
 *
 * <p>Sketch bins and threshold counts are integer counts, so their merge is order-free. Moments
 * are merged (Chan et al.) block by block in trajectory order within a run, and range by range
 * in a merge of ranges, so a run's moments do not depend on the thread count; ranges merged
 * from shards may differ from the single run in the last bits of the mean and sd.
 */
public final class SketchAggregates implements RunAggregates {
    /** Relative accuracy of the quantile sketches: a £100m percentile is within £0.1m. */
    public static final double RELATIVE_ACCURACY = 0.001;

    private final AggregateLayout layout;
    private final long from;
    private final long to;
    private final DDSketch[] sketches;
    private final Moments[] moments;
    private final BreachCounts breaches;

    SketchAggregates(AggregateLayout layout, long from, long to, DDSketch[] sketches, Moments[] moments,
                     BreachCounts breaches) {
        this.layout = layout;
        this.from = from;
        this.to = to;
        this.sketches = sketches;
        this.moments = moments;
        this.breaches = breaches;
    }

    /** Aggregates read back from a shard: per cell its sketch, and moments as (count, mean, m2) triples. */
    public static SketchAggregates of(AggregateLayout layout, long from, long to, DDSketch[] sketches,
                                      double[] moments, long[] counts) {
        if (sketches.length != layout.cells() || moments.length != 3 * layout.cells()) {
            throw new IllegalArgumentException("expected " + layout.cells() + " cells");
        }
        Moments[] m = new Moments[sketches.length];
        for (int c = 0; c < m.length; c++) {
            m[c] = new Moments();
            m[c].count = (long) moments[3 * c];
            m[c].mean = moments[3 * c + 1];
            m[c].m2 = moments[3 * c + 2];
            if (m[c].count != to - from) {
                throw new IllegalArgumentException("cell " + c + " counts " + m[c].count + " values, not " + (to - from));
            }
        }
        return new SketchAggregates(layout, from, to, sketches.clone(), m, BreachCounts.fromArray(layout, counts));
    }

    static DDSketch newSketch() {
        return DDSketches.unboundedDense(RELATIVE_ACCURACY);
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
        return QuantileMethod.SKETCH;
    }

    @Override
    public BreachCounts breaches() {
        return breaches;
    }

    /** The sketch of a cell (read only). */
    public DDSketch sketch(int cell) {
        return sketches[cell];
    }

    Moments moments(int cell) {
        return moments[cell];
    }

    /** Count, mean and m2 of every cell, three numbers a cell, for writing a shard. */
    public double[] packedMoments() {
        double[] out = new double[3 * moments.length];
        for (int c = 0; c < moments.length; c++) {
            out[3 * c] = moments[c].count;
            out[3 * c + 1] = moments[c].mean;
            out[3 * c + 2] = moments[c].m2;
        }
        return out;
    }

    public int cells() {
        return sketches.length;
    }

    @Override
    public RunAggregates merge(RunAggregates next) {
        RunAggregates.checkAdjacent(this, next);
        SketchAggregates other = (SketchAggregates) next;
        DDSketch[] s = new DDSketch[sketches.length];
        Moments[] m = new Moments[moments.length];
        for (int c = 0; c < s.length; c++) {
            s[c] = sketches[c].copy();
            s[c].mergeWith(other.sketches[c]);
            m[c] = moments[c].copy();
            m[c].merge(other.moments[c].count, other.moments[c].mean, other.moments[c].m2);
        }
        BreachCounts counts = breaches.copy();
        counts.add(other.breaches);
        return new SketchAggregates(layout, from, other.to, s, m, counts);
    }

    /**
     * Each worker thread keeps its own sketches; each block its own moments and counts. Blocks'
     * moments are merged strictly in trajectory order, so only a few finished blocks ever wait.
     */
    static final class SketchCollector implements RunAggregates.Collector {
        private final AggregateLayout layout;
        private final long from;
        private final long to;
        private final int[] sources;
        private final Map<Long, Block> pending = new HashMap<>();
        private final Moments[] merged;
        private final BreachCounts breaches;
        private long next;
        private final List<DDSketch[]> workers = new ArrayList<>();
        private final ThreadLocal<DDSketch[]> worker = ThreadLocal.withInitial(this::newWorker);

        SketchCollector(AggregateLayout layout, long from, long to) {
            this.layout = layout;
            this.from = from;
            this.to = to;
            this.sources = layout.differenceSources();
            this.merged = newMoments(layout.cells());
            this.breaches = BreachCounts.of(layout);
            this.next = from;
        }

        private static Moments[] newMoments(int cells) {
            Moments[] m = new Moments[cells];
            for (int c = 0; c < cells; c++) {
                m[c] = new Moments();
            }
            return m;
        }

        private synchronized DDSketch[] newWorker() {
            DDSketch[] s = new DDSketch[layout.cells()];
            for (int c = 0; c < s.length; c++) {
                s[c] = newSketch();
            }
            workers.add(s);
            return s;
        }

        private record Block(long to, Moments[] moments) {
        }

        @Override
        public BlockRecorder open(long blockFrom, long blockTo) {
            DDSketch[] sketch = worker.get();
            Moments[] moments = newMoments(layout.cells());
            BreachCounts.Recorder counts = new BreachCounts.Recorder(layout);
            int years = layout.years().size();
            // The base runs first in every block, so its values are at hand for the options' differences.
            double[][] base = new double[sources.length][(int) (blockTo - blockFrom) * years];
            return new BlockRecorder() {
                @Override
                public void record(int option, long trajectory, int year, double[] outcome) {
                    for (int m = 0; m < outcome.length; m++) {
                        int c = layout.cell(option, m, year);
                        sketch[c].accept(outcome[m]);
                        moments[c].add(outcome[m]);
                    }
                    int slot = (int) (trajectory - blockFrom) * years + year;
                    for (int d = 0; d < sources.length; d++) {
                        double value = outcome[sources[d]];
                        if (option == 0) {
                            base[d][slot] = value;
                        } else {
                            int c = layout.differenceCell(option, d, year);
                            double difference = value - base[d][slot];
                            sketch[c].accept(difference);
                            moments[c].add(difference);
                        }
                    }
                    counts.record(option, year, outcome);
                }

                @Override
                public void close() {
                    completed(blockFrom, new Block(blockTo, moments), counts.counts());
                }
            };
        }

        private synchronized void completed(long blockFrom, Block block, BreachCounts counts) {
            breaches.add(counts);
            pending.put(blockFrom, block);
            Block b;
            while ((b = pending.remove(next)) != null) {
                for (int c = 0; c < merged.length; c++) {
                    merged[c].merge(b.moments[c].count, b.moments[c].mean, b.moments[c].m2);
                }
                next = b.to;
            }
        }

        @Override
        public synchronized RunAggregates finish() {
            if (next != to || !pending.isEmpty()) {
                throw new IllegalStateException("blocks " + pending.keySet() + " finished but the block at " + next
                        + " did not");
            }
            DDSketch[] sketches = new DDSketch[layout.cells()];
            for (int c = 0; c < sketches.length; c++) {
                sketches[c] = newSketch();
                for (DDSketch[] w : workers) {
                    sketches[c].mergeWith(w[c]);
                }
            }
            return new SketchAggregates(layout, from, to, sketches, merged, breaches);
        }
    }
}
