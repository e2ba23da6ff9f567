package hnsim.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import hnsim.scenario.Scenario;
import hnsim.scenario.ScenarioFile;
import hnsim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DrawProfileTest {
    private final ScenarioFile shipped = ScenarioLoader.load(Path.of("scenarios/leicestershire-2021-mtfs.yaml"));

    @Test
    void countsTheDrawsOfTheShippedScenarioByKind() {
        Scenario s = shipped.base();
        Map<String, Integer> profile = DrawProfile.of(s);
        // 7 persistent workstreams with one beta for every year; 4 shock years + 1 approval + 7 slips
        // + 7 delayable openings; grant growth years 2-4 triangular (year 1 fixed).
        assertThat(profile).containsEntry("beta", 7)
                .containsEntry("bernoulli", 4 + 1 + 7 + 7)
                .containsEntry("triangular", 3)
                .containsEntry("fixed", 1);
        assertThat(new InputSampler(s, 0).drawsPerTrajectory()).as("random numbers drawn")
                .isEqualTo(DrawProfile.total(s));
    }

    @Test
    void optionsAddOnlyTheDrawsTheyChange() {
        Map<String, Integer> all = DrawProfile.of(new ArrayList<>(shipped.allOptions().values()));
        // no_transfer drops the approval, transfer_every_year adds four (one stream a year, the
        // 2022/23 one with another probability), one_percent_2022 changes the probability: 5 new events
        // beside the base's 4 shock years, 1 approval, 7 slips and 7 delayable openings.
        assertThat(all).containsEntry("bernoulli", 4 + 1 + 7 + 7 + 5)
                .containsEntry("beta", 7).containsEntry("quantile-normal", 6 * 4);
    }

    @Test
    void theSamplerTakesTheCountedDrawsWhenEveryInputIsUncertain() {
        Scenario s = TestScenarios.parse(CommonRandomNumbersTest.SCENARIO).base();
        // 3 growths, 1 own inflation, general inflation, grant, Schools Block growth, delivery and
        // other income over 4 years (36), shocks in 4 years, 1 approval and 1 slip.
        assertThat(DrawProfile.total(s)).isEqualTo(42);
        assertThat(new InputSampler(s, 0).drawsPerTrajectory()).isEqualTo(42);
    }

    @Test
    void certainEventsDrawNothingAndAreNotCounted() {
        // Every yes/no event of the minimal scenario is certain (approval, no slip, no shocks):
        // it takes no uniform, so the profile has no Bernoulli entry at all, not one of 0.
        Scenario certain = hnsim.scenario.ScenarioFiles.load(hnsim.scenario.ScenarioFiles.MINIMAL).base();
        assertThat(DrawProfile.of(certain)).doesNotContainKey("bernoulli");
        Scenario slipping = hnsim.scenario.ScenarioFiles.load(hnsim.scenario.ScenarioFiles.MINIMAL
                .replace("delivery: 50%", "delivery: 50%\n    slip: 30%")).base();
        assertThat(DrawProfile.of(slipping)).containsEntry("bernoulli", 1);
    }
}
