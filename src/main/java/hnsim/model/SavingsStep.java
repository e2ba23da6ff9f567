package hnsim.model;

import hnsim.scenario.Opening;
import hnsim.scenario.Scenario;
import hnsim.scenario.Workstream;

/**
 * Each workstream saves its target times the fraction delivered. The target profile is shifted
 * later when the workstream slipped and when the programme opening it depends on was late (its
 * savings start when the places open); in the deterministic path, where these events hold their
 * planned chances, the profile is the mixture of the shifted ones.
 */
final class SavingsStep implements ModelStep {
    private final double[][] targets;
    private final double[][] pastTargets;
    private final int[] slipYears;
    private final int[] opening;
    private final int[] delayYears;
    private final int[] metric;
    /**
     * {@code [workstream][4 * year + combination]}: the target on time, slipped, late, and slipped
     * and late ({@link #combination}), found once per scenario rather than on every trajectory's
     * every year.
     */
    private final double[][] shifted;
    /** Whether every target, past ones included, has a clear sign bit: the profile's shortcut then holds. */
    private final boolean nonNegative;

    SavingsStep(Scenario scenario, MetricLayout layout) {
        int n = scenario.workstreams().size();
        targets = new double[n][];
        pastTargets = new double[n][];
        slipYears = new int[n];
        opening = new int[n];
        delayYears = new int[n];
        metric = new int[n];
        for (int w = 0; w < n; w++) {
            Workstream ws = scenario.workstreams().get(w);
            targets[w] = ws.targetGbp().stream().mapToDouble(Double::doubleValue).toArray();
            pastTargets[w] = ws.pastTargetGbp().stream().mapToDouble(Double::doubleValue).toArray();
            slipYears[w] = ws.slipYears();
            opening[w] = -1;
            for (int k = 0; k < scenario.programme().size(); k++) {
                Opening o = scenario.programme().get(k);
                if (o.name().equals(ws.dependsOn())) {
                    opening[w] = k;
                    delayYears[w] = o.delayYears();
                }
            }
            metric[w] = layout.indexOf(MetricLayout.savings(ws.id()));
        }
        nonNegative = java.util.Arrays.stream(targets).flatMapToDouble(java.util.Arrays::stream)
                .allMatch(v -> Double.doubleToRawLongBits(v) >= 0)
                && java.util.Arrays.stream(pastTargets).flatMapToDouble(java.util.Arrays::stream)
                .allMatch(v -> Double.doubleToRawLongBits(v) >= 0);
        shifted = new double[n][];
        for (int w = 0; w < n; w++) {
            int years = targets[w].length;
            shifted[w] = new double[4 * years];
            for (int t = 0; t < years; t++) {
                shifted[w][4 * t] = target(w, t);
                shifted[w][4 * t + 1] = target(w, t - slipYears[w]);
                shifted[w][4 * t + 2] = target(w, t - delayYears[w]);
                shifted[w][4 * t + 3] = target(w, t - slipYears[w] - delayYears[w]);
            }
        }
    }

    @Override
    public void apply(int year, TrajectoryState s, TrajectoryInputs in, double[] row) {
        double total = 0;
        for (int w = 0; w < targets.length; w++) {
            double slipped = in.slipped[w];
            double late = opening[w] < 0 ? 0 : in.openingLate[opening[w]];
            double profile = profile(w, year, slipped, late);
            double saved = profile * in.delivery[w][year];
            row[metric[w]] = saved;
            total += saved;
        }
        s.savingsGbp = total;
        row[Metric.SAVINGS.ordinal()] = total;
    }

    /**
     * The year's target given the slip and the lateness: in a trajectory each is 0 or 1, and the
     * profile is one of the four precomputed targets, looked up rather than chosen by branches
     * (a slip drawn at 20% sends a branch the wrong way one time in five); in the deterministic
     * path they are the planned chances, and the profile is the mixture. With targets of clear
     * sign bit (none negative, none -0.0) the mixture at 0s and 1s is exactly the one target it
     * picks (the other terms are +0.0, and x + 0.0 is x for such x), so the shortcut gives the
     * same bits.
     */
    private double profile(int w, int year, double slipped, double late) {
        double[] targets = shifted[w];
        int at = 4 * year;
        int combination = nonNegative ? combination(slipped, late) : -1;
        if (combination >= 0) {
            return targets[at + combination];
        }
        return mixture(slipped, late, targets[at], targets[at + 1], targets[at + 2], targets[at + 3]);
    }

    /** Which of the four targets a slip and a lateness of 0 or 1 pick (slipped + 2 x late), or -1 for other values. */
    static int combination(double slipped, double late) {
        int s = (int) slipped;
        int l = (int) late;
        return s == slipped && l == late && ((s | l) & ~1) == 0 ? s + 2 * l : -1;
    }

    /** The targets mixed by the chances of a slip and of lateness (the deterministic path's profile). */
    static double mixture(double slipped, double late, double a, double b, double c, double d) {
        return (1 - slipped) * (1 - late) * a + slipped * (1 - late) * b + (1 - slipped) * late * c
                + slipped * late * d;
    }

    /** The target of a year; before the first year, the past targets of a rolled-forward scenario, else 0. */
    private double target(int w, int year) {
        if (year >= 0) {
            return targets[w][year];
        }
        int past = pastTargets[w].length + year;
        return past >= 0 ? pastTargets[w][past] : 0;
    }
}
