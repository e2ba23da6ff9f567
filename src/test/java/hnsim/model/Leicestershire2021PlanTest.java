package hnsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hnsim.scenario.Scenario;
import hnsim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 2021 scenario as first shipped (before flows, the programme and persistent delivery; kept
 * as a fixture) at its plan values reproduces the 2024/25 figures of the 2021 Schools Forum
 * report (seed 000) to the rounding of the report, and its whole deterministic path is pinned to
 * the penny: a file without the new blocks keeps exactly its meaning.
 */
class Leicestershire2021PlanTest {
    static final Path FIXTURE = Path.of("src/test/resources/fixtures/leicestershire-2021-mtfs-v1.yaml");
    private final Scenario plan = ScenarioLoader.load(FIXTURE).base();
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

    /** The deterministic path of the fixture by metric (rows) and year (columns), as first shipped. */
    private static final double[][] PINNED = {
            {4835.85, 5061.99, 5298.91, 5547.13},
            {85659322.05, 91484168.46, 97800270.96, 104649582.22},
            {8580000, 13900000, 16755000, 19730000},
            {77079322.05, 77584168.46, 81045270.96, 84919582.22},
            {71479760, 77056518, 78431166.66, 81960569.16},
            {0, 2002770, 0, 0},
            {5599562.05, 527650.46, 2614104.3, 2959013.06},
            {23099562.05, 23627212.51, 26241316.8, 29200329.86},
            {71479760, 75053748, 78431166.66, 81960569.16},
            {0, 0, 0, 0},
    };

    @Test
    void theDeterministicPathIsPinnedToThePenny() {
        for (Metric m : Metric.values()) {
            for (int t = 0; t < 4; t++) {
                assertThat(years.get(t).get(m)).as(m.key() + " " + years.get(t).year())
                        .isCloseTo(PINNED[m.ordinal()][t], within(0.005));
            }
        }
    }

    @Test
    void placementsGrowAboutThirtyOnePercentFromApril2019() {
        // 4,218 placements in April 2019 (seed: +31.5% to March 2025).
        assertThat(final2024.get(Metric.PLACEMENTS) / 4218).isCloseTo(1.315, within(0.001));
    }
}
