package hnsim.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hnsim.model.Metric;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two years of a small budget worked by hand, run through the kernel's deterministic path:
 * demand growth, a capacity whose excess goes to the dearer overflow type, general and own
 * inflation, savings, grant growth, a Schools Block transfer as a rate of the grown block,
 * other income and the cumulative deficit.
 */
class HandComputedBudgetTest {
    private static final String SCENARIO = """
            name: by hand
            first_year: 2021/22
            years: 2
            opening_deficit: 10k
            placements:
              special: {count: 100, unit_cost: 10k, growth: 10%, capacity: [105, 130], overflow: independent}
              independent: {count: 10, unit_cost: 50k, growth: 0%, inflation: 0%}
            inflation:
              rate: 5%
            funding:
              hnb_grant: {base: 1.5m, growth: 2%}
              schools_block: {base: 100m, growth: 1%}
              other_income: [{name: Grant, amount: [50k, 0]}]
            transfers:
              - {year: 2022/23, rate: 0.5%}
            workstreams:
              - {name: Review, target: [100k, 200k], delivery: 60%}
            """;

    /**
     * 2021/22: special demand 110 at £10,500, of which 105 placed and 5 in independent places
     * at £50,000; independent 10 at £50,000: gross 1,102,500 + 250,000 + 500,000 = 1,852,500;
     * savings 60% of 100k; grant 1.53m plus £50k income; in-year 1,792,500 - 1,580,000 = 212,500.
     * 2022/23: special 121 at £11,025 (under the 130 places) and independent 10: gross
     * 1,834,025; savings 120k; grant 1,560,600 and 0.5% of the Schools Block of 102.01m
     * (510,050): in-year 1,714,025 - 2,070,650 = -356,625.
     */
    @Test
    void twoYearsMatchTheHandCalculation() throws InterruptedException {
        TrajectoryStore store = Kernel.run(List.of(TestScenarios.parse(SCENARIO).base()),
                new RunSettings(1, 1, 1, true), done -> { });
        double[][] expected = {
            // placements, gross, savings, net, funding, transfer, in-year, cumulative, HNB grant, other income
            {120, 1_852_500, 60_000, 1_792_500, 1_580_000, 0, 212_500, 222_500, 1_530_000, 50_000},
            {131, 1_834_025, 120_000, 1_714_025, 2_070_650, 510_050, -356_625, -134_125, 1_560_600, 0},
        };
        for (int t = 0; t < 2; t++) {
            for (Metric m : Metric.values()) {
                assertThat(store.get(0, m, t, 0)).as("%s in year %d", m.key(), t)
                        .isCloseTo(expected[t][m.ordinal()], within(1e-6));
            }
        }
    }
}
