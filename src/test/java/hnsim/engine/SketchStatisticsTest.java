package hnsim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hnsim.kernel.RunSettings;
import hnsim.scenario.ScenarioFile;
import hnsim.scenario.ScenarioLoader;
import hnsim.stats.Percentiles;
import hnsim.stats.QuantileMethod;
import hnsim.stats.RunStatistics;
import hnsim.stats.SimulationResult;
import hnsim.stats.SketchAggregates;
import hnsim.stats.Summariser;
import hnsim.stats.Summary;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The streaming path (sketches) agrees with the exact path and is as reproducible. */
class SketchStatisticsTest {
    private static final ScenarioFile FILE = ScenarioLoader.load(Path.of("scenarios/leicestershire-2021-mtfs.yaml"));

    private static SimulationResult run(QuantileMethod method, int threads) throws InterruptedException {
        return Engine.run(FILE, RunRequest.of(new RunSettings(11, 6_000, threads, false), List.of(40e6)).withMethod(method),
                n -> { });
    }

    @Test
    void sketchPercentilesAreWithinTheirRelativeAccuracyOfExactOnes() throws InterruptedException {
        RunStatistics exact = run(QuantileMethod.EXACT, 2).statistics();
        RunStatistics sketch = run(QuantileMethod.SKETCH, 2).statistics();
        assertThat(sketch.summaries()).hasSameSizeAs(exact.summaries());
        for (int i = 0; i < exact.summaries().size(); i++) {
            Summary e = exact.summaries().get(i);
            Summary s = sketch.summaries().get(i);
            assertThat(s.count()).isEqualTo(e.count());
            assertThat(s.mean()).isCloseTo(e.mean(), within(1e-6 * Math.abs(e.mean()) + 1e-6));
            assertThat(s.sd()).isCloseTo(e.sd(), within(1e-6 * e.sd() + 1e-6));
            for (int level : Percentiles.LEVELS) {
                double x = e.percentile(level);
                // DDSketch guarantees relative accuracy on the value at the same rank; the
                // exact path is computed from doubles here, so only the sketch's error remains.
                assertThat(s.percentile(level)).as("%s %s %s p%d", e.option(), e.metric(), e.year(), level)
                        .isCloseTo(x, within(SketchAggregates.RELATIVE_ACCURACY * Math.abs(x) * 1.01 + 1e-9));
            }
        }
        assertThat(sketch.exceedances()).isEqualTo(exact.exceedances());
        assertThat(sketch.firstBreaches()).isEqualTo(exact.firstBreaches());
    }

    @Test
    void sketchResultsDoNotDependOnTheThreadCount() throws InterruptedException {
        assertThat(run(QuantileMethod.SKETCH, 1).statistics()).isEqualTo(run(QuantileMethod.SKETCH, 2).statistics());
    }

    @Test
    void streamingRunsStandInAQuantileSampleForCharts() throws InterruptedException {
        SimulationResult sketch = run(QuantileMethod.SKETCH, 2);
        assertThat(sketch.exact()).isEmpty();
        double[] values = sketch.values(0, hnsim.model.Metric.CUMULATIVE_DEFICIT, 3);
        assertThat(values).hasSize(Summariser.QUANTILE_SAMPLE).isSorted();
        Summary summary = sketch.statistics().find("base", "cumulative_deficit", "2024/25");
        assertThat(values[values.length / 2]).isCloseTo(summary.percentile(50), within(0.002 * summary.percentile(50)));
    }
}
