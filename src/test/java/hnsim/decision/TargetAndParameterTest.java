package hnsim.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hnsim.model.Metric;
import org.junit.jupiter.api.Test;

class TargetAndParameterTest {
    @Test
    void parsesPercentileMeanAndProbabilityTargets() {
        Target p90 = Target.parse("P90 cumulative_deficit 2024/25 <= 50m");
        assertThat(p90.level()).isEqualTo(90);
        assertThat(p90.metric()).isEqualTo(Metric.CUMULATIVE_DEFICIT);
        assertThat(p90.bound()).isEqualTo(50e6);
        assertThat(p90.met(49e6)).isTrue();
        assertThat(p90.met(51e6)).isFalse();
        Target mean = Target.parse("mean in_year_deficit 2023/24 >= £2,500,000");
        assertThat(mean.level()).isZero();
        assertThat(mean.atMost()).isFalse();
        assertThat(mean.bound()).isEqualTo(2.5e6);
        Target chance = Target.parse("P(cumulative_deficit 2024/25 > 99m) <= 10%");
        assertThat(chance.exceedGbp()).isEqualTo(99e6);
        assertThat(chance.bound()).isEqualTo(0.10);
        assertThat(chance.statistic(new double[] {98e6, 100e6, 120e6, 50e6})).isEqualTo(0.5);
        assertThat(Target.parse("P5 net_cost 2021/22 <= 1m").level()).isEqualTo(5);
    }

    @Test
    void refusesWhatItCannotRead() {
        assertThatThrownBy(() -> Target.parse("P90 deficit 2024/25 <= 50m")).hasMessageContaining("no metric 'deficit'");
        assertThatThrownBy(() -> Target.parse("P90 cumulative_deficit <= 50m")).hasMessageContaining("expected e.g.");
        assertThatThrownBy(() -> Target.parse("P(cumulative_deficit 2024/25 > 99m) <= 150%"))
                .hasMessageContaining("chance");
    }

    @Test
    void sweepValuesIncludeTheEndWhenTheStepsReachIt() {
        assertThat(Parameter.sweep("transfers.0.rate=0%:1.5%:0.25%").values())
                .containsExactly(0.0, 0.0025, 0.005, 0.0075, 0.01, 0.0125, 0.015);
        assertThat(Parameter.sweep("x=0:1m:300k").values()).containsExactly(0.0, 300e3, 600e3, 900e3);
        Parameter list = Parameter.sweep("transfers.0.rate=0%;0.5%;2%");
        assertThat(list.values()).containsExactly(0.0, 0.005, 0.02);
        assertThat(list.percent()).isTrue();
        assertThat(list.display(0.005)).isEqualTo("0.5%");
        assertThat(Parameter.text(0.005)).isEqualTo("0.005");
        assertThat(Parameter.text(2_500_000)).isEqualTo("2500000");
        assertThatThrownBy(() -> Parameter.sweep("x=0:1:0")).hasMessageContaining("step");
        assertThatThrownBy(() -> Parameter.sweep("x=0:1000:1")).hasMessageContaining("at most");
        assertThatThrownBy(() -> Parameter.range("x=2%:1%")).hasMessageContaining("greater than FROM");
    }
}
