package hnsim.stats;

import com.datadoghq.sketch.ddsketch.DDSketch;
import com.datadoghq.sketch.ddsketch.DDSketches;
import hnsim.kernel.ResultSink;
import hnsim.kernel.RunSettings;
import hnsim.model.Metric;
import java.util.ArrayList;
import java.util.List;

/**
 * Folds trajectories into mergeable aggregates instead of storing them, for runs too large to
 * keep: per option, metric and year a DDSketch (quantiles within a stated relative accuracy)
 * and exact moments; per threshold exact exceedance and first-breach counts. Memory depends on
 * the number of cells and blocks, not on trajectories.
 *
 * <p>Reproducible for any thread count: each worker thread keeps its own sketches and counts,
 * whose merge is exact integer addition and so order-free; moments are kept per block and
 * merged in block order at the end.
 */
public final class StreamingAggregates implements ResultSink {
    /** Relative accuracy of the quantile sketches: a £100m percentile is within £0.1m. */
    public static final double RELATIVE_ACCURACY = 0.001;

    private final int options;
    private final int metrics;
    private final int years;
    private final double[] thresholds;
    /** Moments of blocks finished out of order, waiting for their predecessors. */
    private final java.util.Map<Integer, double[]> pendingBlocks = new java.util.HashMap<>();
    private final Moments[] mergedMoments;
    private int nextBlock;
    private final List<Worker> workers = new ArrayList<>();
    private final ThreadLocal<Worker> worker = ThreadLocal.withInitial(this::newWorker);

    public StreamingAggregates(int options, int years, List<Double> thresholdsGbp) {
        this(options, Metric.COUNT, years, thresholdsGbp);
    }

    /** @param metrics the number of metrics of the run's layout */
    public StreamingAggregates(int options, int metrics, int years, List<Double> thresholdsGbp) {
        this.options = options;
        this.metrics = metrics;
        this.years = years;
        this.thresholds = thresholdsGbp.stream().mapToDouble(Double::doubleValue).toArray();
        this.mergedMoments = new Moments[cells()];
        for (int c = 0; c < mergedMoments.length; c++) {
            mergedMoments[c] = new Moments();
        }
    }

    /** Cells: every option x metric x year, then every option x paired difference x year. */
    int cells() {
        return options * (metrics + DIFFERENCES.length) * years;
    }

    int cell(int option, int metric, int year) {
        return (option * metrics + metric) * years + year;
    }

    int differenceCell(int option, PairedDifference difference, int year) {
        return (options * metrics + option * DIFFERENCES.length + difference.ordinal()) * years + year;
    }

    private static final PairedDifference[] DIFFERENCES = PairedDifference.values();

    private synchronized Worker newWorker() {
        Worker w = new Worker();
        workers.add(w);
        return w;
    }

    @Override
    public BlockRecorder open(long from, long to) {
        Worker w = worker.get();
        int block = (int) (from / RunSettings.BLOCK);
        Moments[] moments = new Moments[cells()];
        for (int c = 0; c < moments.length; c++) {
            moments[c] = new Moments();
        }
        boolean[][] breached = new boolean[options][thresholds.length];
        // The base runs first in every block, so its values are at hand for the options' differences.
        double[][] base = new double[DIFFERENCES.length][(int) (to - from) * years];
        return new BlockRecorder() {
            @Override
            public void record(int option, long trajectory, int year, double[] outcome) {
                for (int m = 0; m < outcome.length; m++) {
                    int c = cell(option, m, year);
                    w.sketches[c].accept(outcome[m]);
                    moments[c].add(outcome[m]);
                }
                int slot = (int) (trajectory - from) * years + year;
                for (PairedDifference d : DIFFERENCES) {
                    double value = outcome[d.source().ordinal()];
                    if (option == 0) {
                        base[d.ordinal()][slot] = value;
                    } else {
                        int c = differenceCell(option, d, year);
                        double difference = value - base[d.ordinal()][slot];
                        w.sketches[c].accept(difference);
                        moments[c].add(difference);
                    }
                }
                double cumulative = outcome[Metric.CUMULATIVE_DEFICIT.ordinal()];
                boolean[] flags = breached[option];
                for (int k = 0; k < thresholds.length; k++) {
                    if (year == 0) {
                        flags[k] = false;
                    }
                    if (cumulative > thresholds[k]) {
                        w.exceed[option][k][year]++;
                        if (!flags[k]) {
                            flags[k] = true;
                            w.firstBreach[option][k][year]++;
                        }
                    }
                }
            }

            @Override
            public void close() {
                double[] packed = new double[3 * moments.length];
                for (int c = 0; c < moments.length; c++) {
                    packed[3 * c] = moments[c].count;
                    packed[3 * c + 1] = moments[c].mean;
                    packed[3 * c + 2] = moments[c].m2;
                }
                completed(block, packed);
            }
        };
    }

    /**
     * Merges block moments strictly in block order, so the floating-point sums are the same
     * whichever thread finished which block first; only a few blocks ever wait.
     */
    private synchronized void completed(int block, double[] packed) {
        pendingBlocks.put(block, packed);
        double[] next;
        while ((next = pendingBlocks.remove(nextBlock)) != null) {
            for (int c = 0; c < mergedMoments.length; c++) {
                mergedMoments[c].merge((long) next[3 * c], next[3 * c + 1], next[3 * c + 2]);
            }
            nextBlock++;
        }
    }

    /** Everything merged, once the kernel has finished. */
    synchronized Merged merge() {
        DDSketch[] sketches = new DDSketch[cells()];
        long[][][] exceed = new long[options][thresholds.length][years];
        long[][][] first = new long[options][thresholds.length][years];
        for (int c = 0; c < sketches.length; c++) {
            sketches[c] = DDSketches.unboundedDense(RELATIVE_ACCURACY);
        }
        for (Worker w : workers) {
            for (int c = 0; c < sketches.length; c++) {
                sketches[c].mergeWith(w.sketches[c]);
            }
            for (int o = 0; o < options; o++) {
                for (int k = 0; k < thresholds.length; k++) {
                    for (int t = 0; t < years; t++) {
                        exceed[o][k][t] += w.exceed[o][k][t];
                        first[o][k][t] += w.firstBreach[o][k][t];
                    }
                }
            }
        }
        if (!pendingBlocks.isEmpty()) {
            throw new IllegalStateException("blocks " + pendingBlocks.keySet() + " finished but block " + nextBlock + " did not");
        }
        return new Merged(sketches, mergedMoments, exceed, first);
    }

    record Merged(DDSketch[] sketches, Moments[] moments, long[][][] exceed, long[][][] firstBreach) {
    }

    double[] thresholds() {
        return thresholds.clone();
    }

    private final class Worker {
        final DDSketch[] sketches = new DDSketch[cells()];
        final long[][][] exceed = new long[options][thresholds.length][years];
        final long[][][] firstBreach = new long[options][thresholds.length][years];

        Worker() {
            for (int c = 0; c < sketches.length; c++) {
                sketches[c] = DDSketches.unboundedDense(RELATIVE_ACCURACY);
            }
        }
    }
}
