package hnsim.model;

/**
 * What carries from one year of a trajectory to the next: demand and unit cost by type, the
 * grant, the Schools Block and the cumulative deficit. Updated in place by
 * {@link BudgetModel#step} so millions of trajectories allocate nothing per year.
 */
public final class TrajectoryState {
    final double[] demandPupils;
    final double[] unitCostGbp;
    double grantGbp;
    double schoolsBlockGbp;
    double cumulativeDeficitGbp;

    TrajectoryState(int types) {
        demandPupils = new double[types];
        unitCostGbp = new double[types];
    }

    public double cumulativeDeficitGbp() {
        return cumulativeDeficitGbp;
    }
}
