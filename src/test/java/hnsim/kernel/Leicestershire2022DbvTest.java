package hnsim.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import hnsim.model.MetricLayout;
import hnsim.scenario.Scenario;
import hnsim.scenario.ScenarioFile;
import hnsim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped July 2022 scenario: its options, and a Safety Valve path that is really conditional. */
class Leicestershire2022DbvTest {
    private static final Path FILE = Path.of("scenarios/leicestershire-2022-dbv.yaml");

    @Test
    void itModelsToAtLeast2027WithTheFiveOptions() {
        ScenarioFile file = ScenarioLoader.load(FILE);
        Scenario base = file.base();
        assertThat(base.year(base.years() - 1).startYear()).isGreaterThanOrEqualTo(2027);
        assertThat(file.allOptions().keySet()).containsExactly("base", "forum_refuses", "secretary_of_state_transfer",
                "conditional_transfer", "safety_valve_from_2024", "override_ends_2026");
        assertThat(base.thresholdsGbp()).contains(99e6);
        assertThat(base.hasFlows()).isTrue();
        assertThat(MetricLayout.of(new ArrayList<>(file.allOptions().values())).names()).contains(
                MetricLayout.GRANT_INCOME, MetricLayout.SAFETY_VALVE_INCOME, MetricLayout.WRITTEN_OFF,
                MetricLayout.GENERAL_FUND_EXPOSURE);
    }

    @Test
    void someTrajectoriesKeepTheSafetyValvePathAndOthersMissIt() throws InterruptedException {
        Scenario option = ScenarioLoader.load(FILE).allOptions().get("safety_valve_from_2024");
        int n = 2_000;
        TrajectoryStore store = Kernel.run(List.of(option), new RunSettings(20220704L, n, 2, false,
                Sampling.MONTE_CARLO), done -> { });
        int income = store.layout().indexOf(MetricLayout.SAFETY_VALVE_INCOME);
        int paidInFull = 0;
        int paidNothing = 0;
        for (int i = 0; i < n; i++) {
            double paid = 0;
            for (int t = 0; t < store.years(); t++) {
                paid += store.get(0, income, t, i);
            }
            paidInFull += paid == 24e6 ? 1 : 0;
            paidNothing += paid == 0 ? 1 : 0;
        }
        assertThat(paidInFull).as("kept every year").isBetween(n / 20, n / 2);
        assertThat(paidNothing).as("missed the first year").isBetween(n / 5, n * 4 / 5);
    }
}
