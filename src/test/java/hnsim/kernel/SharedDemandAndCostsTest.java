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
 * An option that differs from an earlier one only in its finances (savings targets, transfers,
 * funding, rules: the unmitigated forecast beside its base, the options of a transfer) steps
 * only its finances on that option's pupils and costs. Its rows must be, to the bit and for
 * every metric of the run's layout, the rows it gets when run alone and stepped in full: with
 * rules (Safety Valve, write-offs, the override, conditional transfers), flows, a programme,
 * options that drop a rule, a grant or a workstream the base has, both ways of sampling, and
 * options around it.
 */
class SharedDemandAndCostsTest {
    static Stream<ScenarioFile> files() throws Exception {
        return Stream.of(ScenarioLoader.load(Path.of("src/test/resources/fixtures/leicestershire-2021-mtfs-v1.yaml")),
                ScenarioLoader.load(Path.of("scenarios/leicestershire-2021-mtfs.yaml")),
                ScenarioLoader.load(Path.of("scenarios/leicestershire-2022-outlook.yaml")),
                ScenarioLoader.load(Path.of("scenarios/leicestershire-2022-dbv.yaml")),
                SharedDrawsTest.changingOptions(), droppingOptions());
    }

    /** The DBV file with options that add a Safety Valve, drop its rules or every workstream, or grow its grant faster. */
    static ScenarioFile droppingOptions() throws Exception {
        String yaml = java.nio.file.Files.readString(Path.of("scenarios/leicestershire-2022-dbv.yaml"));
        return TestScenarios.parse(yaml.substring(0, yaml.indexOf("\noptions:")) + """

                options:
                  with_safety_valve:
                    rules:
                      - grant: {name: Delivering Better Value, amount: 40k, year: 2022/23}
                      - safety_valve: {from: 2024/25, path: [22m, 30m, 40m, 55m], payments: 6m, missed: withhold_rest}
                  no_rules:
                    rules: []
                  no_workstreams:
                    workstreams: []
                  richer_grant:
                    funding:
                      hnb_grant:
                        growth: 9%
                """);
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyOptionThatSharesDemandAndCostsGetsTheRowsOfAFullStep(ScenarioFile file) throws Exception {
        List<Scenario> options = new ArrayList<>(file.allOptions().values());
        int stepped = options.size();
        for (int o = 0; o < stepped; o++) {
            options.add(options.get(o).withoutSavings());
        }
        MetricLayout layout = MetricLayout.of(options);
        List<BudgetModel> models = options.stream().map(s -> new BudgetModel(s, layout)).toList();
        int[] shares = Kernel.sharedDemandAndCosts(models);
        for (int o = 0; o < stepped; o++) {
            boolean sameDemand = options.get(o).demandAndCosts().equals(options.get(0).demandAndCosts());
            // An option of other finances reads the base's demand and costs; one of other demand
            // or costs is stepped in full, and its variant without savings reads it.
            assertThat(shares[o]).as("option %d", o).isEqualTo(o > 0 && sameDemand ? 0 : -1);
            assertThat(shares[stepped + o]).as("the variant of option %d", o).isEqualTo(sameDemand ? 0 : o);
        }
        for (Sampling sampling : Sampling.values()) {
            // A full block and a short second one, on two threads.
            RunSettings settings = new RunSettings(11L, RunSettings.BLOCK + 100, 2, false, sampling);
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
                        assertSameBits(together.column(o, k, t), together.column(same[o][k], k, t),
                                "option %d, %s, year %d", o, layout.names().get(k), t);
                    }
                }
                // Pupils and gross cost in total and by type; savings (in total and by
                // workstream) and net cost with the same workstreams; the grant and other income
                // with the same funding.
                int expected = 0;
                if (shares[o] >= 0) {
                    Scenario source = options.get(shares[o]);
                    expected = 2 + 2 * types
                            + (options.get(o).workstreams().equals(source.workstreams())
                                    ? 2 + source.workstreams().size() : 0)
                            + (options.get(o).funding().equals(source.funding()) ? 2 : 0);
                }
                assertThat(sharedMetrics).as("option %d", o).isEqualTo(expected);
            }
            for (int o = 0; o < options.size(); o++) {
                if (shares[o] < 0) {
                    continue;
                }
                TrajectoryStore alone = Kernel.run(List.of(options.get(o)), settings, n -> { });
                for (String metric : layout.names()) {
                    int own = alone.layout().indexOf(metric);
                    for (int t = 0; t < options.get(o).years(); t++) {
                        // A metric of the layout the option lacks (another option's rule or
                        // workstream) is 0 in every trajectory, as a full step writes it.
                        double[] expected = own < 0 ? new double[RunSettings.BLOCK + 100]
                                : alone.column(0, own, t);
                        assertSameBits(together.column(o, layout.indexOf(metric), t), expected,
                                "%s, option %d, %s, year %d, %s", file.base().name(), o, metric, t, sampling);
                    }
                }
            }
        }
    }

    /** Bit for bit (-0.0 is not 0.0), and quick: a run compares thousands of columns. */
    private static void assertSameBits(double[] actual, double[] expected, String what, Object... args) {
        if (!java.util.Arrays.equals(actual, expected)) {
            assertThat(actual).as(what, args).containsExactly(expected);
        }
    }

    @Test
    void anOptionOfOtherTransfersKeepsOnlyItsFundingTransferAndDeficits() throws Exception {
        ScenarioFile file = ScenarioLoader.load(Path.of("scenarios/leicestershire-2021-mtfs.yaml"));
        List<Scenario> options = new ArrayList<>(file.allOptions().values());
        options.add(file.base().withoutSavings());
        MetricLayout layout = MetricLayout.of(options);
        int[][] same = Kernel.sameValues(options);
        for (int o = 1; o < options.size(); o++) {
            List<String> own = new ArrayList<>();
            for (int k = 0; k < layout.size(); k++) {
                if (same[o][k] < 0) {
                    own.add(layout.names().get(k));
                } else {
                    assertThat(same[o][k]).isZero();
                }
            }
            if (o < options.size() - 1) {
                assertThat(own).as("option %d", o)
                        .containsExactlyInAnyOrder("funding", "transfer", "in_year_deficit", "cumulative_deficit");
            } else {
                // The unmitigated forecast: other savings, so its own savings and net cost too.
                assertThat(own).as("the unmitigated forecast").contains("savings", "net_cost", "funding",
                        "cumulative_deficit").doesNotContain("hnb_grant", "placements", "gross_cost");
            }
        }
    }

    @Test
    void optionsThatChangeDemandOrCostsAreSteppedInFullAndOneOfOtherTransfersIsNot() throws Exception {
        ScenarioFile file = SharedDrawsTest.changingOptions();
        List<Scenario> options = new ArrayList<>(file.allOptions().values());
        assertThat(file.allOptions().keySet()).containsExactly("base", "faster_special_growth",
                "dearer_independent", "likelier_shocks", "no_transfer");
        MetricLayout layout = MetricLayout.of(options);
        List<BudgetModel> models = options.stream().map(s -> new BudgetModel(s, layout)).toList();
        // Growth, a type's inflation and the inflation shock reach the costs; transfers do not.
        assertThat(Kernel.sharedDemandAndCosts(models)).containsExactly(-1, -1, -1, -1, 0);
        // Its own transfer approvals, not the base's: it shares pupils and costs, not its inputs.
        assertThat(models.get(4).sharesInputsWith(models.get(0))).isFalse();
        assertThat(models.get(4).metricsSharedWith(models.get(0)))
                .hasSize(2 + 2 * file.base().placements().size() + 2 + file.base().workstreams().size() + 2)
                .contains(hnsim.model.Metric.HNB_GRANT.ordinal(), hnsim.model.Metric.NET_COST.ordinal())
                .doesNotContain(hnsim.model.Metric.TRANSFER.ordinal(), hnsim.model.Metric.FUNDING.ordinal(),
                        hnsim.model.Metric.IN_YEAR_DEFICIT.ordinal(), hnsim.model.Metric.CUMULATIVE_DEFICIT.ordinal());
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
