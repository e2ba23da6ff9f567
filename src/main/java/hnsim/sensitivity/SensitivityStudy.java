package hnsim.sensitivity;

import hnsim.model.InputCatalogue;
import hnsim.model.UncertainInput;
import hnsim.stats.Driver;
import hnsim.stats.SensitivityAnalysis;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Which inputs drive a scenario's cumulative deficit, year by year: replays the run's first N
 * trajectories (and, for Sobol indices, the rest of a Saltelli design on re-keyed streams) and
 * applies each method asked for. Every number depends on the seed and N only, never on the
 * thread count.
 */
public final class SensitivityStudy {
    /**
     * Trajectory-years a second one replay thread does, and bootstrap (row, input, year) terms a
     * second one thread evaluates: measured on this project's shared 2-core machine under load
     * (the 2021 scenario, N = 10,000: 5.3 s of replay, 18 s of bootstrap on 2 threads).
     */
    static final double TRAJECTORY_YEARS_PER_SECOND = 1e5;
    static final double BOOTSTRAP_TERMS_PER_SECOND = 1.2e7;
    /** The share of trajectories the tail drivers look at: those above the P90. */
    public static final double TAIL_SHARE = 0.10;

    private SensitivityStudy() {
    }

    /** Trajectories the study replays: N, or N x (k + 2) with Sobol indices. */
    public static long evaluations(InputCatalogue catalogue, StudySettings settings) {
        int k = InputGroups.of(catalogue, settings.groups(), settings.correlated()).size();
        return settings.methods().contains(Method.SOBOL) ? (long) settings.trajectories() * (k + 2)
                : settings.trajectories();
    }

    /** A rough wall time in seconds, for saying the cost before a long study starts. */
    public static double estimatedSeconds(InputCatalogue catalogue, StudySettings settings) {
        long evaluations = evaluations(catalogue, settings);
        int tasks = settings.methods().contains(Method.SOBOL)
                ? InputGroups.of(catalogue, settings.groups(), settings.correlated()).size() + 2 : 1;
        int threads = Math.min(settings.threads(), tasks);
        int years = catalogue.scenario().years();
        double replay = evaluations * (double) years / (TRAJECTORY_YEARS_PER_SECOND * threads);
        double bootstrap = settings.methods().contains(Method.SOBOL)
                ? (double) settings.resamples() * settings.trajectories() * (tasks - 2) * years
                / (BOOTSTRAP_TERMS_PER_SECOND * Math.min(settings.threads(), years)) : 0;
        return replay + bootstrap;
    }

    /** A rough wall time in seconds of replaying {@code rows} design rows of every matrix, as one shard does. */
    public static double estimatedReplaySeconds(InputCatalogue catalogue, StudySettings settings, long rows) {
        int matrices = matrices(catalogue, settings).size();
        int threads = Math.min(settings.threads(), matrices);
        return rows * (double) matrices * catalogue.scenario().years() / (TRAJECTORY_YEARS_PER_SECOND * threads);
    }

    public static StudyResult run(InputCatalogue catalogue, StudySettings settings, LongConsumer progress)
            throws InterruptedException {
        long started = System.nanoTime();
        DesignRows rows = replay(catalogue, settings, 0, settings.trajectories(), progress);
        return analyse(catalogue, settings, rows, started);
    }

    /**
     * The design matrices a study replays, in the order of {@link DesignRows#cumulative()}: A
     * alone, or with Sobol indices A, B and one AB matrix per group.
     */
    public static List<String> matrices(InputCatalogue catalogue, StudySettings settings) {
        List<String> names = new ArrayList<>(List.of("A"));
        if (settings.methods().contains(Method.SOBOL)) {
            names.add("B");
            for (InputGroup g : InputGroups.of(catalogue, settings.groups(), settings.correlated())) {
                names.add("AB:" + g.name());
            }
        }
        return names;
    }

    /**
     * Replays design rows [from, to) of the study: every matrix's cumulative deficit and A's input
     * features. Rows depend on (seed, row) only, so ranges that cover [0, N) join into the rows of
     * the whole study, whatever the split and the threads.
     */
    public static DesignRows replay(InputCatalogue catalogue, StudySettings settings, long from, long to,
                                    LongConsumer progress) throws InterruptedException {
        if (from < 0 || to <= from || to > settings.trajectories()) {
            throw new IllegalArgumentException("design rows [" + from + ", " + to + ") are not within [0, "
                    + settings.trajectories() + ")");
        }
        List<UncertainInput> varying = InputGroups.varying(catalogue);
        List<InputGroup> groups = InputGroups.of(catalogue, settings.groups(), settings.correlated());
        List<InputCatalogue> catalogues = settings.methods().contains(Method.SOBOL)
                ? SobolDesign.of(catalogue, groups).all() : List.of(catalogue);
        return DesignRuns.run(catalogues, varying, settings.seed(), from, to, settings.threads(), progress);
    }

