package hnsim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hnsim.model.BudgetModel;
import hnsim.model.CentralInputs;
import hnsim.model.YearOutcome;
import hnsim.scenario.Actual;
import hnsim.scenario.Location;
import hnsim.scenario.Rule;
import hnsim.scenario.Scenario;
import hnsim.scenario.ScenarioFile;
import hnsim.scenario.ScenarioLoader;
import hnsim.scenario.Workstream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Rolling a scenario on stocks and flows, with a capacity programme, persistent delivery and
 * policy rules forward from its own deterministic position must continue its own deterministic
 * path: every metric of every remaining year, for the base and every option. A roll that lost
 * the flows, the programme's open places, a rule or its dates would move some figure.
 */
class RollForwardOpenModelTest {
    private static final Location HERE = new Location("test.yaml", 1, 1);

    private static List<YearOutcome> plan(Scenario s) {
        return new BudgetModel(s).run(CentralInputs.of(s));
    }

    /** The file with its base's own plan position of {@code last} as the outturn. */
    private static ScenarioFile fromOwnPosition(ScenarioFile file, Scenario option, int last) {
        List<YearOutcome> path = plan(option);
        List<Actual> actuals = new ArrayList<>();
        for (int t = 0; t <= last; t++) {
            actuals.add(new Actual("in_year_deficit", option.year(t), t, path.get(t).get("in_year_deficit"), "test", HERE));
        }
        actuals.add(new Actual("cumulative_deficit", option.year(last), last,
                path.get(last).get("cumulative_deficit"), "test", HERE));
        return new ScenarioFile(file.path(), file.sha256(), file.base(), file.options(), file.warnings(), null, actuals);
    }

    @ParameterizedTest
    @ValueSource(strings = {"scenarios/leicestershire-2021-mtfs.yaml", "scenarios/leicestershire-2022-dbv.yaml"})
    void rollingFromTheOwnPositionContinuesTheDeterministicPath(String scenario) {
        ScenarioFile file = ScenarioLoader.load(Path.of(scenario));
        Map<String, Scenario> all = new java.util.LinkedHashMap<>();
        all.put("base", file.base());
        all.putAll(file.options());
        for (int last = 0; last < file.base().years() - 1; last++) {
            for (Map.Entry<String, Scenario> e : all.entrySet()) {
                Scenario option = e.getValue();
                ScenarioFile rolledFile = RollForward.of(fromOwnPosition(file, option, last));
                Scenario rolled = e.getKey().equals("base") ? rolledFile.base() : rolledFile.options().get(e.getKey());
                List<YearOutcome> whole = plan(option);
                List<YearOutcome> continued = plan(rolled);
                assertThat(continued).hasSize(option.years() - last - 1);
                for (int t = 0; t < continued.size(); t++) {
                    YearOutcome expected = whole.get(t + last + 1);
                    for (String metric : continued.get(t).layout().names()) {
                        double want = expected.get(metric);
                        assertThat(continued.get(t).get(metric))
                                .as("%s %s from %s: %s %s", scenario, e.getKey(), option.year(last), metric,
                                        rolled.year(t))
                                .isCloseTo(want, within(1e-6 * Math.max(1, Math.abs(want))));
                    }
                }
            }
        }
    }

    @Test
    void openingsAreReDatedAndWorkstreamsKeepTheirPastTargets() {
        ScenarioFile file = ScenarioLoader.load(Path.of("scenarios/leicestershire-2021-mtfs.yaml"));
        Scenario base = file.base();
        Scenario rolled = RollForward.of(fromOwnPosition(file, base, 1)).base();
        // From 2023/24: Bowman (September 2023) is in the first rolled year, the 2021/22 openings two years back.
        assertThat(rolled.programme()).hasSameSizeAs(base.programme());
        assertThat(rolled.programme()).filteredOn(o -> o.name().equals("Bowman SEMH Academy"))
                .singleElement().satisfies(o -> assertThat(o.yearIndex()).isZero());
        assertThat(rolled.programme()).filteredOn(o -> o.name().equals("Fusion C&I Academy"))
                .singleElement().satisfies(o -> assertThat(o.yearIndex()).isEqualTo(-2));
        assertThat(rolled.hasFlows()).isTrue();
        Workstream sufficiency = rolled.workstreams().stream().filter(w -> w.id().equals("sufficiency"))
                .findFirst().orElseThrow();
        assertThat(sufficiency.persistent()).isTrue();
        assertThat(sufficiency.dependsOn()).isEqualTo("Special school expansions and satellites");
        assertThat(sufficiency.pastTargetGbp()).containsExactly(2.98e6, 4.645e6);
        assertThat(sufficiency.targetGbp()).containsExactly(5.355e6, 6.43e6);
    }

