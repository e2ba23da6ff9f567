package hnsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hnsim.scenario.Scenario;
import hnsim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped scenario at its plan values reproduces the 2024/25 figures of the 2021 Schools
 * Forum report (seed 000) to the rounding of the report.
 */
class Leicestershire2021PlanTest {
    private final Scenario plan = ScenarioLoader.load(Path.of("scenarios/leicestershire-2021-mtfs.yaml")).base();
    private final List<YearOutcome> years = new BudgetModel(plan).run(CentralInputs.of(plan));
    private final YearOutcome final2024 = years.get(3);

    @Test
    void deterministicRunReproducesThe2021Plan() {
        assertThat(final2024.year()).hasToString("2024/25");
        assertThat(final2024.get(Metric.FUNDING)).isCloseTo(81.96e6, within(0.01e6));
        assertThat(final2024.get(Metric.SAVINGS)).isCloseTo(19.73e6, within(0.01e6));
        assertThat(final2024.get(Metric.NET_COST)).isCloseTo(84.92e6, within(0.01e6));
        assertThat(final2024.get(Metric.PLACEMENTS)).isCloseTo(5547, within(1.0));
        assertThat(final2024.get(Metric.CUMULATIVE_DEFICIT)).isCloseTo(29.2e6, within(0.05e6));
        assertThat(final2024.get(Metric.IN_YEAR_DEFICIT)).isCloseTo(2.96e6, within(0.01e6));
    }

    @Test
    void pathMatchesTheDocumentedReading() {
        assertThat(years.get(0).get(Metric.IN_YEAR_DEFICIT)).isCloseTo(5.6e6, within(0.01e6));
        assertThat(years.get(1).get(Metric.TRANSFER)).isCloseTo(2.0e6, within(0.01e6));
        assertThat(years.get(1).get(Metric.IN_YEAR_DEFICIT)).isLessThan(years.get(0).get(Metric.IN_YEAR_DEFICIT));
    }

    @Test
    void placementsGrowAboutThirtyOnePercentFromApril2019() {
        // 4,218 placements in April 2019 (seed: +31.5% to March 2025).
        assertThat(final2024.get(Metric.PLACEMENTS) / 4218).isCloseTo(1.315, within(0.001));
    }
}
