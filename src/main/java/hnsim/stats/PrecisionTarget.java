package hnsim.stats;

import hnsim.model.Metric;
import java.util.List;

/**
 * The {@code --precision} stopping rule: the 95% confidence half-widths of the P50 and P90 of
 * the final-year cumulative deficit, in every option, must be at most {@code toleranceGbp}.
 */
public record PrecisionTarget(double toleranceGbp, int maxTrajectories) {
    public PrecisionTarget {
        if (!(toleranceGbp > 0)) {
            throw new IllegalArgumentException("the precision tolerance must be greater than 0");
        }
    }

    /** The widest half-width among the watched percentiles of a run. */
    public static double widestHalfWidth(RunStatistics stats, List<String> options, String finalYear) {
        double widest = 0;
        for (String option : options) {
            Summary s = stats.find(option, Metric.CUMULATIVE_DEFICIT.key(), finalYear);
            widest = Math.max(widest, Math.max(s.percentileCi(50).halfWidth(), s.percentileCi(90).halfWidth()));
        }
        return widest;
    }

    /** How a precision run ended. */
    public record Outcome(double toleranceGbp, double achievedHalfWidthGbp, int trajectories, int rounds, boolean met) {
    }
}
