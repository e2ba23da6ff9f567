package hnsim.cli;

/** The {@code --threads} rule every command shares: default all processors, 1 to 1024 allowed. */
final class WorkerThreads {
    private WorkerThreads() {
    }

    /** The worker threads asked for ({@code null}: all processors); bad input outside 1 to 1024. */
    static int resolve(Integer threads) {
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1 || workers > 1024) {
            throw new BadInputException("--threads must be between 1 and 1024, got " + workers);
        }
        return workers;
    }
}
