package hnsim.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hnsim.kernel.RunSettings;
import hnsim.model.Metric;
import hnsim.scenario.ScenarioOverride;
import hnsim.stats.Percentiles;
import hnsim.stats.Summary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Known answers of sweep and solve. With the 2022/23 transfer's approval certain, a transfer at
 * rate r lowers every trajectory's cumulative deficit from 2022/23 on by exactly r times the
 * 2022/23 Schools Block (£385m grown 2% twice) and changes nothing else, so on common random
 * numbers every percentile moves by exactly that amount, and the rate holding a P90 target is
 * (P90 at rate 0 - target) / Schools Block.
 */
class DecisionKnownAnswersTest {
    static final Path SCENARIO = Path.of("scenarios/leicestershire-2021-mtfs.yaml");
    static final double SCHOOLS_BLOCK_2022 = 385e6 * 1.02 * 1.02;
    static final RunSettings SETTINGS = new RunSettings(20210301L, 4_000, 2, false);
    static final String LAST = "2024/25";

    static Variants certainApproval() throws Exception {
        return new Variants(SCENARIO, List.of(ScenarioOverride.parse("transfers.0.approval.probability=100%")));
    }

    @Test
    void sweepingTheRateMovesEveryPercentileByExactlyTheTransfer() throws Exception {
        Parameter rate = Parameter.sweep("transfers.0.rate=0%:1.5%:0.5%");
        assertThat(rate.values()).containsExactly(0.0, 0.005, 0.01, 0.015);
        Sweep sweep = Sweep.run(certainApproval(), rate, null, SETTINGS, List.of(), VariantRunner.kernel(),
                (i, r) -> "", i -> { });
        Summary atZero = sweep.points().get(0).statistics().find("base", Metric.CUMULATIVE_DEFICIT.key(), LAST);
        for (SweepPoint p : sweep.points()) {
            Summary s = p.statistics().find("base", Metric.CUMULATIVE_DEFICIT.key(), LAST);
            double transferred = p.value() * SCHOOLS_BLOCK_2022;
            for (int level : Percentiles.LEVELS) {
                assertThat(atZero.percentile(level) - s.percentile(level)).as("P%d at %s", level, p.value())
                        .isCloseTo(transferred, within(1e-3));
            }
            assertThat(atZero.mean() - s.mean()).isCloseTo(transferred, within(1e-3));
            // The 2021/22 deficit comes before the transfer and does not move at all.
            assertThat(p.statistics().find("base", Metric.CUMULATIVE_DEFICIT.key(), "2021/22").percentile(50))
                    .isEqualTo(sweep.points().get(0).statistics()
                            .find("base", Metric.CUMULATIVE_DEFICIT.key(), "2021/22").percentile(50));
        }
    }

    @Test
    void solveReturnsTheRateComputedByHand() throws Exception {
        Variants variants = certainApproval();
        double p90AtZero = p90(variants, 0.0);
        double targetGbp = Math.round((p90AtZero - 0.012 * SCHOOLS_BLOCK_2022) / 1000) * 1000.0;
        double byHand = (p90AtZero - targetGbp) / SCHOOLS_BLOCK_2022;
        Target target = Target.parse("P90 cumulative_deficit 2024/25 <= " + (long) targetGbp);
        Solution s = Solve.run(variants, Parameter.range("transfers.0.rate=0%:3%"), target, SETTINGS,
                VariantRunner.kernel());
        assertThat(s.reachable()).isTrue();
        assertThat(s.monotone()).isTrue();
        // The value is on the printable grid (3e-7 here), on the side that meets the target.
        assertThat(s.value()).isCloseTo(byHand, within(1e-6)).isGreaterThanOrEqualTo(byHand - 1e-12);
        assertThat(s.achieved()).isLessThanOrEqualTo(targetGbp);
        // A plain run at the value written meets the target exactly; one grid step less does not.
        assertThat(p90(variants, Double.parseDouble(s.valueText()))).isEqualTo(s.achieved());
        assertThat(p90(variants, s.value() - 1e-6)).isGreaterThan(targetGbp);
        assertThat(s.ciLow()).isLessThan(s.value());
        assertThat(s.ciHigh()).isGreaterThan(s.value());
    }

    @Test
    void aTargetBeyondReachIsReportedWithTheBestValue() throws Exception {
        Solution s = Solve.run(certainApproval(), Parameter.range("transfers.0.rate=0%:1.5%"),
                Target.parse("P90 cumulative_deficit 2024/25 <= 10m"), SETTINGS, VariantRunner.kernel());
        assertThat(s.reachable()).isFalse();
        assertThat(s.value()).isEqualTo(0.015);
        assertThat(s.achieved()).isGreaterThan(10e6);
        assertThat(s.ciLow()).isNaN();
    }

    @Test
    void solvesForAnExceedanceProbability() throws Exception {
        Target target = Target.parse("P(cumulative_deficit 2024/25 > 99m) <= 25%");
        Solution s = Solve.run(certainApproval(), Parameter.range("transfers.0.rate=0%:3%"), target, SETTINGS,
                VariantRunner.kernel());
        assertThat(s.reachable()).isTrue();
        assertThat(s.achieved()).isLessThanOrEqualTo(0.25);
        // Just below the value, the chance is above the bound: the answer is the boundary.
        assertThat(target.statistic(column(certainApproval(), s.value() - 1e-6))).isGreaterThan(0.25);
    }

    @Test
    void aScanThatRisesAndFallsIsNotMonotone() {
        assertThat(GoalSeek.monotone(List.of(1.0, 2.0, 2.0, 3.0))).isTrue();
        assertThat(GoalSeek.monotone(List.of(3.0, 2.0, 2.0, 1.0))).isTrue();
        assertThat(GoalSeek.monotone(List.of(1.0, 3.0, 2.0))).isFalse();
    }

    static double p90(Variants variants, double rate) throws Exception {
        return Target.parse("P90 cumulative_deficit 2024/25 <= 1m").statistic(column(variants, rate));
    }

    static double[] column(Variants variants, double rate) throws Exception {
        List<double[]> out = new ArrayList<>();
        VariantRunner.kernel().run(List.of(variants.baseOnly(List.of(new ScenarioOverride("transfers.0.rate",
                Parameter.text(rate))))), SETTINGS, List.of(), (i, r) -> out.add(r.values(0, Metric.CUMULATIVE_DEFICIT, 3)));
        return out.get(0);
    }
}
