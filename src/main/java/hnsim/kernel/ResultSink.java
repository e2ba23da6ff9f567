package hnsim.kernel;

/**
 * Where the kernel puts each trajectory's yearly metrics. The kernel opens one
 * {@link BlockRecorder} per block of trajectories, on the worker thread that runs the block;
 * a sink either stores every value ({@link TrajectoryStore}) or folds them into mergeable
 * aggregates, so memory need not grow with the number of trajectories.
 */
public interface ResultSink {
    /** Opens the recorder of the block of trajectories [from, to), on the calling worker thread. */
    BlockRecorder open(long from, long to);

    /** Receives the metrics of one block; used by one thread only. */
    interface BlockRecorder {
        /**
         * The metrics of {@code trajectory} of {@code option} in {@code year}; for each option and
         * trajectory the years arrive in order, 0 first.
         */
        void record(int option, long trajectory, int year, double[] outcome);

        /** The block is complete. */
        void close();
    }
}
