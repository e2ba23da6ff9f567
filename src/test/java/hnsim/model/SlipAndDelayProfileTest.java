package hnsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hnsim.scenario.Scenario;
import hnsim.scenario.ScenarioFiles;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A workstream that may slip and depends on an opening that may be late, on the deterministic
 * path, where slip and lateness are their planned probabilities: the year's savings are the
 * four profiles (on time, slipped, late, both) weighted by those probabilities, worked by hand.
 */
class SlipAndDelayProfileTest {
    private static final String YAML = ScenarioFiles.MINIMAL.replace("years: 3", "years: 4")
            .replace("capacity: [105, 105, 120]", "capacity: [105, 105, 120, 120]")
            .replace("""
              - name: Review
                target: [100k, 200k, 300k]
                delivery: 50%
            """, """
              - name: Review
                target: [100k, 200k, 300k, 400k]
                delivery: 50%
                slip: {probability: 40%, years: 1}
                depends_on: New school
            """) + """
            programme:
              - {name: New school, type: special, places: 10, year: 2022/23, term: autumn,
                 delay: {probability: 25%, years: 2}}
            """;

    @Test
    void savingsWeightTheFourProfilesByTheirPlannedProbabilities() {
        Scenario s = ScenarioFiles.load(YAML).base();
        List<YearOutcome> y = new BudgetModel(s).run(CentralInputs.of(s));
        // Slipped 0.4 (one year), late 0.25 (two years); targets 100k, 200k, 300k, 400k; delivery 50%.
        // Year t: 0.6 x 0.75 x T(t) + 0.4 x 0.75 x T(t-1) + 0.6 x 0.25 x T(t-2) + 0.4 x 0.25 x T(t-3).
        double[] t = {100e3, 200e3, 300e3, 400e3};
        for (int year = 0; year < 4; year++) {
            double profile = 0.45 * t[year] + 0.3 * (year >= 1 ? t[year - 1] : 0)
                    + 0.15 * (year >= 2 ? t[year - 2] : 0) + 0.1 * (year >= 3 ? t[year - 3] : 0);
            assertThat(y.get(year).get(Metric.SAVINGS)).as("year %d", year).isCloseTo(0.5 * profile, within(1e-6));
        }
        // Year 3 by hand: 0.45 x 400k + 0.3 x 300k + 0.15 x 200k + 0.1 x 100k = 310k; half delivered.
        assertThat(y.get(3).get(Metric.SAVINGS)).isCloseTo(155e3, within(1e-6));
    }

    @Test
    void aRolledForwardScenarioSlipsIntoItsPastTargets() {
        Scenario file = ScenarioFiles.load(YAML).base();
        hnsim.scenario.Workstream w = file.workstreams().get(0);
        // The targets of the two years before the first, oldest first: 50k then 80k.
        hnsim.scenario.Workstream rolled = new hnsim.scenario.Workstream(w.name(), w.targetGbp(), w.delivery(), w.slip(),
                w.slipYears(), w.id(), w.persistent(), w.yearlyNoise(), w.dependsOn(), List.of(50e3, 80e3));
        Scenario s = new Scenario(file.name(), file.description(), file.firstYear(), file.years(),
                file.openingDeficitGbp(), file.placements(), file.inflation(), file.funding(), file.transfers(),
                List.of(rolled), file.thresholdsGbp(), file.correlation(), file.flows(), file.programme(), file.rules());
        List<YearOutcome> y = new BudgetModel(s).run(CentralInputs.of(s));
        // Year 0: 0.45 x 100k + 0.3 x 80k (a year back) + 0.15 x 50k (two back) + 0.1 x nothing (three back).
        assertThat(y.get(0).get(Metric.SAVINGS)).isCloseTo(0.5 * (45e3 + 24e3 + 7.5e3), within(1e-6));
        // Year 1: 0.45 x 200k + 0.3 x 100k + 0.15 x 80k + 0.1 x 50k.
        assertThat(y.get(1).get(Metric.SAVINGS)).isCloseTo(0.5 * (90e3 + 30e3 + 12e3 + 5e3), within(1e-6));
    }
}
