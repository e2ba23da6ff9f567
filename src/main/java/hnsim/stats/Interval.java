package hnsim.stats;

/** A 95% confidence interval. */
public record Interval(double low, double high) {
    public double halfWidth() {
        return (high - low) / 2;
    }
}
