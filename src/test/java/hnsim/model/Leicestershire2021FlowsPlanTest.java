package hnsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hnsim.scenario.Scenario;
import hnsim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped 2021 scenario, on stocks and flows with the seed's Sufficiency programme and
 * persistent savings delivery, still reproduces at its plan values the 2024/25 figures of the
 * 2021 Schools Forum report (seed 000) to the rounding of the report.
 */
class Leicestershire2021FlowsPlanTest {
    private final Scenario plan = ScenarioLoader.load(Path.of("scenarios/leicestershire-2021-mtfs.yaml")).base();
    private final List<YearOutcome> years = new BudgetModel(plan).run(CentralInputs.of(plan));
    private final YearOutcome final2024 = years.get(3);

    @Test
    void itIsOnStocksAndFlowsWithTheSeedsProgramme() {
        assertThat(plan.hasFlows()).isTrue();
        assertThat(plan.programme().stream().mapToDouble(o -> o.places()).sum()).isEqualTo(534);
        assertThat(plan.programme().stream().filter(o -> o.yearIndex() == 0).mapToDouble(o -> o.places()).sum())
                .isEqualTo(459);
        assertThat(plan.programme()).anySatisfy(o -> {
            assertThat(o.name()).isEqualTo("Bowman SEMH Academy");
            assertThat(o.places()).isEqualTo(60);
            assertThat(plan.year(o.yearIndex())).hasToString("2023/24");
            assertThat(o.firstYearShare()).isEqualTo(7.0 / 12);
        });
        assertThat(plan.workstreams()).allMatch(w -> w.persistent());
    }

    @Test
    void deterministicRunReproducesThe2021Plan() {
        assertThat(final2024.year()).hasToString("2024/25");
        assertThat(final2024.get(Metric.FUNDING)).isCloseTo(81.96e6, within(0.005e6));
        assertThat(final2024.get(Metric.SAVINGS)).isCloseTo(19.73e6, within(0.005e6));
        assertThat(final2024.get(Metric.NET_COST)).isCloseTo(84.92e6, within(0.005e6));
        assertThat(final2024.get(Metric.PLACEMENTS)).isCloseTo(5547, within(0.5));
        // £29.2m as the report rounds it, and the documented path of in-year deficits.
        assertThat(final2024.get(Metric.CUMULATIVE_DEFICIT)).isCloseTo(29.2e6, within(0.01e6));
        double[] inYear = {5.60e6, 0.53e6, 2.61e6, 2.96e6};
        for (int t = 0; t < 4; t++) {
            assertThat(years.get(t).get(Metric.IN_YEAR_DEFICIT)).as(years.get(t).year().toString())
                    .isCloseTo(inYear[t], within(0.015e6));
        }
    }

    @Test
    void overflowPupilsStayInIndependentPlaces() {
        // The few new plans the 2021/22 places cannot take go to INMSS and are still there, less
        // leavers, when the later places open: the INMSS count never falls.
        for (int t = 1; t < 4; t++) {
            assertThat(years.get(t).get("placements.independent_special"))
                    .isGreaterThan(years.get(t - 1).get("placements.independent_special"));
        }
    }
}
