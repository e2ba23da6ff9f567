package hnsim.model;

/** One named part of the yearly budget step; the steps run in order and pass the year's accounts on in the state. */
interface ModelStep {
    /** Applies the step to year {@code year} and writes its metrics into {@code row} (indexed by the layout). */
    void apply(int year, TrajectoryState state, TrajectoryInputs in, double[] row);
}
