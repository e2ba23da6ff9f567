package hnsim.stats;

import static org.assertj.core.api.Assertions.assertThat;

import hnsim.kernel.RunSettings;
import hnsim.scenario.Scenario;
import hnsim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SensitivityTest {
    private static final Scenario PLAN = ScenarioLoader.load(Path.of("scenarios/leicestershire-2021-mtfs.yaml")).base();

    @Test
    void theShippedScenariosSpreadIsDrivenByDemandAndSavingsNotByTheFixedInputs() {
        List<Driver> drivers = Sensitivity.of(PLAN, new RunSettings(3, 5_000, 1, false));
        assertThat(drivers).isNotEmpty();
        assertThat(drivers.stream().mapToDouble(Driver::share).sum()).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
        // Schools Block growth is fixed at 2%: it cannot drive anything and is left out.
        assertThat(drivers).extracting(Driver::input).doesNotContain("Schools Block growth")
                .contains("demand growth: independent_special", "HNB grant growth", "transfer approved: 2022/23");
        // More grant growth means a smaller deficit; more demand growth a larger one.
        Driver grant = drivers.stream().filter(d -> d.input().equals("HNB grant growth")).findFirst().orElseThrow();
        assertThat(grant.spearman()).isNegative();
        Driver demand = drivers.stream().filter(d -> d.input().equals("demand growth: mainstream_top_up")).findFirst()
                .orElseThrow();
        assertThat(demand.spearman()).isPositive();
        // Shares are sorted, largest first.
        for (int i = 1; i < drivers.size(); i++) {
            assertThat(drivers.get(i).share()).isLessThanOrEqualTo(drivers.get(i - 1).share());
        }
    }

    @Test
    void replaysTheSameDrawsAsTheRun() {
        RunSettings settings = new RunSettings(3, 2_000, 2, false);
        assertThat(Sensitivity.of(PLAN, settings)).isEqualTo(Sensitivity.of(PLAN, new RunSettings(3, 2_000, 1, false)));
    }

    @Test
    void deterministicRunsHaveNoDrivers() {
        assertThat(Sensitivity.of(PLAN, new RunSettings(3, 1, 1, true))).isEmpty();
    }
}
