package hnsim.stats;

import java.util.List;

/**
 * When the cumulative deficit first exceeds a threshold: the share of trajectories whose
 * first breach falls in each year, and the share that never breach within the horizon.
 */
public record FirstBreach(String option, double thresholdGbp, List<String> years, List<Double> share,
                          double neverShare) {
    public FirstBreach {
        years = List.copyOf(years);
        share = List.copyOf(share);
    }
}
