package hnsim.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import hnsim.model.BudgetModel;
import hnsim.model.MetricLayout;
import hnsim.scenario.Scenario;
import hnsim.scenario.ScenarioFile;
import hnsim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An option that differs from an earlier one only in its savings targets (the unmitigated
 * forecast beside its base) steps only its finances on that option's pupils and costs. Its
 * rows must be, to the bit and for every metric of the run's layout, the rows it gets when run
 * alone and stepped in full: with rules (Safety Valve, write-offs, the override, conditional
 * transfers), flows, a programme and options around it.
 */
class SharedDemandAndCostsTest {
    static Stream<ScenarioFile> files() throws Exception {
        return Stream.of(ScenarioLoader.load(Path.of("src/test/resources/fixtures/leicestershire-2021-mtfs-v1.yaml")),
                ScenarioLoader.load(Path.of("scenarios/leicestershire-2021-mtfs.yaml")),
                ScenarioLoader.load(Path.of("scenarios/leicestershire-2022-outlook.yaml")),
                ScenarioLoader.load(Path.of("scenarios/leicestershire-2022-dbv.yaml")));
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyOptionWithoutSavingsGetsTheRowsOfAFullStep(ScenarioFile file) throws Exception {
        List<Scenario> options = new ArrayList<>(file.allOptions().values());
        int stepped = options.size();
        for (int o = 0; o < stepped; o++) {
            options.add(options.get(o).withoutSavings());
        }
        MetricLayout layout = MetricLayout.of(options);
        List<BudgetModel> models = options.stream().map(s -> new BudgetModel(s, layout)).toList();
        int[] shares = Kernel.sharedDemandAndCosts(models);
        for (int o = 0; o < stepped; o++) {
            // Options change demand, costs or funding: each is stepped in full, and each one's
            // variant without savings reads its own option's demand and costs.
            assertThat(shares[stepped + o]).as("the variant of option %d", o).isEqualTo(o);
        }
        // A full block and a short second one, on two threads.
        RunSettings settings = new RunSettings(11L, RunSettings.BLOCK + 100, 2, false, Sampling.MONTE_CARLO);
        TrajectoryStore together = Kernel.run(options, settings, n -> { });
        // The columns a run keeps once for both options are equal in every trajectory and year.
        int[][] same = Kernel.sameValues(options);
        int types = file.base().placements().size();
        for (int o = 0; o < options.size(); o++) {
            int sharedMetrics = 0;
            for (int k = 0; k < layout.size(); k++) {
                if (same[o][k] < 0) {
                    continue;
                }
                sharedMetrics++;
                for (int t = 0; t < options.get(o).years(); t++) {
                    assertThat(together.column(o, k, t)).as("option %d, %s, year %d", o, layout.names().get(k), t)
                            .containsExactly(together.column(same[o][k], k, t));
                }
            }
            // Pupils and gross cost in total and by type, the grant and other income.
            assertThat(sharedMetrics).as("option %d", o).isEqualTo(o < stepped ? 0 : 4 + 2 * types);
        }
        for (int o = stepped; o < options.size(); o++) {
            TrajectoryStore alone = Kernel.run(List.of(options.get(o)), settings, n -> { });
            for (String metric : alone.layout().names()) {
                for (int t = 0; t < options.get(o).years(); t++) {
                    assertThat(together.column(o, layout.indexOf(metric), t))
                            .as("%s, option %d, %s, year %d", file.base().name(), o, metric, t)
                            .containsExactly(alone.column(0, alone.layout().indexOf(metric), t));
                }
            }
        }
    }

    @Test
    void optionsThatChangeDemandCostsOrFundingAreSteppedInFull() throws Exception {
        ScenarioFile file = SharedDrawsTest.changingOptions();
        List<Scenario> options = new ArrayList<>(file.allOptions().values());
        MetricLayout layout = MetricLayout.of(options);
        List<BudgetModel> models = options.stream().map(s -> new BudgetModel(s, layout)).toList();
        assertThat(Kernel.sharedDemandAndCosts(models)).containsOnly(-1);
    }

    @Test
    void optionsThatChangeDemandShareNoMetric() throws Exception {
        ScenarioFile file = SharedDrawsTest.changingOptions();
        MetricLayout layout = MetricLayout.of(List.of(file.base(), file.options().get("faster_special_growth")));
        BudgetModel base = new BudgetModel(file.base(), layout);
        BudgetModel faster = new BudgetModel(file.options().get("faster_special_growth"), layout);
        assertThat(faster.metricsSharedWith(base)).isEmpty();
        assertThat(Kernel.sameValues(List.of(file.base(), file.options().get("faster_special_growth")))[1])
                .containsOnly(-1);
    }

    @Test
    void anOptionWithOtherTargetsSharesTheDemandAndCostsOfTheFirstSuch() throws Exception {
        Scenario base = ScenarioLoader.load(Path.of("scenarios/leicestershire-2021-mtfs.yaml")).base();
        Scenario none = base.withoutSavings();
        List<Scenario> options = List.of(base, none, none);
        MetricLayout layout = MetricLayout.of(options);
        List<BudgetModel> models = options.stream().map(s -> new BudgetModel(s, layout)).toList();
        // The third reads the base, which is stepped in full, not the second, which is not.
        assertThat(Kernel.sharedDemandAndCosts(models)).containsExactly(-1, 0, 0);
    }
}
