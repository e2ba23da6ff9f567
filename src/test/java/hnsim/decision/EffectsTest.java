package hnsim.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hnsim.kernel.RunSettings;
import hnsim.scenario.ScenarioFile;
import hnsim.scenario.ScenarioLoader;
import hnsim.stats.Simulation;
import hnsim.stats.SimulationResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class EffectsTest {
    static final RunSettings SETTINGS = new RunSettings(7L, 3_000, 2, false);

    static Effects effects(String extraOptions, List<String> against) throws Exception {
        String text = Files.readString(Path.of("scenarios/leicestershire-2021-mtfs.yaml"), StandardCharsets.UTF_8)
                + extraOptions;
        ScenarioFile file = ScenarioLoader.parse("test.yaml", text.getBytes(StandardCharsets.UTF_8));
        SimulationResult result = Simulation.run(file, SETTINGS, List.of(), done -> { });
        return Effects.of(result, SETTINGS, against, List.of(50e6, 99e6));
    }

    @Test
    void anOptionIdenticalToTheBaseHasEffectsOfExactlyZero() throws Exception {
        Effects effects = effects("  same_as_base:\n    opening_deficit: 17.5m\n", List.of());
        List<Effect> same = effects.effects().stream().filter(e -> e.option().equals("same_as_base")).toList();
        assertThat(same).hasSize(2 * 4);
        for (Effect e : same) {
            assertThat(List.of(e.mean(), e.p10(), e.p50(), e.p90(), e.pLower(), e.pHigher())).as(e.toString())
                    .containsOnly(0.0);
        }
        assertThat(effects.thresholds().stream().filter(t -> t.option().equals("same_as_base")))
                .allSatisfy(t -> assertThat(t.change()).isZero());
    }

    @Test
    void withApprovalCertainNoTransferCostsExactlyTheTransferInEveryTrajectory() throws Exception {
        // The base's 2022/23 transfer is approved for sure, so leaving it out raises every trajectory
        // from 2022/23 on by 0.5% of the 2022/23 Schools Block, and nothing before.
        Effects effects = effects("  certain:\n    transfers: [{year: 2022/23, rate: 0.5%, approval: 100%}]\n",
                List.of("certain"));
        double transfer = 0.005 * 385e6 * 1.02 * 1.02;
        Effect e = effects.find("no_transfer", "certain", "cumulative_deficit", "2024/25");
        assertThat(e.mean()).isCloseTo(transfer, within(1e-3));
        assertThat(e.p10()).isCloseTo(transfer, within(1e-3));
        assertThat(e.p90()).isCloseTo(transfer, within(1e-3));
        assertThat(e.pHigher()).isEqualTo(1.0);
        assertThat(e.pLower()).isZero();
        Effect before = effects.find("no_transfer", "certain", "cumulative_deficit", "2021/22");
        assertThat(before.mean()).isZero();
        assertThat(before.pHigher()).isZero();
        Effect inYear = effects.find("no_transfer", "certain", "in_year_deficit", "2023/24");
        assertThat(inYear.p90()).isCloseTo(0, within(1e-6));
        // Against the base (approval 50%) the mean is the transfer times the share approved.
        Effect vsBase = effects.find("no_transfer", "base", "cumulative_deficit", "2024/25");
        assertThat(vsBase.mean()).isCloseTo(transfer * vsBase.pHigher(), within(1e-3));
        assertThat(vsBase.pHigher()).isBetween(0.45, 0.55);
        assertThat(Math.min(Math.abs(vsBase.p50()), Math.abs(vsBase.p50() - transfer))).isLessThan(1e-3);
    }
}
