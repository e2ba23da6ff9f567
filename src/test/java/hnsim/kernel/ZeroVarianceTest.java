package hnsim.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import hnsim.model.BudgetModel;
import hnsim.model.CentralInputs;
import hnsim.model.Metric;
import hnsim.model.YearOutcome;
import hnsim.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A scenario with no uncertainty left (every input fixed, every event certain) gives exactly
 * the deterministic path in every trajectory, whatever the sampling method, and through the
 * copula too.
 */
class ZeroVarianceTest {
    private static final int N = 3_000;
    private static final String FIXED = """
            name: certain
            first_year: 2021/22
            years: 4
            opening_deficit: 17.5m
            placements:
              mainstream_top_up: {count: 1930, unit_cost: 8015, growth: 5%}
              special_school:
                count: 1240
                unit_cost: 20.8k
                growth: [4.5%, 4%, 5%, 4.5%]
                capacity: [1290, 1350, 1410, 1470]
                overflow: independent_special
              independent_special: {count: 520, unit_cost: 51k, growth: 4%, inflation: 3%}
            demand: {persistence: 0.5}
            inflation:
              rate: 2%
              shock: {probability: 100%, size: 1%}
            funding:
              hnb_grant: {base: 64.9816m, growth: [10%, 5%, 4.5%, 4.5%]}
              schools_block: {base: 385m, growth: 2%}
              other_income: [{name: Contribution, amount: 0.5m}]
            transfers:
              - {year: 2022/23, rate: 0.5%, approval: 100%}
              - {year: 2023/24, rate: 0.5%, approval: 0%}
            workstreams:
              - {name: Inclusion, target: [1.2m, 2.0m, 2.5m, 3.0m], delivery: 80%, slip: {probability: 100%}}
              - {name: Sufficiency, target: [3m, 4.6m, 5.4m, 6.4m], delivery: [100%, 90%, 90%, 85%], slip: {probability: 0%}}
            correlation:
              inputs: [placements.mainstream_top_up.growth, inflation.rate, workstreams.Inclusion.delivery]
              matrix: [[1, 0.5, 0.2], [0.5, 1, 0.1], [0.2, 0.1, 1]]
            """;

    @ParameterizedTest
    @EnumSource(Sampling.class)
    void everyTrajectoryIsTheDeterministicPath(Sampling sampling) throws InterruptedException {
        Scenario scenario = TestScenarios.parse(FIXED).base();
        List<YearOutcome> plan = new BudgetModel(scenario).run(CentralInputs.of(scenario));
        TrajectoryStore store = Kernel.run(List.of(scenario), new RunSettings(1L, N, 2, false, sampling), done -> { });
        for (Metric m : Metric.values()) {
            for (int t = 0; t < scenario.years(); t++) {
                double expected = plan.get(t).values()[m.ordinal()];
                assertThat(store.column(0, m, t)).as("%s in year %d", m.key(), t).containsOnly(expected);
            }
        }
        // Not a trivial path: the deficit moves, one transfer is paid and the refused one is not.
        assertThat(plan.get(3).values()[Metric.CUMULATIVE_DEFICIT.ordinal()]).isNotEqualTo(17.5e6);
        assertThat(plan.get(1).values()[Metric.TRANSFER.ordinal()]).isGreaterThan(1.9e6);
        assertThat(plan.get(2).values()[Metric.TRANSFER.ordinal()]).isZero();
    }
}
