package hnsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import hnsim.scenario.Scenario;
import hnsim.scenario.ScenarioFiles;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * When a conditional transfer is first paid, and how the rules' inputs are named and re-keyed,
 * on the £1m-a-year deficit of {@link PolicyRulesTest} (cumulative £11m, £12m, £13m, £14m).
 */
class ConditionalTransferTimingTest {
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

    private static Scenario scenario(String rules) {
        return ScenarioFiles.load(BASE + rules).base();
    }

    @Test
    void aTransferFromAYearIsRequestedTheYearBeforeAndPaidFromThatYear() {
        // From 2023/24: asked for on 2022/23's figures, paid in 2023/24 and 2024/25, 1% of £200m each.
        Scenario s = scenario("rules: [{conditional_transfer: {when: cumulative_deficit, above: 10.5m, rate: 1%,"
                + " forum_approval: 100%, from: 2023/24}}]\n");
        List<YearOutcome> y = new BudgetModel(s).run(CentralInputs.of(s));
        assertThat(y.get(0).get(Metric.TRANSFER)).isZero();
        assertThat(y.get(1).get(Metric.TRANSFER)).isZero();
        assertThat(y.get(2).get(Metric.TRANSFER)).isCloseTo(2e6, within(1e-6));
        assertThat(y.get(3).get(Metric.TRANSFER)).isCloseTo(2e6, within(1e-6));
    }

    @Test
    void theRulesInputsAreNamedForPeopleAndCanBeReKeyedOneAtATime() {
        Scenario s = scenario("""
                rules:
                  - {conditional_transfer: {when: cumulative_deficit, above: 10.5m, rate: 1%, forum_approval: 40%}}
                  - {conditional_transfer: {when: in_year_deficit, above: 0.5m, rate: 2%, forum_approval: 40%,
                     secretary_of_state: 50%}}
                """);
        InputCatalogue catalogue = InputCatalogue.of(s);
        assertThat(catalogue.inputs()).extracting(UncertainInput::label).contains(
                "Forum would approve: conditional transfer 1", "Forum would approve: conditional transfer 2",
                "Secretary of State would approve: conditional transfer 2");
        String path = "rules.conditional_transfer.1.forum_approval";
        InputCatalogue rekeyed = catalogue.withStream(path, "elsewhere");
        for (int i = 0; i < catalogue.inputs().size(); i++) {
            UncertainInput before = catalogue.inputs().get(i);
            UncertainInput after = rekeyed.inputs().get(i);
            assertThat(after.path()).isEqualTo(before.path());
            assertThat(after.stream()).isEqualTo(before.path().equals(path) ? "elsewhere" : before.stream());
        }
        assertThat(rekeyed.scenario()).isSameAs(s);
        assertThatThrownBy(() -> catalogue.withStream("rules.nothing", "x"))
                .hasMessage("no input 'rules.nothing' in the scenario");
    }
}
