package hnsim.model;

import hnsim.scenario.Scenario;

/** Unit costs grow by their inflation; gross cost by type is the type's pupils times its unit cost. */
final class CostStep implements ModelStep {
    private final int types;
    private final int[] typeMetric;

    CostStep(Scenario scenario, MetricLayout layout) {
        types = scenario.placements().size();
        typeMetric = new int[types];
        for (int p = 0; p < types; p++) {
            typeMetric[p] = layout.indexOf(MetricLayout.grossCost(scenario.placements().get(p).name()));
        }
    }

    @Override
    public void apply(int year, TrajectoryState s, TrajectoryInputs in, double[] row) {
        double gross = 0;
        for (int p = 0; p < types; p++) {
            s.unitCostGbp[p] *= 1 + in.inflation[p][year];
            double cost = s.pupils[p] * s.unitCostGbp[p];
            row[typeMetric[p]] = cost;
            gross += cost;
        }
        s.grossCostGbp = gross;
        row[Metric.GROSS_COST.ordinal()] = gross;
    }
}