    @Test
    void aSafetyValveYearMissedOnTheOutturnForfeitsTheRestWhenTheAgreementSaysSo() {
        ScenarioFile file = ScenarioLoader.load(Path.of("scenarios/leicestershire-2022-dbv.yaml"));
        Scenario option = file.options().get("safety_valve_from_2024");
        Rule.SafetyValve agreement = option.rules().ofKind(Rule.SafetyValve.class).get(0);
        int first = agreement.fromYear();
        List<Actual> actuals = List.of(
                new Actual("in_year_deficit", option.year(first), first, agreement.pathGbp().get(0) + 1e6, "test", HERE),
                new Actual("cumulative_deficit", option.year(first), first, 80e6, "test", HERE));
        ScenarioFile missed = new ScenarioFile(file.path(), file.sha256(), file.base(), file.options(), file.warnings(),
                null, actuals);
        Scenario rolled = RollForward.of(missed).options().get("safety_valve_from_2024");
        assertThat(agreement.withholdRest()).isTrue();
        assertThat(rolled.rules().ofKind(Rule.SafetyValve.class)).isEmpty();
        // The write-off was conditional on the agreement being kept.
        assertThat(rolled.rules().ofKind(Rule.WriteOff.class)).isEmpty();
        // Kept on the outturn: the rest of the path and payments from the new first year.
        List<Actual> kept = List.of(
                new Actual("in_year_deficit", option.year(first), first, agreement.pathGbp().get(0) - 1e6, "test", HERE),
                new Actual("cumulative_deficit", option.year(first), first, 80e6, "test", HERE));
        Scenario onPath = RollForward.of(new ScenarioFile(file.path(), file.sha256(), file.base(), file.options(),
                file.warnings(), null, kept)).options().get("safety_valve_from_2024");
        Rule.SafetyValve rest = onPath.rules().ofKind(Rule.SafetyValve.class).get(0);
        assertThat(rest.fromYear()).isZero();
        assertThat(rest.pathGbp()).isEqualTo(agreement.pathGbp().subList(1, agreement.pathGbp().size()));
        assertThat(onPath.rules().ofKind(Rule.WriteOff.class)).hasSize(1);
    }

    @Test
    void aConditionalTransferTriggeredByTheOutturnIsRequestedForTheFirstRolledYear() {
        ScenarioFile file = ScenarioLoader.load(Path.of("scenarios/leicestershire-2022-dbv.yaml"));
        Scenario option = file.options().get("conditional_transfer");
        java.util.function.DoubleFunction<Scenario> rolledAt = cumulative -> RollForward.of(new ScenarioFile(
                file.path(), file.sha256(), file.base(), file.options(), file.warnings(), null,
                List.of(new Actual("cumulative_deficit", option.year(1), 1, cumulative, "test", HERE))))
                .options().get("conditional_transfer");
        // 1% is above the Forum's 0.5% limit: only the Secretary of State's 50% applies.
        assertThat(rolledAt.apply(60e6).transfers()).singleElement().satisfies(t -> {
            assertThat(t.yearIndex()).isZero();
            assertThat(t.rate()).isEqualTo(0.01);
            assertThat(t.approval().probability()).isEqualTo(0.5);
        });
        assertThat(rolledAt.apply(40e6).transfers()).isEmpty();
        // The rule itself stays, for the requests the rolled years make.
        assertThat(rolledAt.apply(40e6).rules().ofKind(Rule.ConditionalTransfer.class)).hasSize(1);
    }
}
