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
        // 6 growth rates with persistence (4 of them in the copula) are normal scores mapped by
        // year; own inflation + general inflation are plain normals; 7 workstreams x 4 years of
        // beta; 4 shock years + 1 approval + 7 slips; grant growth years 2-4 triangular (year 1 fixed).
        assertThat(profile).containsOnly(Map.entry("quantile-normal", 6 * 4), Map.entry("normal", 2 * 4),
                Map.entry("beta", 7 * 4), Map.entry("bernoulli", 4 + 1 + 7), Map.entry("triangular", 3),
                Map.entry("fixed", 1));
        assertThat(new InputSampler(s, 0).drawsPerTrajectory()).as("random numbers drawn")
                .isEqualTo(DrawProfile.total(s));
    }

    @Test
    void optionsAddOnlyTheDrawsTheyChange() {
        Map<String, Integer> all = DrawProfile.of(new ArrayList<>(shipped.allOptions().values()));
        // no_transfer drops the approval, transfer_every_year adds four (one stream a year, the
        // 2022/23 one with another probability), one_percent_2022 changes the probability: 5 new events.
        assertThat(all).containsEntry("bernoulli", 4 + 1 + 7 + 5)
                .containsEntry("beta", 7 * 4).containsEntry("quantile-normal", 6 * 4);
    }

    @Test
    void theSamplerTakesTheCountedDrawsWhenEveryInputIsUncertain() {
        Scenario s = TestScenarios.parse(CommonRandomNumbersTest.SCENARIO).base();
        // 3 growths, 1 own inflation, general inflation, grant, Schools Block growth, delivery and
        // other income over 4 years (36), shocks in 4 years, 1 approval and 1 slip.
        assertThat(DrawProfile.total(s)).isEqualTo(42);
        assertThat(new InputSampler(s, 0).drawsPerTrajectory()).isEqualTo(42);
    }
}
