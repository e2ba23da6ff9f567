package hnsim.kernel;

import hnsim.model.BudgetModel;
import hnsim.model.CentralInputs;
import hnsim.model.InputCatalogue;
import hnsim.model.MetricLayout;
import hnsim.model.TrajectoryInputs;
import hnsim.model.TrajectoryState;
import hnsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Runs N trajectories of every option on a pool of worker threads. Work is split into fixed
 * blocks of {@link RunSettings#BLOCK} trajectories; each block builds its own samplers and
 * model state, so nothing random is shared between threads, and trajectory i of every option
 * uses the same streams (seed, i, input), whichever thread runs it. Within a block each
 * trajectory's inputs are drawn once and every option is evaluated on them.
 */
public final class Kernel {
    private Kernel() {
    }

    /** Runs the options and returns every trajectory's stored metrics. */
    public static TrajectoryStore run(List<Scenario> options, RunSettings settings, LongConsumer progress)
            throws InterruptedException {
        TrajectoryStore store = new TrajectoryStore(options.size(), MetricLayout.of(options), options.get(0).years(),
                settings.trajectories());
        run(options, settings, store, progress);
        return store;
    }

    /**
     * Runs the options, sending every trajectory's metrics to {@code sink}.
     *
     * @param progress called with the number of trajectories finished so far (may be called from any thread)
     */
    public static void run(List<Scenario> options, RunSettings settings, ResultSink sink, LongConsumer progress)
            throws InterruptedException {
        run(options, settings, 0, settings.trajectories(), sink, progress);
    }

    /**
     * Runs trajectories [from, to) of the options (a shard, or the next round of a precision
     * run), sending every trajectory's metrics to {@code sink}. Work units are the fixed blocks
     * [b * BLOCK, (b + 1) * BLOCK) clipped to the range, and trajectory i draws from streams keyed
     * by (seed, i) and, under Latin hypercube sampling, by its block b = i / BLOCK: so its draws
     * do not depend on the range it is run in, and ranges that cover [0, N) give, trajectory by
     * trajectory, exactly the values of one run of N.
     */
    public static void run(List<Scenario> options, RunSettings settings, long from, long to, ResultSink sink,
                           LongConsumer progress) throws InterruptedException {
        if (from < 0 || to <= from || to > settings.trajectories()) {
            throw new IllegalArgumentException("the range [" + from + ", " + to + ") is not within [0, "
                    + settings.trajectories() + ")");
        }
        int years = options.get(0).years();
        for (Scenario s : options) {
            if (s.years() != years) {
                throw new IllegalArgumentException("every option must model the same number of years");
            }
        }
        MetricLayout layout = MetricLayout.of(options);
        List<BudgetModel> models = options.stream().map(s -> new BudgetModel(s, layout)).toList();
        List<InputCatalogue> catalogues = options.stream().map(InputCatalogue::of).toList();
        if (settings.deterministic()) {
            ResultSink.BlockRecorder recorder = sink.open(0, 1);
            for (int o = 0; o < models.size(); o++) {
                runDeterministic(o, models.get(o), recorder);
            }
            recorder.close();
            progress.accept(1);
            return;
        }
        AtomicLong done = new AtomicLong();
        // A block's samplers and rows are made once a worker and reused by its next blocks: made
        // for each block (489 of them at 10^6), their setup was hot enough for the optimising
        // compiler to compile it beside the kernel. Each is used by one block at a time.
        Queue<BlockRun> idle = new ConcurrentLinkedQueue<>();
        try (Workers pool = new Workers(settings.threads())) {
            List<Future<?>> futures = new ArrayList<>();
            for (long start = from; start < to; ) {
                long blockFrom = start;
                long blockTo = blockEnd(start, to);
                futures.add(pool.submit(() -> {
                    BlockRun run = idle.poll();
                    if (run == null) {
                        run = new BlockRun(catalogues, models, settings.seed(), settings.sampling());
                    }
                    run.block(blockFrom, blockTo, sink);
                    idle.add(run);
                    progress.accept(done.addAndGet(blockTo - blockFrom));
                    return null;
                }));
                start = blockTo;
            }
            for (Future<?> f : futures) {
                try {
                    pool.await(f);
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("a worker failed: " + e.getCause(), e.getCause());
                }
            }
        }
    }

    private static void runDeterministic(int option, BudgetModel model, ResultSink.BlockRecorder recorder) {
        TrajectoryInputs in = CentralInputs.of(model.scenario());
        TrajectoryState state = model.start();
        double[] outcome = new double[model.layout().size()];
        for (int t = 0; t < model.scenario().years(); t++) {
            model.step(t, state, in, outcome);
            recorder.record(option, 0, t, outcome);
        }
    }

    /**
     * Runs trajectories [from, to) of every option on the calling thread, block by block, as a
     * worker of {@link #run} does (for measuring the kernel against its draw floor in CPU time).
     * Each trajectory's inputs are drawn once
     * ({@link InputSampler}: an input the options share is drawn once, an input an option
     * changes is drawn again from the same stream) and every option is stepped on them, so
     * the options cost the model's steps, not their draws again. An option that differs from
     * an earlier one only in its finances (the unmitigated forecast beside its base, an option
     * of transfers) steps only its finances on that option's pupils and costs
     * ({@link BudgetModel#stepFinances}), which gives the rows of a full step, bit for bit, for a
     * fraction of its work.
     */
    static void runBlocks(List<InputCatalogue> catalogues, List<BudgetModel> models, long seed, Sampling sampling,
                          long from, long to, ResultSink sink) {
        BlockRun run = new BlockRun(catalogues, models, seed, sampling);
        for (long start = from; start < to; ) {
            long end = blockEnd(start, to);
            run.block(start, end, sink);
            start = end;
        }
    }

    /** Where the block holding trajectory {@code start} ends, or {@code to} if sooner: blocks are fixed, whatever the range. */
    private static long blockEnd(long start, long to) {
        return Math.min(to, (start / RunSettings.BLOCK + 1) * RunSettings.BLOCK);
    }

    /**
     * A worker's sampler, models' states and rows, reused block after block (every draw is
     * keyed by (seed, trajectory, input), so nothing carries over from one trajectory to the
     * next), and the work of one trajectory as a method of its own. Called once a trajectory,
     * it is compiled as an ordinary method within the first blocks; as the body of the block's
     * loop it was compiled on stack again for each of its inner loops (three compilations of the
     * whole kernel, about 1.5 s of the optimising compiler's time in a 10^6 run on two threads,
     * where the compiler shares the cores with the workers).
     */
    private static final class BlockRun {
        private final BudgetModel[] models;
        private final InputSampler sampler;
        private final int years;
        /** Per option, the earlier option whose demand and costs it reads, or -1. */
        private final int[] sharesWith;
        /** Per option that shares demand and costs, whether the source's drawn inputs serve it too. */
        private final boolean[] sharesInputs;
        /** Each option's rows of the trajectory ({@code [option][year][metric]}): an option that shares its demand and costs reads them. */
        private final double[][][] rows;
        private final TrajectoryInputs[] inputs;
        private final TrajectoryState[] states;

        BlockRun(List<InputCatalogue> catalogues, List<BudgetModel> models, long seed, Sampling sampling) {
            this.models = models.toArray(new BudgetModel[0]);
            this.sampler = new InputSampler(catalogues, seed, sampling);
            int options = models.size();
            years = models.get(0).scenario().years();
            sharesWith = sharedDemandAndCosts(models);
            sharesInputs = new boolean[options];
            for (int o = 0; o < options; o++) {
                sharesInputs[o] = sharesWith[o] >= 0 && models.get(o).sharesInputsWith(models.get(sharesWith[o]));
            }
            rows = new double[options][years][models.get(0).layout().size()];
            inputs = new TrajectoryInputs[options];
            states = new TrajectoryState[options];
            for (int o = 0; o < options; o++) {
                states[o] = models.get(o).start();
            }
        }

        /** Runs trajectories [from, to) of one block, sending their rows to a recorder of {@code sink}. */
        void block(long from, long to, ResultSink sink) {
            ResultSink.BlockRecorder recorder = sink.open(from, to);
            // A block clipped by the start of a range still deals the strata of its whole block.
            sampler.beginBlock(from - from % RunSettings.BLOCK);
            for (long i = from; i < to; i++) {
                trajectory(i, recorder);
            }
            recorder.close();
        }

        private void trajectory(long i, ResultSink.BlockRecorder recorder) {
            sampler.draw(i);
            for (int o = 0; o < models.length; o++) {
                BudgetModel model = models[o];
                TrajectoryState state = states[o];
                double[][] row = rows[o];
                model.reset(state);
                int source = sharesWith[o];
                if (source < 0) {
                    TrajectoryInputs in = sampler.inputs(o);
                    inputs[o] = in;
                    for (int t = 0; t < years; t++) {
                        model.step(t, state, in, row[t]);
                        recorder.record(o, i, t, row[t]);
                    }
                } else {
                    double[][] demandAndCosts = rows[source];
                    // An option with other finances (a transfer, say) has inputs of its own.
                    TrajectoryInputs in = sharesInputs[o] ? inputs[source] : sampler.inputs(o);
                    for (int t = 0; t < years; t++) {
                        model.stepFinances(t, state, in, demandAndCosts[t], row[t]);
                        recorder.record(o, i, t, row[t]);
                    }
                }
            }
        }
    }

    /**
     * For each option and metric of the run's layout ({@link MetricLayout#of} the options), the
     * earlier option whose values of that metric this option's equal in every trajectory and
     * year, or -1: the pupils and costs of an option that differs from an earlier one only in
     * its finances, and its grant too when only in its savings targets
     * ({@link BudgetModel#metricsSharedWith}). A run's exact aggregates
     * keep one column for both.
     */
    public static int[][] sameValues(List<Scenario> options) {
        MetricLayout layout = MetricLayout.of(options);
        List<BudgetModel> models = options.stream().map(s -> new BudgetModel(s, layout)).toList();
        int[] shares = sharedDemandAndCosts(models);
        int[][] out = new int[options.size()][layout.size()];
        for (int o = 0; o < out.length; o++) {
            java.util.Arrays.fill(out[o], -1);
            if (shares[o] >= 0) {
                for (int metric : models.get(o).metricsSharedWith(models.get(shares[o]))) {
                    out[o][metric] = shares[o];
                }
            }
        }
        return out;
    }

    /**
     * For each option, the earlier option whose demand and costs it shares
     * ({@link BudgetModel#sharesDemandAndCostsWith}) and that is itself stepped in full, or -1.
     */
    static int[] sharedDemandAndCosts(List<BudgetModel> models) {
        int[] out = new int[models.size()];
        for (int o = 0; o < out.length; o++) {
            out[o] = -1;
            for (int b = 0; b < o; b++) {
                if (out[b] < 0 && models.get(o).sharesDemandAndCostsWith(models.get(b))) {
                    out[o] = b;
                    break;
                }
            }
        }
        return out;
    }

    /** Sees one trajectory's drawn inputs and its metrics by year ({@code [year][metric]}, in the scenario's own layout). */
    public interface TrajectoryVisitor {
        void visit(long trajectory, TrajectoryInputs inputs, double[][] metricsByYear);
    }

    /**
     * Replays trajectories [0, count) of one scenario on the calling thread, drawing exactly the
     * inputs the parallel run drew for them, and shows each to {@code visitor}: for analyses that
     * need a trajectory's inputs beside its outcome, such as which inputs drive the spread.
     */
    public static void replay(Scenario scenario, RunSettings settings, int count, TrajectoryVisitor visitor) {
        replay(InputCatalogue.of(scenario), settings, count, visitor);
    }

    /**
     * Replays trajectories [0, count) with the inputs of {@code catalogue}: a catalogue with
     * one input re-keyed ({@link InputCatalogue#withStream}) re-draws that input alone, every
     * other input keeping the run's draws, as variance-based sensitivity analyses need.
     */
    public static void replay(InputCatalogue catalogue, RunSettings settings, int count, TrajectoryVisitor visitor) {
        replay(catalogue, settings, 0, count, visitor);
    }

    /**
     * Replays trajectories [from, to) with the inputs of {@code catalogue}, each drawing what it
     * draws in a replay from 0: so a replay split into ranges gives the rows of the whole, as
     * the shards of a sensitivity study need.
     */
    public static void replay(InputCatalogue catalogue, RunSettings settings, long from, long to,
                              TrajectoryVisitor visitor) {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("the range [" + from + ", " + to + ") is not a range of trajectories");
        }
        Scenario scenario = catalogue.scenario();
        BudgetModel model = new BudgetModel(scenario);
        InputSampler sampler = new InputSampler(List.of(catalogue), settings.seed(), settings.sampling());
        TrajectoryState state = model.start();
        double[][] metrics = new double[scenario.years()][model.layout().size()];
        for (long i = from; i < to; i++) {
            if (i % RunSettings.BLOCK == 0 || i == from) {
                sampler.beginBlock(i - i % RunSettings.BLOCK);
            }
            sampler.draw(i);
            TrajectoryInputs in = sampler.inputs(0);
            model.reset(state);
            for (int t = 0; t < scenario.years(); t++) {
                model.step(t, state, in, metrics[t]);
            }
            visitor.visit(i, in, metrics);
        }
    }
}
