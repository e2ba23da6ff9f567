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
        // 6 growth + 1 own inflation + general inflation + 6 leaving rates + 7 delivery noises, each 4 years;
        // 7 persistent workstreams, one beta each; 4 shock years + 1 approval + 7 slips + 7 delayable openings;
        // grant growth years 2-4 triangular (year 1 fixed, still drawn).
        assertThat(profile).containsEntry("normal", (6 + 1 + 1 + 6 + 7) * 4)
                .containsEntry("beta", 7)
                .containsEntry("bernoulli", 4 + 1 + 7 + 7)
                .containsEntry("triangular", 3)
                .containsEntry("fixed", 1);
        assertThat(DrawProfile.total(s)).isEqualTo(new InputSampler(s, 0).drawsPerTrajectory());
    }
}
