package hnsim.kernel;

import hnsim.model.Metric;
import hnsim.model.MetricLayout;

/**
 * The yearly metrics of every trajectory of every option ({@code [option][metric][year][trajectory]}),
 * kept so that exact order statistics and paired option differences can be computed
 * afterwards. Small runs keep doubles, so a deterministic run reports its figures to the
 * penny; large runs keep floats (7 significant digits: a £100m deficit to the nearest £10)
 * to halve the memory.
 */
public final class TrajectoryStore implements ResultSink {
    /** Runs whose store would exceed this in doubles use floats. */
    static final long DOUBLE_LIMIT_BYTES = 256L << 20;

    private final double[][][][] doubles;
    private final float[][][][] floats;
    private final int trajectories;
    private final int years;
    private final int options;
    private final MetricLayout layout;

    public TrajectoryStore(int options, MetricLayout layout, int years, int trajectories) {
        this.trajectories = trajectories;
        this.years = years;
        this.options = options;
        this.layout = layout;
        if (2 * bytesNeeded(options, layout.size(), years, trajectories) <= DOUBLE_LIMIT_BYTES) {
            doubles = new double[options][layout.size()][years][trajectories];
            floats = null;
        } else {
            floats = new float[options][layout.size()][years][trajectories];
            doubles = null;
        }
    }

    /** A store of the core metrics only. */
    public TrajectoryStore(int options, int years, int trajectories) {
        this(options, MetricLayout.CORE, years, trajectories);
    }

    /** Bytes the store of a large run needs (floats), to refuse runs that cannot fit before starting. */
    public static long bytesNeeded(int options, int metrics, int years, long trajectories) {
        return 4L * options * metrics * years * trajectories;
    }

    /** Bytes for the core metrics only. */
    public static long bytesNeeded(int options, int years, long trajectories) {
        return bytesNeeded(options, Metric.COUNT, years, trajectories);
    }

    public MetricLayout layout() {
        return layout;
    }

    @Override
    public BlockRecorder open(long from, long to) {
        return new BlockRecorder() {
            @Override
            public void record(int option, long trajectory, int year, double[] outcome) {
                put(option, trajectory, year, outcome);
            }

            @Override
            public void close() {
                // Values are written in place; nothing to merge.
            }
        };
    }

    void put(int option, long trajectory, int year, double[] outcome) {
        int i = (int) trajectory;
        if (doubles != null) {
            double[][][] o = doubles[option];
            for (int m = 0; m < outcome.length; m++) {
                o[m][year][i] = outcome[m];
            }
        } else {
            float[][][] o = floats[option];
            for (int m = 0; m < outcome.length; m++) {
                o[m][year][i] = (float) outcome[m];
            }
        }
    }

    /** One value: trajectory {@code i} of an option, metric and year. */
    public double get(int option, Metric metric, int year, int i) {
        return get(option, metric.ordinal(), year, i);
    }

    /** One value by the metric's index in the layout. */
    public double get(int option, int metric, int year, int i) {
        return doubles != null ? doubles[option][metric][year][i] : floats[option][metric][year][i];
    }

    /** A fresh copy of the column of one option, metric and year, in trajectory order. */
    public double[] column(int option, Metric metric, int year) {
        return column(option, metric.ordinal(), year);
    }

    /** A fresh copy of a column by the metric's index in the layout. */
    public double[] column(int option, int metric, int year) {
        if (doubles != null) {
            return doubles[option][metric][year].clone();
        }
        float[] source = floats[option][metric][year];
        double[] out = new double[source.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = source[i];
        }
        return out;
    }

    /** True when values are kept in single precision. */
    public boolean isSinglePrecision() {
        return floats != null;
    }

    public int trajectories() {
        return trajectories;
    }

    public int years() {
        return years;
    }

    public int options() {
        return options;
    }
}
