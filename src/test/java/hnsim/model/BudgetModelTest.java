package hnsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hnsim.scenario.Scenario;
import hnsim.scenario.ScenarioFiles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model step on the minimal scenario, against figures computed by hand. */
class BudgetModelTest {
    private static List<YearOutcome> deterministic(String yaml) {
        Scenario s = ScenarioFiles.load(yaml).base();
        return new BudgetModel(s).run(CentralInputs.of(s));
    }

    @Test
    void firstYearByHand() {
        YearOutcome y = deterministic(ScenarioFiles.MINIMAL).get(0);
        // special: 100 pupils grow 10% to 110; capacity 105 puts 5 in independent places.
        // unit costs: 20k x 1.02 = 20,400; 50k x 1.05 = 52,500.
        assertThat(y.get(Metric.PLACEMENTS)).isCloseTo(120, within(1e-9));
        assertThat(y.get(Metric.GROSS_COST)).isCloseTo(105 * 20_400 + 5 * 52_500 + 10 * 52_500, within(1e-6));
        assertThat(y.get(Metric.SAVINGS)).isCloseTo(50_000, within(1e-9));
        assertThat(y.get(Metric.NET_COST)).isCloseTo(2_879_500, within(1e-6));
        assertThat(y.get(Metric.FUNDING)).isCloseTo(2_600_000, within(1e-6));
        assertThat(y.get(Metric.TRANSFER)).isZero();
        assertThat(y.get(Metric.IN_YEAR_DEFICIT)).isCloseTo(279_500, within(1e-6));
        assertThat(y.get(Metric.CUMULATIVE_DEFICIT)).isCloseTo(10_279_500, within(1e-6));
    }

    @Test
    void secondYearByHandWithTheTransfer() {
        YearOutcome y = deterministic(ScenarioFiles.MINIMAL).get(1);
        // special demand 121 over capacity 105: 16 overflow; costs 20,808 and 55,125.
        assertThat(y.get(Metric.GROSS_COST)).isCloseTo(105 * 20_808 + 26 * 55_125, within(1e-6));
        assertThat(y.get(Metric.TRANSFER)).isCloseTo(500_000, within(1e-6));
        assertThat(y.get(Metric.FUNDING)).isCloseTo(2_704_000 + 500_000, within(1e-6));
        assertThat(y.get(Metric.IN_YEAR_DEFICIT)).isCloseTo(3_618_090 - 100_000 - 3_204_000, within(1e-6));
        assertThat(y.get(Metric.CUMULATIVE_DEFICIT)).isCloseTo(10_279_500 + 314_090, within(1e-6));
    }

    @Test
    void aSlippedWorkstreamDeliversItsProfileAYearLate() {
        List<YearOutcome> years = deterministic(ScenarioFiles.MINIMAL
                .replace("delivery: 50%", "delivery: 50%\n    slip: {probability: 100%, years: 1}"));
        assertThat(years).extracting(y -> y.get(Metric.SAVINGS)).containsExactly(0.0, 50_000.0, 100_000.0);
    }

    @Test
    void deterministicModeCarriesTheExpectedEffectOfEvents() {
        List<YearOutcome> years = deterministic(ScenarioFiles.MINIMAL.replace("rate: 0.5%}", "rate: 0.5%, approval: 30%}"));
        assertThat(years.get(1).get(Metric.TRANSFER)).isCloseTo(0.3 * 500_000, within(1e-6));
        List<YearOutcome> planned = deterministic(ScenarioFiles.MINIMAL
                .replace("rate: 0.5%}", "rate: 0.5%, approval: {probability: 30%, plan: 100%}}"));
        assertThat(planned.get(1).get(Metric.TRANSFER)).isCloseTo(500_000, within(1e-6));
    }

    @Test
    void accountingIdentitiesHoldEveryYear() {
        Scenario s = ScenarioFiles.load(ScenarioFiles.MINIMAL).base();
        double cumulative = s.openingDeficitGbp();
        for (YearOutcome y : new BudgetModel(s).run(CentralInputs.of(s))) {
            assertThat(y.get(Metric.NET_COST)).isCloseTo(y.get(Metric.GROSS_COST) - y.get(Metric.SAVINGS), within(1e-6));
            assertThat(y.get(Metric.IN_YEAR_DEFICIT)).isCloseTo(y.get(Metric.NET_COST) - y.get(Metric.FUNDING), within(1e-6));
            cumulative += y.get(Metric.IN_YEAR_DEFICIT);
            assertThat(y.get(Metric.CUMULATIVE_DEFICIT)).isCloseTo(cumulative, within(1e-6));
        }
    }
}
