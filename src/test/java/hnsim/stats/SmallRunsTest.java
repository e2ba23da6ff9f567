package hnsim.stats;

import static org.assertj.core.api.Assertions.assertThat;

import hnsim.kernel.RunSettings;
import hnsim.model.Metric;
import hnsim.scenario.Scenario;
import hnsim.scenario.ScenarioFiles;
import org.junit.jupiter.api.Test;

/** Where small runs stop being summarised in full, and the bookkeeping records of a run. */
class SmallRunsTest {
    private static final Scenario SCENARIO = ScenarioFiles.load(ScenarioFiles.MINIMAL
            .replace("growth: 10%", "growth: {normal: [10%, 3%]}")
            .replace("delivery: 50%", "delivery: {beta: [3, 2]}")).base();

    @Test
    void driversNeedAHundredTrajectories() {
        assertThat(Sensitivity.of(SCENARIO, new RunSettings(3, 99, 1, false))).isEmpty();
        assertThat(Sensitivity.of(SCENARIO, new RunSettings(3, 100, 1, false))).extracting(Driver::input)
                .hasSize(2);
    }

    @Test
    void simulationTimeAddsUp() {
        SimulationResult.Timings t = new SimulationResult.Timings(5, 7, 11).plusSimulation(30);
        assertThat(t).isEqualTo(new SimulationResult.Timings(35, 7, 11));
    }

    @Test
    void pairedDifferencesNameTheirSourceMetric() {
        assertThat(PairedDifference.CUMULATIVE_DEFICIT_VS_BASE.key()).isEqualTo("cumulative_deficit_vs_base");
        assertThat(PairedDifference.CUMULATIVE_DEFICIT_VS_BASE.source()).isEqualTo(Metric.CUMULATIVE_DEFICIT);
        assertThat(PairedDifference.IN_YEAR_DEFICIT_VS_BASE.key()).isEqualTo("in_year_deficit_vs_base");
        assertThat(PairedDifference.IN_YEAR_DEFICIT_VS_BASE.source()).isEqualTo(Metric.IN_YEAR_DEFICIT);
    }
}
