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
     * {@code [workstream][year]}: the target on time, slipped, late, and slipped and late, found
     * once per scenario rather than on every trajectory's every year.
     */
    private final double[][] onTime;
    private final double[][] slippedTarget;
    private final double[][] lateTarget;
    private final double[][] slippedLateTarget;

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
        onTime = new double[n][];
        slippedTarget = new double[n][];
        lateTarget = new double[n][];
        slippedLateTarget = new double[n][];
        for (int w = 0; w < n; w++) {
            int years = targets[w].length;
            onTime[w] = new double[years];
            slippedTarget[w] = new double[years];
            lateTarget[w] = new double[years];
            slippedLateTarget[w] = new double[years];
            for (int t = 0; t < years; t++) {
                onTime[w][t] = target(w, t);
                slippedTarget[w][t] = target(w, t - slipYears[w]);
                lateTarget[w][t] = target(w, t - delayYears[w]);
                slippedLateTarget[w][t] = target(w, t - slipYears[w] - delayYears[w]);
            }
        }
    }

    @Override
    public void apply(int year, TrajectoryState s, TrajectoryInputs in, double[] row) {
        double total = 0;
        for (int w = 0; w < targets.length; w++) {
            double slipped = in.slipped[w];
            double late = opening[w] < 0 ? 0 : in.openingLate[opening[w]];
            double profile = (1 - slipped) * (1 - late) * onTime[w][year]
                    + slipped * (1 - late) * slippedTarget[w][year]
                    + (1 - slipped) * late * lateTarget[w][year]
                    + slipped * late * slippedLateTarget[w][year];
            double saved = profile * in.delivery[w][year];
            row[metric[w]] = saved;
            total += saved;
        }
        s.savingsGbp = total;
        row[Metric.SAVINGS.ordinal()] = total;
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
