package hnsim.kernel;

/** Where a yearly input's values for one trajectory come from: its own stream, or a correlated group. */
interface YearlyDraw {
    /** Fills {@code out[0..years)} with trajectory {@code trajectory}'s values. */
    void draw(long seed, long trajectory, double[] out);

    /** Number of random draws one trajectory takes from this input (for the benchmark floor). */
    int drawsPerTrajectory();
}
