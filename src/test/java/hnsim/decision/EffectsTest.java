package hnsim.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hnsim.kernel.RunSettings;
import hnsim.scenario.ScenarioFile;
import hnsim.scenario.ScenarioLoader;
import hnsim.engine.Engine;
import hnsim.engine.RunRequest;
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
        SimulationResult result = Engine.run(file, RunRequest.of(SETTINGS, List.of()), done -> { });
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

    /**
     * Effects by hand, from columns of ten trajectories: option a against the base differs by
     * -5, -1, -0.5, 0, 0, 0.5, 1, 1.5, 3 and 10 in the first year's cumulative deficit; every
     * other cell by a constant of its own, so a mixed-up pair, metric or year shows.
     */
    @Test
    void effectsAndThresholdChangesByHandInTheirOrderOnOneThreadAndTwo() throws Exception {
        double[] d = {-5, -1, -0.5, 0, 0, 0.5, 1, 1.5, 3, 10};
        Effects.Columns columns = (option, metric, year) -> {
            double[] out = new double[d.length];
            for (int i = 0; i < out.length; i++) {
                double shift = option == 0 ? 0
                        : option == 1 && metric == hnsim.model.Metric.CUMULATIVE_DEFICIT && year == 0 ? d[i]
                        : 10 * option + (metric == hnsim.model.Metric.CUMULATIVE_DEFICIT ? 0 : 3) + year;
                out[i] = 100 + shift;
            }
            return out;
        };
        for (int threads : new int[] {1, 2}) {
            Effects effects = Effects.compute(columns, List.of("base", "a", "b"), List.of("y1", "y2"),
                    List.of(100.0, 101.0), List.of(), d.length, threads);
            Effect first = effects.effects().get(0);
            assertThat(first).isEqualTo(new Effect("a", "base", "cumulative_deficit", "y1", 0.95, -5, 0, 3, 0.1, 0.3));
            // Pair by pair, cumulative then in-year, year by year: the constant differences.
            List<Double> means = effects.effects().stream().map(Effect::mean).toList();
            assertThat(means).containsExactly(0.95, 11.0, 13.0, 14.0, 20.0, 21.0, 23.0, 24.0);
            assertThat(effects.effects().stream().map(e -> e.option() + " " + e.metric() + " " + e.year()).toList())
                    .containsExactly("a cumulative_deficit y1", "a cumulative_deficit y2", "a in_year_deficit y1",
                            "a in_year_deficit y2", "b cumulative_deficit y1", "b cumulative_deficit y2",
                            "b in_year_deficit y1", "b in_year_deficit y2");
            Effect constant = effects.effects().get(1);
            assertThat(List.of(constant.p10(), constant.p50(), constant.p90(), constant.pLower(), constant.pHigher()))
                    .containsExactly(11.0, 11.0, 11.0, 0.0, 1.0);
            // The base is at 100, never above either threshold; a's first year passes 100 in the
            // five trajectories with a positive difference, 101 in the three above 1.
            assertThat(effects.thresholds()).containsExactly(
                    new ThresholdEffect("a", "base", "y1", 100, 0.5, 0),
                    new ThresholdEffect("a", "base", "y2", 100, 1, 0),
                    new ThresholdEffect("a", "base", "y1", 101, 0.3, 0),
                    new ThresholdEffect("a", "base", "y2", 101, 1, 0),
                    new ThresholdEffect("b", "base", "y1", 100, 1, 0),
                    new ThresholdEffect("b", "base", "y2", 100, 1, 0),
                    new ThresholdEffect("b", "base", "y1", 101, 1, 0),
                    new ThresholdEffect("b", "base", "y2", 101, 1, 0));
            assertThat(effects.trajectories()).isEqualTo(d.length);
            // Against the base as well: nothing more, the base is compared with already.
            assertThat(Effects.compute(columns, List.of("base", "a", "b"), List.of("y1", "y2"), List.of(100.0, 101.0),
                    List.of("base"), d.length, threads)).isEqualTo(effects);
        }
    }
}
