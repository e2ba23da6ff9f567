package hnsim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import hnsim.model.Metric;
import hnsim.report.chart.PlanPath;
import hnsim.scenario.Actual;
import hnsim.scenario.Location;
import hnsim.scenario.Placement;
import hnsim.scenario.Scenario;
import hnsim.scenario.ScenarioFile;
import hnsim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RollForwardTest {
    private static final Location HERE = new Location("test.yaml", 1, 1);
    private static final ScenarioFile PLAN_2021 = ScenarioLoader.load(
            Path.of("src/test/resources/fixtures/leicestershire-2021-mtfs-v1.yaml"));

    private static ScenarioFile withActuals(ScenarioFile file, List<Actual> actuals) {
        return new ScenarioFile(file.path(), file.sha256(), file.base(), file.options(), file.warnings(), null, actuals);
    }

    private static Actual actual(Scenario s, String metric, int year, double value) {
        return new Actual(metric, s.year(year), year, value, "test", HERE);
    }

    @Test
    void rollingForwardFromThePlansOwnPositionContinuesThePlanToThePenny() {
        Scenario base = PLAN_2021.base();
        PlanPath plan = PlanPath.of(base);
        ScenarioFile rolled = RollForward.of(withActuals(PLAN_2021,
                List.of(actual(base, "cumulative_deficit", 1, plan.value(Metric.CUMULATIVE_DEFICIT, 1)))));
        Scenario from2023 = rolled.base();
        assertThat(from2023.firstYear().toString()).isEqualTo("2023/24");
        assertThat(from2023.years()).isEqualTo(2);
        assertThat(from2023.transfers()).isEmpty();
        PlanPath continued = PlanPath.of(from2023);
        for (Metric m : Metric.values()) {
            for (int t = 0; t < 2; t++) {
                assertThat(continued.value(m, t)).as(m + " " + from2023.year(t))
                        .isCloseTo(plan.value(m, t + 2), within(1e-6 * Math.max(1, Math.abs(plan.value(m, t + 2)))));
            }
        }
        // The seed's 2024/25 figures, reached from March 2023.
        assertThat(continued.value(Metric.CUMULATIVE_DEFICIT, 1)).isCloseTo(29.2e6, within(0.01e6));
        assertThat(rolled.options()).containsOnlyKeys(PLAN_2021.options().keySet());
    }

    @Test
    void startsFromTheReportedDeficitAndPlacements() {
        Scenario base = PLAN_2021.base();
        ScenarioFile rolled = RollForward.of(withActuals(PLAN_2021, List.of(
                actual(base, "cumulative_deficit", 0, 24.3e6),
                actual(base, "placements", 0, 5000),
                actual(base, "placements.special_school", 0, 1400))));
        Scenario from2022 = rolled.base();
        assertThat(from2022.firstYear().toString()).isEqualTo("2022/23");
        assertThat(from2022.openingDeficitGbp()).isEqualTo(24.3e6);
        assertThat(from2022.placements().stream().filter(p -> p.name().equals("special_school")).findFirst()
                .orElseThrow().baseCount()).isEqualTo(1400);
        // The 2022/23 transfer is still ahead, now in the first modelled year.
        assertThat(from2022.transfers()).hasSize(1);
        assertThat(from2022.transfers().get(0).yearIndex()).isZero();
        double others = from2022.placements().stream().filter(p -> !p.name().equals("special_school"))
                .mapToDouble(Placement::baseCount).sum();
        assertThat(others).isGreaterThan(3000).isLessThan(4000);
    }

    @Test
    void saysWhatIsMissing() {
        Scenario base = PLAN_2021.base();
        assertThatThrownBy(() -> RollForward.of(withActuals(PLAN_2021, List.of())))
                .hasMessageContaining("lists no outturns");
        assertThatThrownBy(() -> RollForward.of(withActuals(PLAN_2021, List.of(actual(base, "in_year_deficit", 1, 5e6)))))
                .hasMessageContaining("starts from the cumulative deficit of 2022/23");
        assertThatThrownBy(() -> RollForward.of(withActuals(PLAN_2021,
                List.of(actual(base, "cumulative_deficit", 3, 65e6)))))
                .hasMessageContaining("no years are left to forecast");
    }
}
