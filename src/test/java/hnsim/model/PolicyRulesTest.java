package hnsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hnsim.scenario.Scenario;
import hnsim.scenario.ScenarioFiles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The policy rules on a scenario whose in-year deficit is exactly £1m a year, worked by hand. */
class PolicyRulesTest {
    /** 100 pupils at £20k (£2m) against a £1m grant: £1m in-year deficit every year, £10m brought forward. */
    private static final String BASE = """
            name: rules
            first_year: 2021/22
            years: 4
            opening_deficit: 10m
            placements:
              special: {count: 100, unit_cost: 20k}
            funding:
              hnb_grant: {base: 1m}
              schools_block: 200m
            """;

    private static List<YearOutcome> run(String rules) {
        Scenario s = ScenarioFiles.load(BASE + rules).base();
        return new BudgetModel(s).run(CentralInputs.of(s));
    }

    @Test
    void aHundredPercentWriteOffZeroesTheCumulativeDeficitThatYear() {
        List<YearOutcome> y = run("rules: [{write_off: {year: 2022/23, share: 100%}}]\n");
        assertThat(y.get(0).get(Metric.CUMULATIVE_DEFICIT)).isCloseTo(11e6, within(1e-6));
        assertThat(y.get(1).get(Metric.CUMULATIVE_DEFICIT)).isZero();
        assertThat(y.get(1).get(MetricLayout.WRITTEN_OFF)).isCloseTo(12e6, within(1e-6));
        assertThat(y.get(2).get(Metric.CUMULATIVE_DEFICIT)).isCloseTo(1e6, within(1e-6));
    }

    @Test
    void aSafetyValvePathKeptPaysEveryYearAndAMissedOneWithholdsThatYearOrAllLater() {
        // Paths of £1m are kept (the deficit is £1m: "at or under"); £0.5m in 2022/23 is missed.
        List<YearOutcome> kept = run("rules: [{safety_valve: {from: 2022/23, path: 1m, payments: 2m}}]\n");
        assertThat(kept.stream().mapToDouble(o -> o.get(MetricLayout.SAFETY_VALVE_INCOME)).sum()).isCloseTo(6e6, within(1e-6));
        assertThat(kept.get(3).get(Metric.CUMULATIVE_DEFICIT)).isCloseTo(10e6 + 4e6 - 6e6, within(1e-6));
        List<YearOutcome> year = run("rules: [{safety_valve: {from: 2022/23, path: [0.5m, 1m, 1m], payments: 2m}}]\n");
        assertThat(year.stream().mapToDouble(o -> o.get(MetricLayout.SAFETY_VALVE_INCOME)).sum()).isCloseTo(4e6, within(1e-6));
        List<YearOutcome> rest = run("rules: [{safety_valve: {from: 2022/23, path: [0.5m, 1m, 1m], payments: 2m, "
                + "missed: withhold_rest}}]\n");
        assertThat(rest.stream().mapToDouble(o -> o.get(MetricLayout.SAFETY_VALVE_INCOME)).sum()).isZero();
    }

    @Test
    void aWriteOffConditionalOnTheSafetyValveHappensOnlyIfNoYearWasMissed() {
        String missed = "rules:\n  - {safety_valve: {from: 2021/22, path: [1m, 0.5m, 1m, 1m], payments: 1m}}\n"
                + "  - {write_off: {year: 2024/25, share: 50%, if_safety_valve_kept: true}}\n";
        assertThat(run(missed).get(3).get(MetricLayout.WRITTEN_OFF)).isZero();
        String kept = missed.replace("[1m, 0.5m, 1m, 1m]", "1m");
        // Deficit: 10m + 4 x 1m - 4 x 1m payments = 10m, half written off.
        assertThat(run(kept).get(3).get(MetricLayout.WRITTEN_OFF)).isCloseTo(5e6, within(1e-6));
    }

    @Test
    void aGrantIsIncomeOfItsYear() {
        List<YearOutcome> y = run("rules: [{grant: {name: Delivering Better Value, amount: 40k, year: 2022/23}}]\n");
        assertThat(y.get(1).get(MetricLayout.GRANT_INCOME)).isEqualTo(40_000);
        assertThat(y.get(1).get(Metric.FUNDING)).isCloseTo(1_040_000, within(1e-6));
        assertThat(y.get(1).get(Metric.IN_YEAR_DEFICIT)).isCloseTo(960_000, within(1e-6));
        assertThat(y.get(2).get(MetricLayout.GRANT_INCOME)).isZero();
    }

    @Test
    void theOverrideEndPutsTheCumulativeDeficitOnTheGeneralFund() {
        List<YearOutcome> y = run("rules: [{override_end: {from: 2023/24}}]\n");
        assertThat(y.get(1).get(MetricLayout.GENERAL_FUND_EXPOSURE)).isZero();
        assertThat(y.get(2).get(MetricLayout.GENERAL_FUND_EXPOSURE)).isCloseTo(13e6, within(1e-6));
        assertThat(y.get(3).get(MetricLayout.GENERAL_FUND_EXPOSURE)).isCloseTo(14e6, within(1e-6));
    }

    @Test
    void aConditionalTransferIsRequestedForTheNextYearWhenTheMetricIsAboveItsThreshold() {
        // Cumulative 11m after 2021/22 (above 10.5m): 1% of the Schools Block (200m) asked for 2022/23.
        // Forum 40%, else Secretary of State 50%: the deterministic path carries 0.4 + 0.6 x 0.5 = 70%.
        List<YearOutcome> y = run("rules: [{conditional_transfer: {when: cumulative_deficit, above: 10.5m, rate: 1%,"
                + " forum_approval: 40%, secretary_of_state: 50%}}]\n");
        assertThat(y.get(0).get(Metric.TRANSFER)).isZero();
        assertThat(y.get(1).get(Metric.TRANSFER)).isCloseTo(0.7 * 2e6, within(1e-6));
        // Above the Forum's limit only the Secretary of State's 50% applies.
        List<YearOutcome> limited = run("rules: [{conditional_transfer: {when: cumulative_deficit, above: 10.5m,"
                + " rate: 1%, forum_approval: 40%, secretary_of_state: 50%, forum_limit: 0.5%}}]\n");
        assertThat(limited.get(1).get(Metric.TRANSFER)).isCloseTo(0.5 * 2e6, within(1e-6));
        // An in-year deficit of 1m is not above 1m: nothing is requested.
        List<YearOutcome> none = run("rules: [{conditional_transfer: {when: in_year_deficit, above: 1m, rate: 1%,"
                + " forum_approval: 100%}}]\n");
        assertThat(none.stream().mapToDouble(o -> o.get(Metric.TRANSFER)).sum()).isZero();
    }
}
