package hnsim.stats;

/** P(metric > threshold) in one year of one option, with a 95% Wilson interval. */
public record Exceedance(String option, String year, double thresholdGbp, double probability, Interval ci) {
}
