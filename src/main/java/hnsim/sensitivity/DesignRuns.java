package hnsim.sensitivity;

import hnsim.kernel.Kernel;
import hnsim.kernel.RunSettings;
import hnsim.kernel.Sampling;
import hnsim.kernel.Workers;
import hnsim.model.InputCatalogue;
import hnsim.model.Metric;
import hnsim.model.UncertainInput;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Replays trajectories [from, to) of several catalogues (the matrices of a Saltelli design, each
 * a catalogue with some inputs re-keyed to other streams) on a pool of threads, one catalogue per
 * task. Each task fills its own arrays in trajectory order, so the numbers are the same whatever
 * the thread count, whichever task finishes first and however [0, N) is split into ranges.
 */
final class DesignRuns {
    private static final int REPORT_EVERY = 1024;

    private DesignRuns() {
    }

    /** What one replay keeps: each year's cumulative deficit, and optionally each input's feature. */
    record Run(double[][] cumulativeByYear, double[][] features) {
    }

    /**
     * @param featuresOf inputs whose per-trajectory feature the first catalogue's run keeps
     *     ({@code features[input][trajectory]}); the other runs keep none
     * @param progress told the trajectories done so far, over all catalogues
     */
    static DesignRows run(List<InputCatalogue> catalogues, List<UncertainInput> featuresOf, long seed, long from,
                          long to, int threads, LongConsumer progress) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, catalogues.size()), r -> {
            Thread t = new Thread(r, "hnsim-sensitivity");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Run>> futures = new ArrayList<>();
            for (int c = 0; c < catalogues.size(); c++) {
                InputCatalogue catalogue = catalogues.get(c);
                List<UncertainInput> kept = c == 0 ? featuresOf : List.of();
                futures.add(pool.submit(() -> replay(catalogue, kept, seed, from, to, done, progress)));
            }
            double[][][] cumulative = new double[catalogues.size()][][];
            double[][] features = null;
            for (int c = 0; c < futures.size(); c++) {
                Run run = futures.get(c).get();
                cumulative[c] = run.cumulativeByYear();
                if (c == 0) {
                    features = run.features();
                }
            }
            return new DesignRows(from, to, cumulative, features);
        } catch (ExecutionException e) {
            Workers.throwIfUnchecked(e.getCause());
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Run replay(InputCatalogue catalogue, List<UncertainInput> featuresOf, long seed, long from, long to,
                              AtomicLong done, LongConsumer progress) {
        int n = Math.toIntExact(to - from);
        int years = catalogue.scenario().years();
        double[][] cumulative = new double[years][n];
        double[][] features = new double[featuresOf.size()][n];
        double[][] buffers = featuresOf.stream().map(i -> new double[i.width(years)]).toArray(double[][]::new);
        int column = Metric.CUMULATIVE_DEFICIT.ordinal();
        int[] reported = {0};
        // Plain Monte Carlo whatever the run would use: the Sobol estimators assume independent rows.
        RunSettings settings = new RunSettings(seed, Math.toIntExact(to), 1, false, Sampling.MONTE_CARLO);
        Kernel.replay(catalogue, settings, from, to, (i, inputs, metrics) -> {
            int row = (int) (i - from);
            for (int t = 0; t < years; t++) {
                cumulative[t][row] = metrics[t][column];
            }
            for (int k = 0; k < features.length; k++) {
                UncertainInput input = featuresOf.get(k);
                input.slot().get(inputs, buffers[k]);
                features[k][row] = input.feature().of(buffers[k]);
            }
            if ((row + 1) % REPORT_EVERY == 0 || row == n - 1) {
                progress.accept(done.addAndGet(row + 1 - reported[0]));
                reported[0] = row + 1;
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException();
            }
        });
        return new Run(cumulative, features);
    }

    /** Stops a replay whose pool was shut down (another task failed). */
    private static final class CancellationException extends RuntimeException {
        CancellationException() {
            super("cancelled", null, false, false);
        }
    }
}
