package hnsim.decision;

/**
 * How an option changes the chance that the cumulative deficit passes a threshold in one year:
 * P(option's cumulative deficit &gt; threshold) and the same for {@code against}, on the same trajectories.
 */
public record ThresholdEffect(String option, String against, String year, double thresholdGbp, double pOption,
                              double pAgainst) {
    /** The change in probability, option minus against (negative: the option makes the breach less likely). */
    public double change() {
        return pOption - pAgainst;
    }
}
