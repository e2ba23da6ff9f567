package hnsim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import hnsim.kernel.RunSettings;
import hnsim.kernel.Sampling;
import hnsim.scenario.ScenarioFile;
import hnsim.scenario.ScenarioLoader;
import hnsim.stats.ExactAggregates;
import hnsim.stats.Percentiles;
import hnsim.stats.QuantileMethod;
import hnsim.stats.RunAggregates;
import hnsim.stats.RunStatistics;
import hnsim.stats.SketchAggregates;
import hnsim.stats.Summariser;
import hnsim.stats.Unmitigated;
import hnsim.stats.Summary;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** merge(parts) = whole: the aggregates of ranges that cover [0, N) merge into those of one run of N. */
class AggregatesMergeTest {
    private static final ScenarioFile FILE = ScenarioLoader.load(Path.of("scenarios/leicestershire-2021-mtfs.yaml"));
    private static final int N = 4_801;
    /** Cuts inside blocks of 2,048 and at a block boundary, so clipped blocks are tested too. */
    private static final long[] CUTS = {0, 1_000, 2_048, 3_333, N};

    private static RunRequest request(Sampling sampling, QuantileMethod method) {
        return new RunRequest(3, N, 2, false, sampling, List.of(45e6), method);
    }

    private static RunAggregates range(RunRequest request, long from, long to) throws InterruptedException {
        return Engine.simulate(FILE, request, request.methodOrNull(), from, to, n -> { });
    }

    private static RunAggregates whole(RunRequest request) throws InterruptedException {
        return range(request, 0, N);
    }

    private static RunAggregates[] parts(RunRequest request) throws InterruptedException {
        RunAggregates[] parts = new RunAggregates[CUTS.length - 1];
        for (int k = 0; k < parts.length; k++) {
            parts[k] = range(request, CUTS[k], CUTS[k + 1]);
        }
        return parts;
    }

    @Test
    void exactPartsMergeIntoTheWholeValueForValueUnderBothSamplings() throws InterruptedException {
        for (Sampling sampling : Sampling.values()) {
            RunRequest request = request(sampling, QuantileMethod.EXACT);
            ExactAggregates whole = (ExactAggregates) whole(request);
            RunAggregates[] parts = parts(request);
            // Left to right and right to left: merge is associative.
            RunAggregates left = parts[0].merge(parts[1]).merge(parts[2]).merge(parts[3]);
            RunAggregates right = parts[0].merge(parts[1].merge(parts[2].merge(parts[3])));
            for (RunAggregates merged : List.of(left, right)) {
                ExactAggregates exact = (ExactAggregates) merged;
                assertThat(exact.from()).isZero();
                assertThat(exact.to()).isEqualTo(N);
                for (int c = 0; c < whole.columns(); c++) {
                    assertThat(exact.columnOfCell(c)).as("%s column %d", sampling, c).isEqualTo(whole.columnOfCell(c));
                }
                assertThat(exact.breaches().toArray()).isEqualTo(whole.breaches().toArray());
                // Every statistic, means and variances included, is the same to the last bit.
                assertThat(Summariser.summarise(exact, 2)).isEqualTo(Summariser.summarise(whole, 1));
            }
        }
    }

    @Test
    void sketchPartsMergeIntoTheWholeWithTheSameQuantilesAndCounts() throws InterruptedException {
        RunRequest request = request(Sampling.MONTE_CARLO, QuantileMethod.SKETCH);
        RunStatistics whole = Summariser.summarise(whole(request), 2);
        RunAggregates[] parts = parts(request);
        RunAggregates left = parts[0].merge(parts[1]).merge(parts[2]).merge(parts[3]);
        RunAggregates right = parts[0].merge(parts[1].merge(parts[2].merge(parts[3])));
        for (RunAggregates merged : List.of(left, right)) {
            RunStatistics stats = Summariser.summarise(merged, 2);
            // Bins and threshold counts are integers: identical. Moments may differ in the last bits.
            assertThat(stats.exceedances()).isEqualTo(whole.exceedances());
            assertThat(stats.firstBreaches()).isEqualTo(whole.firstBreaches());
            for (int i = 0; i < whole.summaries().size(); i++) {
                Summary w = whole.summaries().get(i);
                Summary s = stats.summaries().get(i);
                assertThat(s.percentiles()).isEqualTo(w.percentiles());
                assertThat(s.percentileCis()).isEqualTo(w.percentileCis());
                assertThat(s.count()).isEqualTo(w.count());
                assertThat(s.mean()).isCloseTo(w.mean(), within(1e-9 * Math.abs(w.mean()) + 1e-6));
                assertThat(s.sd()).isCloseTo(w.sd(), within(1e-9 * w.sd() + 1e-6));
            }
        }
    }

    @Test
    void exactValuesConvertToTheSketchesAStreamingRunBuilds() throws InterruptedException {
        RunAggregates exact = whole(request(Sampling.MONTE_CARLO, QuantileMethod.EXACT));
        RunAggregates sketch = whole(request(Sampling.MONTE_CARLO, QuantileMethod.SKETCH));
        SketchAggregates converted = ((ExactAggregates) exact).toSketch();
        // Same bins, same block-ordered moments: the same tables to the last bit.
        assertThat(Summariser.summarise(converted, 1)).isEqualTo(Summariser.summarise(sketch, 2));
        assertThat(converted.packedMoments()).isEqualTo(((SketchAggregates) sketch).packedMoments());
    }

    @Test
    void onlyAdjacentRangesOfOneMethodMerge() throws InterruptedException {
        RunRequest exact = request(Sampling.MONTE_CARLO, QuantileMethod.EXACT);
        RunAggregates a = range(exact, 0, 100);
        RunAggregates c = range(exact, 200, 300);
        assertThatThrownBy(() -> a.merge(c)).hasMessageContaining("not adjacent");
        RunAggregates sketch = range(request(Sampling.MONTE_CARLO, QuantileMethod.SKETCH), 100, 200);
        assertThatThrownBy(() -> a.merge(sketch)).hasMessageContaining("different methods");
    }

    @Test
    void theFirstPercentilesOfAWholeRunAreThoseOfAPlainRun() throws InterruptedException {
        // Exact asked for: with every part of the layout the automatic choice may pick sketches.
        RunRequest request = RunRequest.of(new RunSettings(3, N, 2, false), List.of(45e6)).withMethod(QuantileMethod.EXACT);
        RunStatistics plain = Engine.run(FILE, request, n -> { }).statistics();
        RunAggregates merged = parts(request.withMethod(QuantileMethod.EXACT))[0];
        for (RunAggregates p : List.of(parts(request.withMethod(QuantileMethod.EXACT))).subList(1, 4)) {
            merged = merged.merge(p);
        }
        // The plain run shows the options only; its aggregates also hold the internal unmitigated variant.
        assertThat(Unmitigated.without(Summariser.summarise(merged, 2))).isEqualTo(plain);
        assertThat(plain.summaries().get(0).percentiles()).hasSize(Percentiles.LEVELS.size());
    }
}
