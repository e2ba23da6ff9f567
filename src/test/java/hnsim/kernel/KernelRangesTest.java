package hnsim.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hnsim.model.Metric;
import hnsim.scenario.Scenario;
import hnsim.scenario.ScenarioFile;
import hnsim.scenario.ScenarioFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Ranges, blocks and replays of the kernel on a small scenario with an uncertain growth, delivery
 * and approval: a run split into ranges that cut blocks is, trajectory by trajectory, the run of
 * the whole, under both samplings and whatever the thread count; a replay draws exactly what the
 * run drew; ranges outside the run and options of different lengths are refused.
 */
class KernelRangesTest {
    private static final ScenarioFile FILE = ScenarioFiles.load(ScenarioFiles.MINIMAL
            .replace("growth: 10%", "growth: {normal: [10%, 3%]}")
            .replace("delivery: 50%", "delivery: {beta: [3, 2]}")
            .replace("{year: 2022/23, rate: 0.5%}", "{year: 2022/23, rate: 0.5%, approval: 40%}"));
    private static final List<Scenario> OPTIONS = new ArrayList<>(FILE.allOptions().values());
    /** Two full blocks and a short third one. */
    private static final int N = 2 * RunSettings.BLOCK + 300;

    private static TrajectoryStore inRanges(Sampling sampling, int threads, long... cuts) throws InterruptedException {
        RunSettings settings = new RunSettings(99, N, threads, false, sampling);
        TrajectoryStore store = new TrajectoryStore(OPTIONS.size(), hnsim.model.MetricLayout.of(OPTIONS), 3, N);
        for (int k = 0; k + 1 < cuts.length; k++) {
            Kernel.run(OPTIONS, settings, cuts[k], cuts[k + 1], store, n -> { });
        }
        return store;
    }

    private static void assertSameValues(TrajectoryStore a, TrajectoryStore b) {
        for (Metric m : List.of(Metric.CUMULATIVE_DEFICIT, Metric.TRANSFER, Metric.SAVINGS)) {
            for (int t = 0; t < 3; t++) {
                assertThat(a.column(0, m, t)).as("%s year %d", m, t).isEqualTo(b.column(0, m, t));
            }
        }
    }

    @Test
    void rangesThatCutBlocksGiveTheRunOfTheWholeUnderBothSamplings() throws InterruptedException {
        for (Sampling sampling : Sampling.values()) {
            TrajectoryStore whole = inRanges(sampling, 1, 0, N);
            assertSameValues(inRanges(sampling, 2, 0, 1_000, 2_048, 3_333, N), whole);
            assertSameValues(inRanges(sampling, 3, 0, 2_047, 2_049, N), whole);
        }
    }

    /**
     * One worker's state reused block after block on the calling thread ({@link Kernel#runBlocks},
     * what the draw-floor benchmark measures) gives the parallel run's values, also from a start
     * inside a block: nothing of one block or trajectory carries over to the next.
     */
    @Test
    void oneWorkerStateReusedOverBlocksGivesTheRun() throws InterruptedException {
        List<hnsim.model.InputCatalogue> catalogues = OPTIONS.stream().map(hnsim.model.InputCatalogue::of).toList();
        hnsim.model.MetricLayout layout = hnsim.model.MetricLayout.of(OPTIONS);
        List<hnsim.model.BudgetModel> models = OPTIONS.stream().map(s -> new hnsim.model.BudgetModel(s, layout)).toList();
        for (Sampling sampling : Sampling.values()) {
            TrajectoryStore whole = inRanges(sampling, 2, 0, N);
            TrajectoryStore reused = new TrajectoryStore(OPTIONS.size(), layout, 3, N);
            Kernel.runBlocks(catalogues, models, 99, sampling, 0, 1_000, reused);
            Kernel.runBlocks(catalogues, models, 99, sampling, 1_000, N, reused);
            assertSameValues(reused, whole);
        }
    }

