package hnsim.backtest;

import hnsim.scenario.Actual;

/**
 * Where a reported outturn fell in the run's distribution of its metric and year (base option).
 *
 * @param percentile the share of trajectories below the outturn, ties counted half, on a 0-100
 *                   scale: its probability integral transform. A calibrated forecast puts
 *                   outturns anywhere from 0 to 100 with equal chance.
 * @param outside {@link Outside#BELOW} or {@link Outside#ABOVE} when no trajectory reached the
 *                outturn (percentile 0 or 100), {@link Outside#NONE} otherwise
 */
public record ActualPosition(Actual actual, double percentile, Outside outside, double p5, double p10, double p50,
                             double p90, double p95) {
    public enum Outside {
        NONE, BELOW, ABOVE
    }

    public boolean withinP10P90() {
        return actual.value() >= p10 && actual.value() <= p90;
    }

    public boolean withinP5P95() {
        return actual.value() >= p5 && actual.value() <= p95;
    }

    /** "below every trajectory", "above every trajectory", or "" inside the run's range. */
    public String outsideNote() {
        return switch (outside) {
            case BELOW -> "below every trajectory";
            case ABOVE -> "above every trajectory";
            case NONE -> "";
        };
    }
}
