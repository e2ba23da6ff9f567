package hnsim.decision;

import hnsim.stats.Interval;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.AllowedSolution;
import org.apache.commons.math3.analysis.solvers.BracketingNthOrderBrentSolver;

/**
 * Goal seek on common random numbers: the value of one parameter at which a statistic of the
 * run's own trajectories meets a target. Every evaluation runs the same trajectories (same seed
 * and N), so the estimate is a deterministic function of the value, monotone where the model
 * is; a bracketing Brent solver (commons-math3) finds its crossing and keeps the answer on the
 * side that meets the target, so a plain run at the value printed meets it exactly.
 *
 * <p>The 95% Monte Carlo interval is found by inverting the statistic's own 95% interval: the
 * values at which the interval's upper and lower bounds cross the target (order-statistic
 * bounds for a percentile, normal for a mean, Wilson for a probability).
 */
public final class GoalSeek {
    /** Points of the first scan of the range, for bracketing and the monotonicity check. */
    static final int SCAN = 9;
    static final String INTERVAL_METHOD = "inverting the statistic's 95% interval (order-statistic bounds for a "
            + "percentile, normal for a mean, Wilson for a probability) on the same trajectories";

    /** The target metric's values in the target year at one value of the parameter, one per trajectory. */
    public interface Evaluation {
        double[] column(double value) throws Exception;
    }

    private final Parameter parameter;
    private final Target target;
    private final Evaluation evaluation;
    private final Map<Double, double[]> sorted = new TreeMap<>();
    /** Ends of the range that an interval bound reached without crossing the target. */
    private final java.util.Set<Double> openEnds = new java.util.HashSet<>();

    public GoalSeek(Parameter parameter, Target target, Evaluation evaluation) {
        this.parameter = parameter;
        this.target = target;
        this.evaluation = evaluation;
    }

    public Solution solve() throws Exception {
        double from = parameter.from();
        double to = parameter.to();
        List<Double> xs = new ArrayList<>();
        List<Double> stats = new ArrayList<>();
        for (int i = 0; i < SCAN; i++) {
            double x = Parameter.clean(from + (to - from) * i / (SCAN - 1));
            xs.add(x);
            stats.add(statistic(x));
        }
        boolean monotone = monotone(stats);
        int bracket = -1;
        boolean anyMet = false;
        boolean allMet = true;
        for (int i = 0; i < SCAN; i++) {
            anyMet |= target.met(stats.get(i));
            allMet &= target.met(stats.get(i));
            if (bracket < 0 && i > 0 && target.met(stats.get(i - 1)) != target.met(stats.get(i))) {
                bracket = i - 1;
            }
        }
        if (!anyMet) {
            int best = 0;
            for (int i = 1; i < SCAN; i++) {
                if (target.gap(stats.get(i)) < target.gap(stats.get(best))) {
                    best = i;
                }
            }
            double x = xs.get(best);
            return solution(x, stats.get(best), new double[] {Double.NaN, Double.NaN}, false, monotone);
        }
        if (allMet) {
            // The whole range meets the target; the answer is the end nearest to failing it.
            int edge = target.gap(stats.get(0)) >= target.gap(stats.get(SCAN - 1)) ? 0 : SCAN - 1;
            double x = xs.get(edge);
            return solution(x, stats.get(edge), ciBounds(from, to, x), true, monotone);
        }
        double lo = xs.get(bracket);
        double hi = xs.get(bracket + 1);
        boolean metAtHigh = target.met(stats.get(bracket + 1));
        double root = root(x -> signedGap(target.gap(statistic(x))), lo, hi, 1e-6);
        double value = rounded(root, metAtHigh);
        return solution(value, statistic(value), ciBounds(from, to, value), true, monotone);
    }

