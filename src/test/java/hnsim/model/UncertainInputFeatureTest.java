package hnsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import hnsim.scenario.ScenarioFiles;
import org.junit.jupiter.api.Test;

/** How a sensitivity analysis reduces an input's values in one trajectory to one number, and how many values it has. */
class UncertainInputFeatureTest {
    @Test
    void featuresAreTheMeanTheTotalOrTheSingleValue() {
        double[] years = {0.02, 0.05, 0.08, 0.01};
        assertThat(UncertainInput.Feature.MEAN.of(years)).isEqualTo(0.04, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(UncertainInput.Feature.TOTAL.of(new double[] {1, 0, 1, 1})).isEqualTo(3.0);
        assertThat(UncertainInput.Feature.VALUE.of(new double[] {1, 0, 0})).isEqualTo(1.0);
        assertThat(UncertainInput.Feature.VALUE.of(new double[] {0, 1, 1})).isZero();
    }

    @Test
    void aOncePerTrajectoryEventHasOneValueAndEveryOtherInputOneAYear() {
        InputCatalogue catalogue = InputCatalogue.of(ScenarioFiles.load(ScenarioFiles.MINIMAL
                .replace("growth: 10%", "growth: {normal: [10%, 3%]}")
                .replace("{year: 2022/23, rate: 0.5%}", "{year: 2022/23, rate: 0.5%, approval: 40%}")).base());
        UncertainInput approval = catalogue.inputs().stream().filter(i -> i.path().equals("transfers.0.approval"))
                .findFirst().orElseThrow();
        UncertainInput growth = catalogue.inputs().stream().filter(i -> i.path().endsWith("special.growth"))
                .findFirst().orElseThrow();
        assertThat(approval.width(3)).isEqualTo(1);
        assertThat(approval.feature()).isEqualTo(UncertainInput.Feature.VALUE);
        assertThat(growth.width(3)).isEqualTo(3);
        assertThat(growth.feature()).isEqualTo(UncertainInput.Feature.MEAN);
        assertThat(growth.withStream("other").stream()).isEqualTo("other");
        assertThat(growth.withStream("other").path()).isEqualTo(growth.path());
    }

    @Test
    void slotsPutAndGetAnInputsValuesWhereTheModelReadsThem() {
        hnsim.scenario.Scenario s = ScenarioFiles.load(ScenarioFiles.MINIMAL
                .replace("{year: 2022/23, rate: 0.5%}", "{year: 2022/23, rate: 0.5%, approval: 40%}")).base();
        TrajectoryInputs in = new TrajectoryInputs(s);
        UncertainInput.Slot years = UncertainInput.Slot.years(i -> i.delivery[0]);
        years.put(in, new double[] {0.1, 0.2, 0.3});
        assertThat(in.delivery[0]).containsExactly(0.1, 0.2, 0.3);
        double[] out = new double[3];
        years.get(in, out);
        assertThat(out).containsExactly(0.1, 0.2, 0.3);
        UncertainInput.Slot at = UncertainInput.Slot.at(i -> i.transferApproved, 0);
        at.put(in, new double[] {1});
        assertThat(in.transferApproved[0]).isEqualTo(1.0);
        double[] one = new double[1];
        at.get(in, one);
        assertThat(one).containsExactly(1.0);
    }

    @Test
    void aYearlyInputIsFixedOnlyWhenEveryYearIs() {
        hnsim.dist.UncertainValue known = hnsim.dist.UncertainValue.fixed(0.02, hnsim.dist.Unit.RATE);
        hnsim.dist.UncertainValue unknown = new hnsim.dist.UncertainValue(new hnsim.dist.Normal(0.02, 0.01),
                hnsim.dist.Unit.RATE, null);
        assertThat(new UncertainInput.Yearly(java.util.List.of(known, known), 0).isFixed()).isTrue();
        assertThat(new UncertainInput.Yearly(java.util.List.of(known, unknown), 0).isFixed()).isFalse();
        assertThat(new UncertainInput.Yearly(java.util.List.of(unknown, known), 0).isFixed()).isFalse();
    }

    @Test
    void metricsAreFoundByKeyAndOutcomesByName() {
        assertThat(Metric.byKey("cumulative_deficit")).isEqualTo(Metric.CUMULATIVE_DEFICIT);
        assertThat(Metric.byKey(Metric.values()[0].key())).isEqualTo(Metric.values()[0]);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Metric.byKey("spend"))
                .hasMessage("no metric 'spend'");
        hnsim.scenario.Scenario s = ScenarioFiles.load(ScenarioFiles.MINIMAL).base();
        YearOutcome y = new BudgetModel(s).run(CentralInputs.of(s)).get(0);
        // The first metric of every layout (index 0) is found by name too; an unknown name is NaN.
        String first = Metric.values()[0].key();
        assertThat(y.get(first)).isEqualTo(y.get(Metric.values()[0])).isNotZero();
        assertThat(y.get("savings.review")).isEqualTo(50_000);
        assertThat(y.get("savings.nothing")).isNaN();
    }
}
