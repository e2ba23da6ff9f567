package hnsim.kernel;

import hnsim.model.Metric;

/**
 * The yearly metrics of every trajectory of every option, as compact float columns
 * ({@code [option][metric][year][trajectory]}), so exact order statistics and paired option
 * differences can be computed afterwards. Floats keep 7 significant digits: pennies are lost
 * on a £100m deficit, pounds are not rounded beyond £10.
 */
public final class TrajectoryStore {
    private final float[][][][] values;
    private final int trajectories;
    private final int years;

    TrajectoryStore(int options, int years, int trajectories) {
        this.trajectories = trajectories;
        this.years = years;
        values = new float[options][Metric.COUNT][years][trajectories];
    }

    /** Bytes the store of such a run needs, to refuse runs that cannot fit before starting. */
    public static long bytesNeeded(int options, int years, long trajectories) {
        return 4L * options * Metric.COUNT * years * trajectories;
    }

    void put(int option, long trajectory, int year, double[] outcome) {
        int i = (int) trajectory;
        float[][][] o = values[option];
        for (int m = 0; m < outcome.length; m++) {
            o[m][year][i] = (float) outcome[m];
        }
    }

    /** The column of one option, metric and year; do not modify. */
    public float[] column(int option, Metric metric, int year) {
        return values[option][metric.ordinal()][year];
    }

    public int trajectories() {
        return trajectories;
    }

    public int years() {
        return years;
    }

    public int options() {
        return values.length;
    }
}
