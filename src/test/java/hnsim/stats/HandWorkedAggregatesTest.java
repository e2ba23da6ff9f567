package hnsim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import hnsim.kernel.ResultSink;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Five trajectories of two options over two years, worked by hand, through both kinds of
 * aggregates and the summariser: every count, mean, sd, percentile, paired difference,
 * exceedance and first-breach share below is computed in the comments from the table, not by
 * the code under test.
 *
 * <pre>
 *              base                          plan (saves s = 1..5 in year 1)
 *   t   in-year (y1, y2)  cumulative     in-year (y1, y2)  cumulative
 *   0      5,  6            5, 11           4,  6            4, 10
 *   1     12,  3           12, 15          10,  3           10, 13
 *   2      1, 25            1, 26          -2, 25           -2, 23
 *   3      8, 14            8, 22           4, 14            4, 18
 *   4     21, -2           21, 19          16, -2           16, 14
 * </pre>
 * Thresholds £10 and £20 (the layout's units are whatever the values are).
 */
public class HandWorkedAggregatesTest {
    public static final AggregateLayout LAYOUT = new AggregateLayout(List.of("base", "plan"),
            List.of("in_year_deficit", "cumulative_deficit"), List.of("y1", "y2"), new double[] {10, 20});
    /** [option][trajectory][year][metric]. */
    static final double[][][][] RUN = {
        {
            {{5, 5}, {6, 11}},
            {{12, 12}, {3, 15}},
            {{1, 1}, {25, 26}},
            {{8, 8}, {14, 22}},
            {{21, 21}, {-2, 19}},
        },
        {
            {{4, 4}, {6, 10}},
            {{10, 10}, {3, 13}},
            {{-2, -2}, {25, 23}},
            {{4, 4}, {14, 18}},
            {{16, 16}, {-2, 14}},
        },
    };
    private static final Offset<Double> EXACT = within(1e-12);

    /** Records trajectories [from, to) of {@link #RUN} as the kernel does: trajectory by trajectory, the base first in each. */
    static void block(ResultSink sink, int from, int to, Runnable beforeClose) {
        ResultSink.BlockRecorder recorder = sink.open(from, to);
        for (int i = from; i < to; i++) {
            for (int o = 0; o < 2; o++) {
                for (int t = 0; t < 2; t++) {
                    recorder.record(o, i, t, RUN[o][i][t].clone());
                }
            }
        }
        beforeClose.run();
        recorder.close();
    }

    /** Trajectories [from, to) of the table, in one block. */
    public static RunAggregates collect(QuantileMethod method, int from, int to) {
        RunAggregates.Collector collector = RunAggregates.collector(LAYOUT, method, from, to);
        block(collector, from, to, () -> { });
        return collector.finish();
    }

    /** Two blocks, the later one finished first, as two worker threads may. */
    static RunAggregates collectInTwoBlocksOutOfOrder(QuantileMethod method) {
        RunAggregates.Collector collector = RunAggregates.collector(LAYOUT, method, 0, 5);
        block(collector, 0, 3, () -> block(collector, 3, 5, () -> { }));
        return collector.finish();
    }

    @Test
    void layoutNumbersCellsOptionMetricYearThenDifferences() {
        assertThat(LAYOUT.metricCells()).isEqualTo(8);
        // Plan's two differences (in-year and cumulative vs base) in two years.
        assertThat(LAYOUT.cells()).isEqualTo(12);
        assertThat(LAYOUT.cell(1, 1, 0)).isEqualTo(6);
        assertThat(LAYOUT.differenceCell(1, 1, 1)).isEqualTo(11);
        assertThat(LAYOUT.metricIndex("cumulative_deficit")).isEqualTo(1);
        assertThat(LAYOUT.metricIndex("in_year_deficit")).isZero();
        assertThatThrownBy(() -> LAYOUT.metricIndex("spend")).hasMessageContaining("no metric 'spend'");
        List<AggregateLayout.Column> columns = LAYOUT.columns();
        assertThat(columns).extracting(AggregateLayout.Column::cell)
                .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(columns).extracting(AggregateLayout.Column::name).containsExactly(
                "in_year_deficit", "in_year_deficit", "cumulative_deficit", "cumulative_deficit",
                "in_year_deficit", "in_year_deficit", "cumulative_deficit", "cumulative_deficit",
                "in_year_deficit_vs_base", "in_year_deficit_vs_base", "cumulative_deficit_vs_base",
                "cumulative_deficit_vs_base");
        assertThat(columns.get(10)).isEqualTo(new AggregateLayout.Column(10, 1, 1, 1, 0, "cumulative_deficit_vs_base"));
        // Without a cumulative deficit: no difference of it, no thresholds counted.
        AggregateLayout inYearOnly = new AggregateLayout(List.of("a", "b"), List.of("in_year_deficit"), List.of("y"),
                new double[] {1});
        assertThat(inYearOnly.cells()).isEqualTo(3);
        assertThat(inYearOnly.cumulativeIndex()).isEqualTo(-1);
        assertThatThrownBy(() -> new AggregateLayout(List.of(), List.of("x"), List.of("y"), new double[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aThirdOptionsDifferencesFollowTheSecondsDifferences() {
        AggregateLayout three = new AggregateLayout(List.of("base", "a", "b"),
                List.of("in_year_deficit", "cumulative_deficit"), List.of("y1", "y2"), new double[0]);
        // 3 x 2 x 2 = 12 metric cells, then a's two differences x 2 years, then b's.
        assertThat(three.cells()).isEqualTo(20);
        assertThat(three.differenceCell(1, 0, 0)).isEqualTo(12);
        assertThat(three.differenceCell(2, 0, 0)).isEqualTo(16);
        assertThat(three.differenceCell(2, 1, 1)).isEqualTo(19);
        assertThat(three.columns()).extracting(AggregateLayout.Column::cell).doesNotHaveDuplicates().hasSize(20);
    }

    @Test
    void layoutsAreEqualByValueThresholdsIncluded() {
        AggregateLayout same = new AggregateLayout(List.of("base", "plan"),
                List.of("in_year_deficit", "cumulative_deficit"), List.of("y1", "y2"), new double[] {10, 20});
        AggregateLayout otherThreshold = new AggregateLayout(List.of("base", "plan"),
                List.of("in_year_deficit", "cumulative_deficit"), List.of("y1", "y2"), new double[] {10, 21});
        assertThat(same).isEqualTo(LAYOUT).hasSameHashCodeAs(LAYOUT).isNotEqualTo(otherThreshold);
        assertThat(same.hashCode()).isNotEqualTo(otherThreshold.hashCode());
        assertThat(LAYOUT.toString()).contains("thresholds=[10.0, 20.0]", "years=[y1, y2]");
    }

    @Test
    void exactAggregatesKeepEveryValueInTrajectoryOrder() {
        ExactAggregates exact = (ExactAggregates) collectInTwoBlocksOutOfOrder(QuantileMethod.EXACT);
        assertThat(exact.count()).isEqualTo(5);
        assertThat(exact.method()).isEqualTo(QuantileMethod.EXACT);
        assertThat(exact.columns()).isEqualTo(8);
        assertThat(exact.column(0, 1, 1)).containsExactly(11, 15, 26, 22, 19);
        assertThat(exact.column(1, 0, 0)).containsExactly(4, 10, -2, 4, 16);
        assertThat(exact.get(1, 1, 1, 2)).isEqualTo(23);
        assertThat(exact.columnOfCell(LAYOUT.cell(0, 0, 1))).containsExactly(6, 3, 25, 14, -2);
    }

    @Test
    void breachesCountStrictlyGreaterValuesAndTheFirstYearAbove() {
        for (QuantileMethod method : QuantileMethod.values()) {
            BreachCounts b = collectInTwoBlocksOutOfOrder(method).breaches();
            // base, £10: y1 12 and 21 are above (2, both first); y2 all five, first for t0, t2, t3.
            assertThat(b.exceed(0, 0, 0)).isEqualTo(2);
            assertThat(b.first(0, 0, 0)).isEqualTo(2);
            assertThat(b.exceed(0, 0, 1)).isEqualTo(5);
            assertThat(b.first(0, 0, 1)).isEqualTo(3);
            // base, £20: y1 only t4 (21); y2 t2 and t3 (t4 fell back to 19), both first.
            assertThat(b.exceed(0, 1, 0)).isEqualTo(1);
            assertThat(b.exceed(0, 1, 1)).isEqualTo(2);
            assertThat(b.first(0, 1, 1)).isEqualTo(2);
            // plan, £10: y1 only t4 (t1's 10 is not above); y2 t1..t4, first for t1, t2, t3.
            assertThat(b.exceed(1, 0, 0)).isEqualTo(1);
            assertThat(b.exceed(1, 0, 1)).isEqualTo(4);
            assertThat(b.first(1, 0, 1)).isEqualTo(3);
            // plan, £20: y2 only t2 (23).
            assertThat(b.exceed(1, 1, 0)).isZero();
            assertThat(b.exceed(1, 1, 1)).isEqualTo(1);
            assertThat(b.toArray()).containsExactly(
                    2, 5, 1, 2, 1, 4, 0, 1,   // exceedances: option, threshold, year
                    2, 3, 1, 2, 1, 3, 0, 1);  // first breaches
        }
    }

    @Test
    void breachCountsReadBackFromTheirArrayAndRefuseTheWrongLength() {
        long[] counts = collect(QuantileMethod.EXACT, 0, 5).breaches().toArray();
        BreachCounts back = BreachCounts.fromArray(LAYOUT, counts);
        assertThat(back.toArray()).containsExactly(counts);
        assertThat(back.first(1, 0, 1)).isEqualTo(3);
        assertThatThrownBy(() -> BreachCounts.fromArray(LAYOUT, new long[15]))
                .hasMessage("expected 16 counts, got 15");
    }

    @Test
    void exactSummaryRowsAreTheHandComputedStatistics() throws InterruptedException {
        for (int threads : new int[] {1, 3}) {
            RunStatistics stats = Summariser.summarise(collectInTwoBlocksOutOfOrder(QuantileMethod.EXACT), threads);
            assertThat(stats.summaries()).hasSize(12);
            assertThat(stats.summaries()).extracting(Summary::option).containsExactly(
                    "base", "base", "base", "base", "plan", "plan", "plan", "plan", "plan", "plan", "plan", "plan");
            // base cumulative y2: 11 15 26 22 19, mean 93 / 5 = 18.6, squared deviations 137.2, sd sqrt(34.3).
            Summary s = stats.find("base", "cumulative_deficit", "y2");
            assertThat(s.count()).isEqualTo(5);
            assertThat(s.mean()).isCloseTo(18.6, EXACT);
            assertThat(s.sd()).isCloseTo(Math.sqrt(34.3), EXACT);
            // Nearest ranks of n = 5: ceil(5p) = 1, 1, 2, 3, 4, 5, 5 for P5 ... P95.
            assertThat(s.percentiles()).containsExactly(11.0, 11.0, 15.0, 19.0, 22.0, 26.0, 26.0);
            // Binomial(5, 1/2): P(X <= 0) = 1/32 >= 2.5%, P(X <= 4) = 31/32 < 97.5%: ranks 1 and 5.
            assertThat(s.percentileCi(50)).isEqualTo(new Interval(11, 26));
            double half = 1.959963984540054 * Math.sqrt(34.3) / Math.sqrt(5);
            assertThat(s.meanCi().low()).isCloseTo(18.6 - half, EXACT);
            assertThat(s.meanCi().high()).isCloseTo(18.6 + half, EXACT);
            // plan's paired differences: cumulative y1 and y2 are -1 ... -5, in-year y2 is 0.
            Summary d = stats.find("plan", "cumulative_deficit_vs_base", "y2");
            assertThat(d.mean()).isCloseTo(-3, EXACT);
            assertThat(d.sd()).isCloseTo(Math.sqrt(2.5), EXACT);
            assertThat(d.percentiles()).containsExactly(-5.0, -5.0, -4.0, -3.0, -2.0, -1.0, -1.0);
            Summary none = stats.find("plan", "in_year_deficit_vs_base", "y2");
            assertThat(none.percentiles()).containsOnly(0.0);
            assertThat(none.sd()).isZero();
            assertThat(Summariser.summary(collect(QuantileMethod.EXACT, 0, 5), "plan", "cumulative_deficit_vs_base",
                    "y2")).isEqualTo(d);
        }
        assertThatThrownBy(() -> Summariser.summary(collect(QuantileMethod.EXACT, 0, 5), "plan", "spend", "y2"))
                .hasMessage("plan/spend/y2");
    }

    @Test
    void exceedanceAndFirstBreachSharesAreTheCountsOverN() throws InterruptedException {
        for (QuantileMethod method : QuantileMethod.values()) {
            RunStatistics stats = Summariser.summarise(collect(method, 0, 5), 2);
            assertThat(stats.exceedances()).extracting(Exceedance::probability)
                    .containsExactly(0.4, 1.0, 0.2, 0.4, 0.2, 0.8, 0.0, 0.2);
            assertThat(stats.exceedances()).extracting(Exceedance::option)
                    .containsExactly("base", "base", "base", "base", "plan", "plan", "plan", "plan");
            assertThat(stats.exceedances()).extracting(Exceedance::year)
                    .containsExactly("y1", "y2", "y1", "y2", "y1", "y2", "y1", "y2");
            assertThat(stats.exceedances()).extracting(Exceedance::thresholdGbp)
                    .containsExactly(10.0, 10.0, 20.0, 20.0, 10.0, 10.0, 20.0, 20.0);
            // Wilson at 2 of 5: centre (0.4 + z^2/10) / (1 + z^2/5), half z sqrt(0.24/5 + z^2/100) / (1 + z^2/5).
            double z2 = 1.959963984540054 * 1.959963984540054;
            double centre = (0.4 + z2 / 10) / (1 + z2 / 5);
            double half = 1.959963984540054 * Math.sqrt(0.24 / 5 + z2 / 100) / (1 + z2 / 5);
            assertThat(stats.exceedances().get(0).ci().low()).isCloseTo(centre - half, EXACT);
            assertThat(stats.exceedances().get(0).ci().high()).isCloseTo(centre + half, EXACT);
            assertThat(stats.exceedances().get(1).ci().high()).isEqualTo(1.0);
            assertThat(stats.exceedances().get(6).ci().low()).isEqualTo(0.0);
            List<FirstBreach> first = stats.firstBreaches();
            assertThat(first).extracting(FirstBreach::option).containsExactly("base", "base", "plan", "plan");
            assertThat(first).extracting(FirstBreach::thresholdGbp).containsExactly(10.0, 20.0, 10.0, 20.0);
            assertThat(first.get(0).share()).containsExactly(0.4, 0.6);
            assertThat(first.get(0).neverShare()).isEqualTo(0.0);
            assertThat(first.get(1).share()).containsExactly(0.2, 0.4);
            assertThat(first.get(1).neverShare()).isCloseTo(0.4, EXACT);
            assertThat(first.get(2).share()).containsExactly(0.2, 0.6);
            assertThat(first.get(2).neverShare()).isCloseTo(0.2, EXACT);
            assertThat(first.get(3).share()).containsExactly(0.0, 0.2);
            assertThat(first.get(3).neverShare()).isCloseTo(0.8, EXACT);
            assertThat(first.get(3).years()).containsExactly("y1", "y2");
        }
    }

    @Test
    void sketchRowsHaveExactMomentsAndPercentilesWithinTheSketchAccuracy() throws InterruptedException {
        SketchAggregates sketch = (SketchAggregates) collectInTwoBlocksOutOfOrder(QuantileMethod.SKETCH);
        assertThat(sketch.method()).isEqualTo(QuantileMethod.SKETCH);
        assertThat(sketch.cells()).isEqualTo(12);
        RunStatistics stats = Summariser.summarise(sketch, 2);
        Summary s = stats.find("base", "cumulative_deficit", "y2");
        assertThat(s.count()).isEqualTo(5);
        assertThat(s.mean()).isCloseTo(18.6, within(1e-12));
        assertThat(s.sd()).isCloseTo(Math.sqrt(34.3), within(1e-12));
        double[] expected = {11, 11, 15, 19, 22, 26, 26};
        for (int l = 0; l < expected.length; l++) {
            assertThat(s.percentiles().get(l)).isCloseTo(expected[l], within(expected[l] * 2e-3));
        }
        Summary d = stats.find("plan", "cumulative_deficit_vs_base", "y1");
        assertThat(d.mean()).isCloseTo(-3, within(1e-12));
        assertThat(d.sd()).isCloseTo(Math.sqrt(2.5), within(1e-12));
        assertThat(d.percentile(50)).isCloseTo(-3, within(0.006));
        assertThat(d.percentile(90)).isCloseTo(-1, within(0.002));
        assertThat(d.percentile(5)).isCloseTo(-5, within(0.01));
        // Packed moments: (count, mean, m2) per cell; base cumulative y2 is cell 3.
        double[] packed = sketch.packedMoments();
        assertThat(packed).hasSize(36);
        assertThat(packed[9]).isEqualTo(5);
        assertThat(packed[10]).isCloseTo(18.6, within(1e-12));
        assertThat(packed[11]).isCloseTo(137.2, within(1e-9));
        // The quantile sample of a sketch stands for the distribution: the sketch's values at the
        // mid-quantiles q = (k + 1/2) / 2000: DDSketch returns the value of 0-based sorted index
        // floor(4q), no interpolation, so 11 for k = 0, 15 for k = 999 (4q = 1.999), 19 for
        // k = 1000 and 1001 (2.001, 2.003), 22 for the last (3.999); never the maximum 26.
        double[] sample = Summariser.values(sketch, 0, 1, 1);
        assertThat(sample).hasSize(Summariser.QUANTILE_SAMPLE);
        assertThat(sample[0]).isCloseTo(11, within(0.03));
        assertThat(sample[999]).isCloseTo(15, within(0.03));
        assertThat(sample[1000]).isCloseTo(19, within(0.04));
        assertThat(sample[1001]).isCloseTo(19, within(0.04));
        assertThat(sample[sample.length - 1]).isCloseTo(22, within(0.05));
        assertThat(Summariser.values(collect(QuantileMethod.EXACT, 0, 5), 0, 1, 1)).containsExactly(11, 15, 26, 22, 19);
    }

    @Test
    void aSketchOfOneTrajectoryHasThatValueAtEveryPercentile() throws InterruptedException {
        Summary s = Summariser.summarise(collect(QuantileMethod.SKETCH, 0, 1), 1).find("base", "cumulative_deficit", "y2");
        assertThat(s.count()).isEqualTo(1);
        assertThat(s.sd()).isZero();
        for (double p : s.percentiles()) {
            assertThat(p).isCloseTo(11, within(0.02));
        }
    }

    @Test
    void sketchesReadBackFromTheirPartsAndRefuseTheWrongCount() {
        SketchAggregates sketch = (SketchAggregates) collect(QuantileMethod.SKETCH, 0, 5);
        com.datadoghq.sketch.ddsketch.DDSketch[] sketches = new com.datadoghq.sketch.ddsketch.DDSketch[12];
        for (int c = 0; c < 12; c++) {
            sketches[c] = sketch.sketch(c);
        }
        SketchAggregates back = SketchAggregates.of(LAYOUT, 0, 5, sketches, sketch.packedMoments(),
                sketch.breaches().toArray());
        assertThat(back.packedMoments()).containsExactly(sketch.packedMoments());
        assertThat(back.moments(3).sd()).isCloseTo(Math.sqrt(34.3), within(1e-12));
        assertThatThrownBy(() -> SketchAggregates.of(LAYOUT, 0, 6, sketches, sketch.packedMoments(),
                sketch.breaches().toArray())).hasMessage("cell 0 counts 5 values, not 6");
        assertThatThrownBy(() -> SketchAggregates.of(LAYOUT, 2, 8, sketches, sketch.packedMoments(),
                sketch.breaches().toArray())).hasMessage("cell 0 counts 5 values, not 6");
        assertThatThrownBy(() -> SketchAggregates.of(LAYOUT, 0, 5, new com.datadoghq.sketch.ddsketch.DDSketch[11],
                sketch.packedMoments(), sketch.breaches().toArray())).hasMessage("expected 12 cells");
        assertThatThrownBy(() -> SketchAggregates.of(LAYOUT, 0, 5, sketches, new double[35],
                sketch.breaches().toArray())).hasMessage("expected 12 cells");
    }

    @Test
    void exactValuesReadBackAndRefuseTheWrongShape() {
        ExactAggregates exact = (ExactAggregates) collect(QuantileMethod.EXACT, 0, 5);
        double[][] values = new double[8][];
        for (int c = 0; c < 8; c++) {
            values[c] = exact.columnOfCell(c);
        }
        ExactAggregates back = ExactAggregates.of(LAYOUT, 0, 5, values, exact.breaches().toArray());
        assertThat(back.column(0, 1, 1)).containsExactly(11, 15, 26, 22, 19);
        // The same five values as trajectories [3, 8) of a larger run.
        ExactAggregates later = ExactAggregates.of(LAYOUT, 3, 8, values, exact.breaches().toArray());
        assertThat(later.count()).isEqualTo(5);
        assertThat(later.get(0, 1, 1, 4)).isEqualTo(19);
        assertThatThrownBy(() -> ExactAggregates.of(LAYOUT, 0, 5, new double[7][5], new long[16]))
                .hasMessage("expected 8 columns, got 7");
        assertThatThrownBy(() -> ExactAggregates.of(LAYOUT, 0, 6, values, new long[16]))
                .hasMessage("a column holds 5 values, not 6");
        // 2 options x 2 metrics x 2 years x 10^9 values x 8 bytes.
        assertThat(ExactAggregates.bytesNeeded(LAYOUT, new int[0][], 1_000_000_000L)).isEqualTo(64_000_000_000L);
    }

    @Test
    void theBytesOfExactAggregatesCountASharedColumnOnce() {
        // The plan shares the base's in-year deficit: 8 cells, 6 arrays.
        int[][] sameValues = {{-1, -1}, {0, -1}};
        assertThat(ExactAggregates.bytesNeeded(LAYOUT, sameValues, 1_000)).isEqualTo(8L * 6 * 1_000);
        assertThat(ExactAggregates.bytesNeeded(LAYOUT, new int[0][], 1_000)).isEqualTo(8L * 8 * 1_000);
        // What the collector allocates: as many distinct arrays, of as many values.
        ExactAggregates exact = (ExactAggregates) RunAggregates.collector(LAYOUT, QuantileMethod.EXACT, 0, 1_000,
                sameValues).finish();
        java.util.Set<double[]> arrays = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        long bytes = 0;
        for (int c = 0; c < LAYOUT.metricCells(); c++) {
            if (arrays.add(exact.columnOfCell(c))) {
                bytes += 8L * exact.columnOfCell(c).length;
            }
        }
        assertThat(arrays).hasSize(6);
        assertThat(bytes).isEqualTo(ExactAggregates.bytesNeeded(LAYOUT, sameValues, 1_000));
        // A run is exact while that fits its share of the heap.
        long heap = Runtime.getRuntime().maxMemory();
        assertThat(QuantileMethod.choose(heap / 2, 0.5)).isEqualTo(QuantileMethod.EXACT);
        assertThat(QuantileMethod.choose(heap / 2 + 1, 0.5)).isEqualTo(QuantileMethod.SKETCH);
    }

    @Test
    void mergedRangesAreTheWholeRun() throws InterruptedException {
        for (QuantileMethod method : QuantileMethod.values()) {
            RunAggregates left = collect(method, 0, 2);
            RunAggregates right = collect(method, 2, 5);
            RunAggregates merged = left.merge(right);
            assertThat(merged.from()).isZero();
            assertThat(merged.to()).isEqualTo(5);
            assertThat(merged.breaches().toArray()).containsExactly(collect(method, 0, 5).breaches().toArray());
            Summary s = Summariser.summarise(merged, 1).find("base", "cumulative_deficit", "y2");
            assertThat(s.count()).isEqualTo(5);
            assertThat(s.mean()).isCloseTo(18.6, within(1e-12));
            assertThat(s.sd()).isCloseTo(Math.sqrt(34.3), within(1e-12));
            // The parts are unchanged by the merge.
            assertThat(left.count()).isEqualTo(2);
            assertThat(Summariser.summarise(left, 1).find("base", "cumulative_deficit", "y2").mean())
                    .isCloseTo(13, within(1e-12));
            assertThatThrownBy(() -> right.merge(left)).hasMessageContaining("are not adjacent");
        }
        RunAggregates exact = collect(QuantileMethod.EXACT, 0, 2);
        assertThatThrownBy(() -> exact.merge(collect(QuantileMethod.SKETCH, 2, 5)))
                .hasMessageContaining("different methods");
        ExactAggregates otherLayout = ExactAggregates.of(new AggregateLayout(List.of("base"), List.of("x"), List.of("y"),
                new double[0]), 2, 3, new double[][] {{1}}, new long[0]);
        assertThatThrownBy(() -> exact.merge(otherLayout)).hasMessageContaining("different layouts");
    }

    @Test
    void exactAggregatesTurnIntoTheSketchesAStreamingRunBuilds() throws InterruptedException {
        SketchAggregates streamed = (SketchAggregates) collect(QuantileMethod.SKETCH, 0, 5);
        SketchAggregates converted = ((ExactAggregates) collect(QuantileMethod.EXACT, 0, 5)).toSketch();
        assertThat(converted.from()).isZero();
        assertThat(converted.to()).isEqualTo(5);
        assertThat(converted.packedMoments()).containsExactly(streamed.packedMoments());
        assertThat(converted.breaches().toArray()).containsExactly(streamed.breaches().toArray());
        assertThat(Summariser.summarise(converted, 1)).isEqualTo(Summariser.summarise(streamed, 1));
    }

    @Test
    void collectorsRefuseBlocksOutsideTheirRangeAndUnfinishedRuns() {
        RunAggregates.Collector exact = RunAggregates.collector(LAYOUT, QuantileMethod.EXACT, 2, 5);
        assertThatThrownBy(() -> exact.open(1, 3)).hasMessage("block [1, 3) outside [2, 5)");
        assertThatThrownBy(() -> exact.open(2, 6)).hasMessage("block [2, 6) outside [2, 5)");
        RunAggregates.Collector sketch = RunAggregates.collector(LAYOUT, QuantileMethod.SKETCH, 0, 5);
        block(sketch, 3, 5, () -> { });
        assertThatThrownBy(sketch::finish).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("[3]").hasMessageContaining("the block at 0");
    }

    @Test
    void momentsFollowWelfordAndChan() {
        Moments a = new Moments();
        for (double x : new double[] {2, 4, 4, 4}) {
            a.add(x);
        }
        // 2 4 4 4: mean 3.5, squared deviations 2.25 + 3 * 0.25 = 3.
        assertThat(a.count).isEqualTo(4);
        assertThat(a.mean).isEqualTo(3.5);
        assertThat(a.m2).isEqualTo(3.0);
        assertThat(a.sd()).isCloseTo(1.0, EXACT);
        Moments b = a.copy();
        // Merged with 5 7 9 (mean 7, m2 8): 2 4 4 4 5 7 9, mean 5, m2 9 + 1 + 1 + 1 + 0 + 4 + 16 = 32.
        b.merge(3, 7, 8);
        assertThat(b.count).isEqualTo(7);
        assertThat(b.mean).isCloseTo(5, EXACT);
        assertThat(b.m2).isCloseTo(32, EXACT);
        assertThat(a.count).isEqualTo(4);
        b.merge(0, 100, 100);
        assertThat(b.mean).isCloseTo(5, EXACT);
        Moments one = new Moments();
        one.add(7);
        assertThat(one.sd()).isZero();
    }

    @Test
    void meanIntervalAndHalfWidth() {
        Interval ci = Interval.ofMean(10, 2, 16);
        assertThat(ci.low()).isCloseTo(10 - 1.959963984540054 * 0.5, EXACT);
        assertThat(ci.high()).isCloseTo(10 + 1.959963984540054 * 0.5, EXACT);
        assertThat(ci.halfWidth()).isCloseTo(1.959963984540054 * 0.5, EXACT);
        assertThat(Interval.ofMean(10, 2, 1)).isEqualTo(new Interval(10, 10));
    }
}
