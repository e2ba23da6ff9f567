package hnsim.decision;

/**
 * The effect of an option against another ({@code against}, usually the base) on one metric in
 * one year, from the paired differences (option minus against, in the same trajectory): their
 * mean and percentiles in pounds, and the shares of trajectories where the option is lower or
 * higher by more than {@link Effects#NO_DIFFERENCE_GBP}.
 *
 * @param metric the metric whose difference this is: {@code cumulative_deficit} or {@code in_year_deficit}
 */
public record Effect(String option, String against, String metric, String year, double mean, double p10,
                     double p50, double p90, double pLower, double pHigher) {
    /** The chance the option makes any difference at all (lower or higher). */
    public double pAnyDifference() {
        return pLower + pHigher;
    }
}
