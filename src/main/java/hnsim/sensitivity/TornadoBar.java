package hnsim.sensitivity;

/**
 * One bar of a tornado chart: the output when one input is low and when it is high.
 *
 * @param low the output with the input low (at its P10, or in its bottom decile)
 * @param high the output with the input high (at its P90, or in its top decile)
 * @param reference the output with nothing moved (central path, or the median of all trajectories)
 */
public record TornadoBar(String input, double low, double high, double reference) {

    /** The bar's length, by which the chart sorts its bars. */
    public double swing() {
        return Math.abs(high - low);
    }
}
