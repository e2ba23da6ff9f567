package hnsim.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Which inputs drive the spread of an outcome: Spearman rank correlations and standardised
 * rank regression coefficients (SRRC) of each input's per-trajectory value against the
 * outcome, the usual global sensitivity measures of Monte Carlo risk models. Ranks make them
 * robust to skewed inputs; the regression separates inputs that move together.
 */
public final class SensitivityAnalysis {
    private SensitivityAnalysis() {
    }

    /**
     * @param inputs names of the inputs, one per column of {@code features}
     * @param features one row per trajectory, one column per input
     * @param outcome the outcome of each trajectory
     * @return the drivers, largest share first; inputs that never vary are left out
     */
    public static List<Driver> compute(List<String> inputs, double[][] features, double[] outcome) {
        int n = outcome.length;
        List<Integer> varying = new ArrayList<>();
        for (int j = 0; j < inputs.size(); j++) {
            double first = features[0][j];
            for (int i = 1; i < n; i++) {
                if (features[i][j] != first) {
                    varying.add(j);
                    break;
                }
            }
        }
        if (varying.isEmpty() || n < varying.size() + 3) {
            return List.of();
        }
        // Each column is ranked once: its Spearman coefficient is Pearson's on the ranks
        // (as commons-math3's SpearmansCorrelation computes it, with the same ranking), and
        // the same ranks, standardised, are the regression's.
        double[] outcomeRanks = ranks(outcome);
        double[][] x = new double[n][varying.size()];
        double[] spearman = new double[varying.size()];
        for (int k = 0; k < varying.size(); k++) {
            double[] column = new double[n];
            for (int i = 0; i < n; i++) {
                column[i] = features[i][varying.get(k)];
            }
            double[] raw = ranks(column);
            spearman[k] = new PearsonsCorrelation().correlation(raw, outcomeRanks);
            double[] ranks = standardise(raw);
            for (int i = 0; i < n; i++) {
                x[i][k] = ranks[i];
            }
        }
        outcomeRanks = standardise(outcomeRanks);
        OLSMultipleLinearRegression regression = new OLSMultipleLinearRegression();
        regression.setNoIntercept(true);
        regression.newSampleData(outcomeRanks, x);
        double[] srrc = regression.estimateRegressionParameters();
        double total = 0;
        for (double b : srrc) {
            total += b * b;
        }
        List<Driver> drivers = new ArrayList<>();
        for (int k = 0; k < varying.size(); k++) {
            drivers.add(new Driver(inputs.get(varying.get(k)), spearman[k], srrc[k],
                    total == 0 ? 0 : srrc[k] * srrc[k] / total));
        }
        drivers.sort(Comparator.comparingDouble(Driver::share).reversed().thenComparing(Driver::input));
        return drivers;
    }

    /**
     * Ranks 1 to n, ties sharing the average of their ranks: exactly commons-math3's
     * {@code NaturalRanking(TiesStrategy.AVERAGE)} (values ordered by {@link Double#compare}),
     * from one sort of a primitive copy and two binary searches per value instead of a sort of
     * boxed pairs. Values with NaN go to commons-math3, which refuses them.
     */
    static double[] ranks(double[] values) {
        double[] sorted = values.clone();
        for (double v : sorted) {
            if (Double.isNaN(v)) {
                return new NaturalRanking(TiesStrategy.AVERAGE).rank(values);
            }
        }
        Arrays.sort(sorted);
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            int first = firstNotBelow(sorted, values[i]);
            int end = firstAbove(sorted, values[i], first);
            // Positions first..end-1 (0-based) share the ranks first+1..end: their average.
            out[i] = (first + 1 + end) / 2d;
        }
        return out;
    }

    private static int firstNotBelow(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Double.compare(sorted[mid], x) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int firstAbove(double[] sorted, double x, int from) {
        int lo = from;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Double.compare(sorted[mid], x) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double[] standardise(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(ss / values.length);
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = sd == 0 ? 0 : (values[i] - mean) / sd;
        }
        return out;
    }
}
