package hnsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import hnsim.kernel.RunSettings;
import hnsim.scenario.ScenarioFile;
import hnsim.scenario.ScenarioFiles;
import hnsim.stats.PrecisionTarget;
import hnsim.stats.RunStatistics;
import hnsim.stats.SimulationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrecisionRuleTest {
    private static final ScenarioFile FILE = ScenarioFiles.load(ScenarioFiles.MINIMAL
            .replace("growth: 10%", "growth: {normal: [10%, 3%]}")
            .replace("delivery: 50%", "delivery: {beta: [3, 2]}"));

    @Test
    void doublesUntilTheHalfWidthsAreWithinTolerance() throws InterruptedException {
        SimulationResult result = Engine.runToPrecision(FILE, RunRequest.of(new RunSettings(5, 500, 2, false), List.of()),
                new PrecisionTarget(20_000, 1_000_000), n -> { });
        PrecisionTarget.Outcome outcome = result.precision().orElseThrow();
        assertThat(outcome.met()).isTrue();
        assertThat(outcome.achievedHalfWidthGbp()).isLessThanOrEqualTo(20_000);
        assertThat(outcome.trajectories()).isEqualTo(500 << (outcome.rounds() - 1)).isGreaterThan(500);
        // One round fewer would not have met the target: the rule stops at the first size that does.
        SimulationResult smaller = Engine.run(FILE, RunRequest.of(new RunSettings(5, outcome.trajectories() / 2, 2, false), List.of()), n -> { });
        assertThat(PrecisionTarget.widestHalfWidth(smaller.statistics(), smaller.optionNames(), "2023/24"))
                .isGreaterThan(20_000);
        // And the result is exactly a plain run of the final size.
        SimulationResult plain = Engine.run(FILE, RunRequest.of(new RunSettings(5, outcome.trajectories(), 2, false), List.of()), n -> { });
        assertThat(result.statistics()).isEqualTo(plain.statistics());
    }

    @Test
    void stopsAtTheMaximumWhenTheTargetIsOutOfReach() throws InterruptedException {
        SimulationResult result = Engine.runToPrecision(FILE, RunRequest.of(new RunSettings(5, 500, 1, false), List.of()),
                new PrecisionTarget(1, 3_000), n -> { });
        PrecisionTarget.Outcome outcome = result.precision().orElseThrow();
        assertThat(outcome.met()).isFalse();
        assertThat(outcome.trajectories()).isEqualTo(3_000);
        assertThat(outcome.rounds()).isEqualTo(4);
    }

    @Test
    void keepsTheSamplingMethodInEveryRound() throws InterruptedException {
        ScenarioFile uncertainApproval = ScenarioFiles.load(ScenarioFiles.MINIMAL
                .replace("rate: 0.5%}", "rate: 0.5%, approval: 30%}"));
        hnsim.kernel.RunSettings lhs = new hnsim.kernel.RunSettings(5, 2_048, 2, false, hnsim.kernel.Sampling.LATIN_HYPERCUBE);
        hnsim.kernel.RunSettings mc = new hnsim.kernel.RunSettings(5, 2_048, 2, false);
        SimulationResult precise = Engine.runToPrecision(uncertainApproval, RunRequest.of(lhs, List.of()),
                new PrecisionTarget(1e12, 1_000_000), n -> { });
        RunStatistics plainLhs = Engine.run(uncertainApproval, RunRequest.of(lhs, List.of()), n -> { }).statistics();
        assertThat(plainLhs).isNotEqualTo(Engine.run(uncertainApproval, RunRequest.of(mc, List.of()), n -> { }).statistics());
        assertThat(precise.statistics()).isEqualTo(plainLhs);
    }
}
