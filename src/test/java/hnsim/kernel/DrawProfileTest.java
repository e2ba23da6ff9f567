package hnsim.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import hnsim.scenario.Scenario;
import hnsim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DrawProfileTest {
    @Test
    void countsTheDrawsOfTheShippedScenarioByKind() {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/leicestershire-2021-mtfs.yaml")).base();
        Map<String, Integer> profile = DrawProfile.of(s);
        // 6 growth + 1 own inflation + general inflation, each 4 years; 7 workstreams x 4 years of beta;
        // 4 shock years + 1 approval + 7 slips; grant growth years 2-4 triangular (year 1 fixed, still drawn).
        assertThat(profile).containsEntry("normal", (6 + 1 + 1) * 4)
                .containsEntry("beta", 7 * 4)
                .containsEntry("bernoulli", 4 + 1 + 7)
                .containsEntry("triangular", 3)
                .containsEntry("fixed", 1);
        assertThat(DrawProfile.total(s)).isEqualTo(new InputSampler(s, 0).drawsPerTrajectory());
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
