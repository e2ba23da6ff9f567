package hnsim.model;

import hnsim.scenario.Scenario;

/**
 * The realised inputs of one trajectory, year by year: what the kernel drew (or, in
 * deterministic mode, the central values). Events hold 1 when they happened and 0 when not;
 * in deterministic mode they hold the planned probability, so the model carries their
 * expected effect.
 *
 * <p>Mutable arrays on purpose: the kernel refills one instance per worker for every
 * trajectory, so the hot path allocates nothing.
 */
public final class TrajectoryInputs {
    /** Demand growth rate by placement type and year. */
    public final double[][] growth;
    /**
     * Unit-cost inflation by placement type and year as the model reads it: the type's own
     * rate or general inflation, plus the shock in shock years ({@link InputCatalogue#complete}).
     */
    public final double[][] inflation;
    /** A type's own unit-cost inflation by year, before any shock (unused for types that follow general inflation). */
    public final double[][] ownInflation;
    /** General inflation by year, before any shock; kept to tell what drove a trajectory. */
    public final double[] generalInflation;
    /** Whether an inflation shock struck in each year (1) or not (0). */
    public final double[] inflationShock;
    public final double[] grantGrowth;
    public final double[] schoolsBlockGrowth;
    /** Approval of each transfer (1 approved, 0 refused). */
    public final double[] transferApproved;
    /** Fraction of target delivered by workstream and year. */
    public final double[][] delivery;
    /** Whether each workstream slipped (1) or not (0). */
    public final double[] slipped;
    /** Amount of each other-income line by year. */
    public final double[][] otherIncome;

    public TrajectoryInputs(Scenario scenario) {
        int years = scenario.years();
        int types = scenario.placements().size();
        growth = new double[types][years];
        inflation = new double[types][years];
        ownInflation = new double[types][years];
        generalInflation = new double[years];
        inflationShock = new double[years];
        grantGrowth = new double[years];
        schoolsBlockGrowth = new double[years];
        transferApproved = new double[scenario.transfers().size()];
        delivery = new double[scenario.workstreams().size()][years];
        slipped = new double[scenario.workstreams().size()];
        otherIncome = new double[scenario.funding().otherIncome().size()][years];
    }
}