    @Test
    void latinHypercubeDealsEachFullBlockItsShareOfApprovals() throws InterruptedException {
        TrajectoryStore store = inRanges(Sampling.LATIN_HYPERCUBE, 2, 0, 1_500, N);
        // 40% of 2,048 is 819.2: within each full block 819 or 820 approvals, whatever the cut at 1,500.
        for (int block = 0; block < 2; block++) {
            int approved = 0;
            for (int i = block * RunSettings.BLOCK; i < (block + 1) * RunSettings.BLOCK; i++) {
                if (store.get(0, Metric.TRANSFER, 1, i) > 0) {
                    approved++;
                }
            }
            assertThat(approved).as("block %d", block).isBetween(819, 820);
        }
    }

    @Test
    void progressCountsEveryTrajectoryOfTheRange() throws InterruptedException {
        AtomicLong last = new AtomicLong();
        TrajectoryStore store = new TrajectoryStore(OPTIONS.size(), hnsim.model.MetricLayout.of(OPTIONS), 3, N);
        Kernel.run(OPTIONS, new RunSettings(1, N, 2, false), 100, N, store, n -> last.accumulateAndGet(n, Math::max));
        assertThat(last.get()).isEqualTo(N - 100);
        AtomicLong deterministic = new AtomicLong();
        TrajectoryStore central = Kernel.run(OPTIONS, new RunSettings(1, 1, 1, true), deterministic::set);
        assertThat(deterministic.get()).isEqualTo(1);
        // Central values: delivery at its mean 3 / 5 = 60% of the first year's £100k target.
        assertThat(central.get(0, Metric.SAVINGS, 0, 0)).isEqualTo(60_000, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void aReplayDrawsWhatTheRunDrew() throws InterruptedException {
        for (Sampling sampling : Sampling.values()) {
            RunSettings settings = new RunSettings(99, N, 2, false, sampling);
            TrajectoryStore run = Kernel.run(OPTIONS, settings, n -> { });
            int count = RunSettings.BLOCK + 10;
            double[] replayed = new double[count];
            Kernel.replay(OPTIONS.get(0), settings, count, (i, in, metrics) ->
                    replayed[(int) i] = metrics[2][Metric.CUMULATIVE_DEFICIT.ordinal()]);
            double[] expected = java.util.Arrays.copyOf(run.column(0, Metric.CUMULATIVE_DEFICIT, 2), count);
            assertThat(replayed).isEqualTo(expected);
        }
    }

    @Test
    void aReplayOfARangeThatCutsABlockDrawsWhatTheRunDrew() throws InterruptedException {
        for (Sampling sampling : Sampling.values()) {
            RunSettings settings = new RunSettings(99, N, 1, false, sampling);
            double[] expected = Kernel.run(OPTIONS, settings, n -> { }).column(0, Metric.CUMULATIVE_DEFICIT, 2);
            // From inside the first block to inside the second: the replay must begin the first
            // block at its own start (not at 5) and the second at 2,048.
            long from = 5;
            long to = RunSettings.BLOCK + 37;
            double[] replayed = new double[(int) (to - from)];
            List<Long> seen = new ArrayList<>();
            Kernel.replay(hnsim.model.InputCatalogue.of(OPTIONS.get(0)), settings, from, to, (i, in, metrics) -> {
                seen.add(i);
                replayed[(int) (i - from)] = metrics[2][Metric.CUMULATIVE_DEFICIT.ordinal()];
            });
            assertThat(seen).hasSize((int) (to - from)).startsWith(from).endsWith(to - 1);
            assertThat(replayed).as("%s", sampling)
                    .isEqualTo(java.util.Arrays.copyOfRange(expected, (int) from, (int) to));
            // An empty range replays nothing; a backward one is refused.
            Kernel.replay(hnsim.model.InputCatalogue.of(OPTIONS.get(0)), settings, 7, 7, (i, in, metrics) -> seen.add(-1L));
            assertThat(seen).doesNotContain(-1L);
            assertThatThrownBy(() -> Kernel.replay(hnsim.model.InputCatalogue.of(OPTIONS.get(0)), settings, 8, 7,
                    (i, in, metrics) -> { })).hasMessage("the range [8, 7) is not a range of trajectories");
        }
    }

    @Test
    void everyBlockIsClosedSoAStagingSinkHoldsEveryTrajectory() throws InterruptedException {
        // The run's exact aggregates stage values and copy them into the columns when a block
        // closes: a block left open would leave its last trajectories at zero.
        RunSettings settings = new RunSettings(99, N, 2, false);
        TrajectoryStore store = Kernel.run(OPTIONS, settings, n -> { });
        hnsim.stats.AggregateLayout layout = new hnsim.stats.AggregateLayout(List.of("base"),
                hnsim.model.MetricLayout.of(OPTIONS).names(), List.of("y1", "y2", "y3"), new double[0]);
        hnsim.stats.RunAggregates.Collector exact = hnsim.stats.RunAggregates.collector(layout,
                hnsim.stats.QuantileMethod.EXACT, 0, N);
        Kernel.run(OPTIONS, settings, exact, n -> { });
        hnsim.stats.ExactAggregates values = (hnsim.stats.ExactAggregates) exact.finish();
        int cumulative = layout.metricIndex("cumulative_deficit");
        for (int t = 0; t < 3; t++) {
            assertThat(values.column(0, cumulative, t)).isEqualTo(store.column(0, Metric.CUMULATIVE_DEFICIT, t));
        }
    }

    @Test
    void rangesOutsideTheRunAndOptionsOfDifferentLengthsAreRefused() {
        RunSettings settings = new RunSettings(1, 100, 1, false);
        TrajectoryStore store = new TrajectoryStore(OPTIONS.size(), hnsim.model.MetricLayout.of(OPTIONS), 3, 100);
        for (long[] r : new long[][] {{-1, 10}, {10, 10}, {20, 10}, {0, 101}}) {
            assertThatThrownBy(() -> Kernel.run(OPTIONS, settings, r[0], r[1], store, n -> { }))
                    .hasMessage("the range [" + r[0] + ", " + r[1] + ") is not within [0, 100)");
        }
        Scenario longer = ScenarioFiles.load(ScenarioFiles.MINIMAL.replace("years: 3", "years: 4")
                .replace("capacity: [105, 105, 120]", "capacity: [105, 105, 120, 120]")
                .replace("target: [100k, 200k, 300k]", "target: [100k, 200k, 300k, 300k]")).base();
        assertThatThrownBy(() -> Kernel.run(List.of(OPTIONS.get(0), longer), settings, store, n -> { }))
                .hasMessage("every option must model the same number of years");
    }

    @Test
    void aFailingSinkFailsTheRunWithItsCause() {
        ResultSink failing = (from, to) -> {
            throw new IllegalStateException("disk full");
        };
        assertThatThrownBy(() -> Kernel.run(OPTIONS, new RunSettings(1, 10, 2, false), failing, n -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("a worker failed")
                .hasMessageContaining("disk full");
    }

    @Test
    void aMetricOnlyAnotherOptionHasIsZeroInThisOne() throws InterruptedException {
        Scenario base = ScenarioFiles.load(ScenarioFiles.MINIMAL).base();
        Scenario extra = ScenarioFiles.load(ScenarioFiles.MINIMAL + "  - {name: Travel, target: 50k, delivery: 80%}\n").base();
        List<Scenario> options = List.of(base, extra);
        hnsim.model.MetricLayout layout = hnsim.model.MetricLayout.of(options);
        int travel = layout.indexOf("savings.travel");
        TrajectoryStore store = new TrajectoryStore(2, layout, 3, 50);
        Kernel.run(options, new RunSettings(1, 50, 1, false), store, n -> { });
        for (int t = 0; t < 3; t++) {
            for (int i = 0; i < 50; i++) {
                assertThat(store.get(0, travel, t, i)).isZero();
                assertThat(store.get(1, travel, t, i)).isEqualTo(40_000);
            }
        }
    }
}