    /**
     * Applies every method asked for to the rows [0, N) of the study's design.
     *
     * @param startedNanos when the study started ({@link System#nanoTime}), for its wall time
     */
    public static StudyResult analyse(InputCatalogue catalogue, StudySettings settings, DesignRows rows,
                                      long startedNanos) throws InterruptedException {
        List<UncertainInput> varying = InputGroups.varying(catalogue);
        List<String> paths = varying.stream().map(UncertainInput::path).toList();
        List<InputGroup> groups = InputGroups.of(catalogue, settings.groups(), settings.correlated());
        boolean sobol = settings.methods().contains(Method.SOBOL);
        int n = settings.trajectories();
        if (rows.from() != 0 || rows.rows() != n || rows.matrices() != matrices(catalogue, settings).size()
                || rows.features().length != paths.size()) {
            throw new IllegalArgumentException("the design rows [" + rows.from() + ", " + rows.to() + ") of "
                    + rows.matrices() + " matrices are not the whole design of this study (" + n + " rows of "
                    + matrices(catalogue, settings).size() + ")");
        }
        DesignRuns.Run a = new DesignRuns.Run(rows.cumulative()[0], rows.features());
        List<DesignRuns.Run> runs = new ArrayList<>();
        for (double[][] m : rows.cumulative()) {
            runs.add(new DesignRuns.Run(m, null));
        }
        int years = catalogue.scenario().years();
        List<String> labels = new ArrayList<>();
        for (int t = 0; t < years; t++) {
            labels.add(catalogue.scenario().year(t).toString());
        }

        List<List<Driver>> drivers = new ArrayList<>();
        if (settings.methods().contains(Method.SRRC)) {
            double[][] byTrajectory = transpose(a.features(), n);
            for (int t = 0; t < years; t++) {
                drivers.add(SensitivityAnalysis.compute(paths, byTrajectory, a.cumulativeByYear()[t]));
            }
        }
        List<List<TornadoBar>> oneAtATime = new ArrayList<>();
        List<List<TornadoBar>> monteCarlo = new ArrayList<>();
        if (settings.methods().contains(Method.TORNADO)) {
            List<OneAtATime.Swing> swings = OneAtATime.swings(catalogue, varying);
            for (int t = 0; t < years; t++) {
                List<TornadoBar> bars = new ArrayList<>();
                for (OneAtATime.Swing s : swings) {
                    bars.add(new TornadoBar(s.input(), s.low()[t], s.high()[t], s.reference()[t]));
                }
                bars.sort(Comparator.comparingDouble(TornadoBar::swing).reversed().thenComparing(TornadoBar::input));
                oneAtATime.add(bars);
                monteCarlo.add(MonteCarloTornado.bars(paths, a.features(), a.cumulativeByYear()[t]));
            }
        }
        List<List<SobolIndex>> indices = new ArrayList<>();
        if (sobol) {
            List<String> names = groups.stream().map(InputGroup::name).toList();
            // The bootstrap costs resamples x N x k per year: years run in parallel, each with
            // its own resampling stream from the seed, so the intervals never depend on the threads.
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                    Math.min(settings.threads(), years));
            try {
                List<java.util.concurrent.Future<List<SobolIndex>>> byYear = new ArrayList<>();
                for (int t = 0; t < years; t++) {
                    double[][] ab = new double[groups.size()][];
                    for (int g = 0; g < groups.size(); g++) {
                        ab[g] = runs.get(2 + g).cumulativeByYear()[t];
                    }
                    SaltelliOutputs outputs = new SaltelliOutputs(a.cumulativeByYear()[t],
                            runs.get(1).cumulativeByYear()[t], ab);
                    long bootstrapSeed = settings.seed() * 31 + t + 1;
                    byYear.add(pool.submit(() -> SobolEstimator.estimate(names, outputs, settings.resamples(),
                            bootstrapSeed)));
                }
                for (java.util.concurrent.Future<List<SobolIndex>> f : byYear) {
                    indices.add(f.get());
                }
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        double[] last = a.cumulativeByYear()[years - 1];
        double[] sorted = last.clone();
        Arrays.sort(sorted);
        double threshold = sorted[(int) Math.ceil((1 - TAIL_SHARE) * n) - 1];
        List<TailDriver> tail = TailDrivers.of(paths, a.features(), last, TAIL_SHARE);
        long evaluations = sobol ? (long) n * (groups.size() + 2) : 0;
        return new StudyResult(labels, paths, groups, drivers, oneAtATime, monteCarlo, indices, evaluations,
                threshold, tail, (System.nanoTime() - startedNanos) / 1_000_000);
    }

    private static double[][] transpose(double[][] byInput, int n) {
        double[][] rows = new double[n][byInput.length];
        for (int k = 0; k < byInput.length; k++) {
            for (int i = 0; i < n; i++) {
                rows[i][k] = byInput[k][i];
            }
        }
        return rows;
    }
}
