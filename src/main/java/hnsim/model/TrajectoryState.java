package hnsim.model;

/**
 * What carries from one year of a trajectory to the next (pupils, joiners and unit cost by
 * type, the grant, the Schools Block, the cumulative deficit, the state of the policy rules)
 * and the year's accounts the steps pass on to each other. Updated in place by
 * {@link BudgetModel#step} so millions of trajectories allocate nothing per year.
 */
public final class TrajectoryState {
    /** Demand by type (without flows): the pupils needing each type, wherever placed. */
    final double[] demandPupils;
    /** Pupils placed in each type: the stock under flows, this year's placement otherwise. */
    final double[] pupils;
    /** New plans by type this year (flows). */
    final double[] joiners;
    final double[] unitCostGbp;
    /** This year's capacity by type (NaN: no limit). */
    final double[] capacity;
    double grantGbp;
    double schoolsBlockGbp;
    double cumulativeDeficitGbp;

    // The year's accounts, set by the steps in order.
    double grossCostGbp;
    double savingsGbp;
    double transferGbp;
    double fundingGbp;
    double inYearDeficitGbp;

    /** Whether each conditional transfer rule requested a transfer for the coming year. */
    final boolean[] requested;
    /** True once a Safety Valve year has been missed. */
    boolean safetyValveMissed;

    TrajectoryState(int types, int conditionalRules) {
        demandPupils = new double[types];
        pupils = new double[types];
        joiners = new double[types];
        unitCostGbp = new double[types];
        capacity = new double[types];
        requested = new boolean[conditionalRules];
    }
}
