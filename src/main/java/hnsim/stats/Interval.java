package hnsim.stats;

/** A 95% confidence interval. */
public record Interval(double low, double high) {
    /** The 97.5% point of the standard normal: the z of every two-sided 95% interval here. */
    static final double Z95 = 1.959963984540054;

    /** The normal-theory 95% interval of a mean of {@code n} values with standard deviation {@code sd}. */
    static Interval ofMean(double mean, double sd, long n) {
        double half = n > 1 ? Z95 * sd / Math.sqrt(n) : 0;
        return new Interval(mean - half, mean + half);
    }

    public double halfWidth() {
        return (high - low) / 2;
    }
}
