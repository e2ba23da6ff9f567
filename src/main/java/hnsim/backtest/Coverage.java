package hnsim.backtest;

import java.util.List;
import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * How many outturns fell inside the forecasts' P10-P90 and P5-P95 ranges, against the 80% and
 * 90% a calibrated forecast would hold, with the chance of so few (or fewer) if it were
 * calibrated: with a handful of outturns only a large shortfall says much.
 */
public record Coverage(int outturns, int insideP10P90, int insideP5P95) {
    public static final double NOMINAL_80 = 0.8;
    public static final double NOMINAL_90 = 0.9;

    public static Coverage of(List<ActualPosition> positions) {
        int in80 = (int) positions.stream().filter(ActualPosition::withinP10P90).count();
        int in90 = (int) positions.stream().filter(ActualPosition::withinP5P95).count();
        return new Coverage(positions.size(), in80, in90);
    }

    public double shareP10P90() {
        return outturns == 0 ? Double.NaN : (double) insideP10P90 / outturns;
    }

    public double shareP5P95() {
        return outturns == 0 ? Double.NaN : (double) insideP5P95 / outturns;
    }

    /** P(at most this many inside P10-P90) if the forecasts were calibrated (binomial, independent outturns). */
    public double chanceOfAsFewP10P90() {
        return outturns == 0 ? Double.NaN : new BinomialDistribution(null, outturns, NOMINAL_80).cumulativeProbability(insideP10P90);
    }

    /** P(at most this many inside P5-P95) if the forecasts were calibrated. */
    public double chanceOfAsFewP5P95() {
        return outturns == 0 ? Double.NaN : new BinomialDistribution(null, outturns, NOMINAL_90).cumulativeProbability(insideP5P95);
    }
}
