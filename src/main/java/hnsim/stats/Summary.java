package hnsim.stats;

import java.util.List;

/**
 * The distribution of one metric in one year of one option across trajectories.
 *
 * @param percentiles values at {@link Percentiles#LEVELS}, same order
 * @param percentileCis 95% intervals of those percentiles (distribution-free, by order statistics)
 */
public record Summary(String option, String metric, String year, long count, double mean, double sd,
                      Interval meanCi, List<Double> percentiles, List<Interval> percentileCis) {
    public Summary {
        percentiles = List.copyOf(percentiles);
        percentileCis = List.copyOf(percentileCis);
    }

    public double percentile(int level) {
        int i = Percentiles.LEVELS.indexOf(level);
        if (i < 0) {
            throw new IllegalArgumentException("no percentile " + level);
        }
        return percentiles.get(i);
    }

    public Interval percentileCi(int level) {
        return percentileCis.get(Percentiles.LEVELS.indexOf(level));
    }
}