    /** The value rounded to a printable grid (a hundred-thousandth of the range), on the side that meets the target. */
    private double rounded(double root, boolean metAtHigh) throws Exception {
        double unit = Math.pow(10, Math.floor(Math.log10((parameter.to() - parameter.from()) / 1e5)));
        BigDecimal grid = BigDecimal.valueOf(unit);
        double value = BigDecimal.valueOf(root).divide(grid, 0, metAtHigh ? RoundingMode.CEILING : RoundingMode.FLOOR)
                .multiply(grid).doubleValue();
        for (int i = 0; i < 10 && !target.met(statistic(value)); i++) {
            value = BigDecimal.valueOf(value).add(metAtHigh ? grid : grid.negate()).doubleValue();
        }
        return value;
    }

    /** Where the statistic's interval bounds cross the target; a bound not crossing in the range is the range's end. */
    private double[] ciBounds(double from, double to, double value) throws Exception {
        List<Double> ends = new ArrayList<>();
        for (boolean upper : new boolean[] {false, true}) {
            UnivariateFunction gap = x -> {
                Interval ci = intervalUnchecked(x);
                return signedGap(target.gap(upper ? ci.high() : ci.low()));
            };
            double gFrom = gap.value(from);
            double gTo = gap.value(to);
            if (gFrom <= 0 == gTo <= 0) {
                // The bound meets (or misses) the target over the whole range: the interval reaches the range's end.
                double end = Math.abs(gFrom) < Math.abs(gTo) ? from : to;
                ends.add(end);
                openEnds.add(end);
            } else {
                // The interval is shown to a few digits: a coarser tolerance saves runs.
                ends.add(root(gap, from, to, 1e-4));
            }
        }
        double low = Math.min(Math.min(ends.get(0), ends.get(1)), value);
        double high = Math.max(Math.max(ends.get(0), ends.get(1)), value);
        return new double[] {low, high};
    }

    /**
     * The gap, with an exact hit counted as just inside: a probability or an order statistic is
     * flat between jumps, and a solver stopping at the first exact zero would return any point
     * of the flat stretch instead of its edge, where the target starts to hold.
     */
    static double signedGap(double gap) {
        return gap == 0 ? -Double.MIN_NORMAL : gap;
    }

    /** @param tolerance the absolute accuracy as a share of the range searched */
    private double root(UnivariateFunction f, double lo, double hi, double tolerance) {
        double absolute = (parameter.to() - parameter.from()) * tolerance;
        BracketingNthOrderBrentSolver solver = new BracketingNthOrderBrentSolver(1e-12, absolute, 0, 5);
        return solver.solve(200, f, lo, hi, AllowedSolution.BELOW_SIDE);
    }

    private Solution solution(double value, double achieved, double[] ci, boolean reachable, boolean monotone) {
        return new Solution(parameter.path(), value, Parameter.text(value), parameter.display(value), ci[0], ci[1],
                bound(ci[0], "below"), bound(ci[1], "beyond"), target, achieved, reachable, monotone, INTERVAL_METHOD, sorted.size());
    }

    /** An interval end as text; one that stopped at the end of the range says it may lie further. */
    private String bound(double end, String side) {
        String text = parameter.display(end);
        return openEnds.contains(end) && end != (side.equals("below") ? parameter.to() : parameter.from())
                ? text + " or " + side + " (the end of the range searched)" : text;
    }

    /** Ties allowed; a rise and a fall in the scan, each beyond rounding, is not monotone. */
    static boolean monotone(List<Double> values) {
        boolean up = false;
        boolean down = false;
        for (int i = 1; i < values.size(); i++) {
            double d = values.get(i) - values.get(i - 1);
            double tolerance = 1e-9 * Math.max(1, Math.abs(values.get(i)));
            up |= d > tolerance;
            down |= d < -tolerance;
        }
        return !(up && down);
    }

    double statistic(double x) {
        return target.statistic(column(x).clone());
    }

    private Interval intervalUnchecked(double x) {
        return target.interval(column(x).clone());
    }

    /** The sorted column at x, run once per value. */
    private double[] column(double x) {
        double key = x == 0 ? 0 : x; // -0.0 and 0.0 are one value
        double[] values = sorted.get(key);
        if (values == null) {
            try {
                values = evaluation.column(key);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            values = values.clone();
            java.util.Arrays.sort(values);
            sorted.put(key, values);
        }
        return values;
    }
}
