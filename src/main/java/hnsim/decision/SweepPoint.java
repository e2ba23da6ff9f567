package hnsim.decision;

import hnsim.stats.RunStatistics;
import java.util.List;

/**
 * One point of a sweep: the value of the swept parameter (and of the second one in a grid,
 * NaN otherwise), the statistics of every option's run at it, and the fan chart of the base's
 * cumulative deficit as an SVG element for the sweep report.
 */
public record SweepPoint(double value, double value2, List<String> options, RunStatistics statistics,
                         String fanSvg) {
    public SweepPoint {
        options = List.copyOf(options);
    }

    public boolean isGrid() {
        return !Double.isNaN(value2);
    }
}
