package hnsim.backtest;

import hnsim.model.Metric;
import hnsim.scenario.Actual;
import hnsim.stats.SimulationResult;
import hnsim.stats.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Places every outturn of a scenario file in its run's distribution (the base option). */
public final class Positions {
    private Positions() {
    }

    /** The outturns whose metric the run reports, in file order, each with its position. */
    public static List<ActualPosition> of(SimulationResult result) {
        List<ActualPosition> out = new ArrayList<>();
        for (Actual actual : result.scenarioFile().actuals()) {
            of(result, actual).ifPresent(out::add);
        }
        return out;
    }

    static Optional<ActualPosition> of(SimulationResult result, Actual actual) {
        Optional<Metric> metric = metric(actual.metric());
        if (metric.isEmpty()) {
            return Optional.empty();
        }
        String base = result.optionNames().get(0);
        Summary s = result.statistics().find(base, actual.metric(), result.years().get(actual.yearIndex()));
        double[] values = result.values(0, metric.get(), actual.yearIndex());
        return Optional.of(new ActualPosition(actual, percentile(values, actual.value()),
                outside(values, actual.value()), s.percentile(5), s.percentile(10), s.percentile(50),
                s.percentile(90), s.percentile(95)));
    }

    /**
     * The probability integral transform of {@code value} on a 0-100 scale: the share of values
     * below it, ties counted half (so a value equal to every trajectory of a deterministic run
     * reads 50, not 0 or 100).
     */
    public static double percentile(double[] values, double value) {
        long below = 0;
        long equal = 0;
        for (double v : values) {
            if (v < value) {
                below++;
            } else if (v == value) {
                equal++;
            }
        }
        return 100.0 * (below + 0.5 * equal) / values.length;
    }

    static ActualPosition.Outside outside(double[] values, double value) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return value < min ? ActualPosition.Outside.BELOW
                : value > max ? ActualPosition.Outside.ABOVE : ActualPosition.Outside.NONE;
    }

    private static Optional<Metric> metric(String name) {
        for (Metric m : Metric.values()) {
            if (m.key().equals(name)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
