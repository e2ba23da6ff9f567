package hnsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hnsim.scenario.Scenario;
import hnsim.scenario.ScenarioFiles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Placements as stocks and flows, and capacity from a programme, against figures worked by hand. */
class StocksAndFlowsTest {
    private static List<YearOutcome> run(String yaml) {
        Scenario s = ScenarioFiles.load(yaml).base();
        return new BudgetModel(s).run(CentralInputs.of(s));
    }

    /** Special places 100 then 200; 30 new plans a year; 10% leave every type each year. */
    private static final String OVERFLOW = """
            name: overflow stays
            first_year: 2021/22
            years: 3
            placements:
              special: {count: 100, unit_cost: 20k, capacity: [100, 200, 200], overflow: independent, joiners: 30}
              independent: {count: 0, unit_cost: 50k, joiners: 0}
            flows: {leaving: 10%}
            funding:
              hnb_grant: {base: 5m}
            """;

    @Test
    void aCapacityIncreaseLeavesOverflowPupilsWhereTheyAre() {
        List<YearOutcome> years = run(OVERFLOW);
        // 2021/22: 100 - 10 leavers = 90; 10 vacancies admit 10 of the 30 joiners, 20 go independent.
        assertThat(years.get(0).get("placements.special")).isCloseTo(100, within(1e-9));
        assertThat(years.get(0).get("placements.independent")).isCloseTo(20, within(1e-9));
        // 2022/23: 100 new places. The 20 independent pupils stay; only their leavers (10%) go.
        assertThat(years.get(1).get("placements.independent")).isCloseTo(18, within(1e-9));
        assertThat(years.get(1).get("placements.special")).isCloseTo(90 + 30, within(1e-9));
        assertThat(years.get(2).get("placements.independent")).isCloseTo(16.2, within(1e-9));
        assertThat(years.get(2).get("placements.special")).isCloseTo(108 + 30, within(1e-9));
    }

    @Test
    void withoutFlowsTheSameCapacityPullsOverflowBackAtOnce() {
        // Today's meaning, kept for files without flows: demand above capacity is re-placed every year.
        List<YearOutcome> years = run("""
                name: demand model
                first_year: 2021/22
                years: 2
                placements:
                  special: {count: 100, unit_cost: 20k, growth: 20%, capacity: [100, 200], overflow: independent}
                  independent: {count: 0, unit_cost: 50k}
                funding:
                  hnb_grant: {base: 5m}
                """);
        assertThat(years.get(0).get("placements.independent")).isCloseTo(20, within(1e-9));
        assertThat(years.get(1).get("placements.independent")).isZero();
    }

    @Test
    void derivedJoinersGrowTheStockAtItsGrowthRate() {
        List<YearOutcome> years = run("""
                name: steady growth
                first_year: 2021/22
                years: 4
                placements:
                  special: {count: 1000, unit_cost: 20k, growth: 5%}
                flows: {leaving: 12%}
                funding:
                  hnb_grant: {base: 25m}
                """);
        for (int t = 0; t < 4; t++) {
            assertThat(years.get(t).get(Metric.PLACEMENTS)).isCloseTo(1000 * Math.pow(1.05, t + 1), within(1e-6));
        }
    }

    @Test
    void aSeptemberOpeningCountsSevenTwelfthsOfItsFirstYearAndALateOneAYearLater() {
        String yaml = """
                name: programme
                first_year: 2021/22
                years: 3
                placements:
                  special: {count: 100, unit_cost: 20k, capacity: 100, overflow: independent, joiners: 50}
                  independent: {count: 0, unit_cost: 50k, joiners: 0}
                flows: {leaving: 0%}
                programme:
                  - {name: New school, type: special, places: 120, year: 2022/23, term: autumn, delay: {probability: DELAY}}
                funding:
                  hnb_grant: {base: 5m}
                """;
        List<YearOutcome> onTime = run(yaml.replace("DELAY", "0%"));
        // 2021/22: no vacancies, all 50 overflow. 2022/23: 70 places (7/12 of 120) admit 50 joiners.
        assertThat(onTime.get(0).get("placements.independent")).isCloseTo(50, within(1e-9));
        assertThat(onTime.get(1).get("placements.special")).isCloseTo(150, within(1e-9));
        assertThat(onTime.get(1).get("placements.independent")).isCloseTo(50, within(1e-9));
        // 2023/24: all 120 places open, 220 in all: 70 vacancies admit the 50 joiners.
        assertThat(onTime.get(2).get("placements.special")).isCloseTo(200, within(1e-9));
        List<YearOutcome> late = run(yaml.replace("DELAY", "{probability: 50%, plan: 100%}"));
        assertThat(late.get(1).get("placements.special")).isCloseTo(100, within(1e-9));
        assertThat(late.get(2).get("placements.special")).isCloseTo(150, within(1e-9));
    }

    @Test
    void stepDownMovesFillOnlyTheVacanciesNewDemandLeaves() {
        List<YearOutcome> years = run("""
                name: step down
                first_year: 2021/22
                years: 1
                placements:
                  special: {count: 100, unit_cost: 20k, capacity: 120, overflow: independent, joiners: 15}
                  independent: {count: 100, unit_cost: 50k, joiners: 0}
                flows:
                  leaving: 0%
                  step_down: [{from: independent, to: special, rate: 10%}]
                funding:
                  hnb_grant: {base: 5m}
                """);
        // 20 vacancies: 15 joiners first, then 5 of the 10 step-down pupils.
        assertThat(years.get(0).get("placements.special")).isCloseTo(120, within(1e-9));
        assertThat(years.get(0).get("placements.independent")).isCloseTo(95, within(1e-9));
    }

    @Test
    void partsAddUpToTheirWholes() {
        for (YearOutcome y : run(OVERFLOW)) {
            assertThat(y.get("placements.special") + y.get("placements.independent"))
                    .isCloseTo(y.get(Metric.PLACEMENTS), within(1e-9));
            assertThat(y.get("gross_cost.special") + y.get("gross_cost.independent"))
                    .isCloseTo(y.get(Metric.GROSS_COST), within(1e-6));
        }
    }
}
