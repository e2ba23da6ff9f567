package hnsim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hnsim.report.ReportFixtures;
import hnsim.scenario.Actual;
import hnsim.scenario.FinancialYear;
import hnsim.scenario.Location;
import hnsim.stats.SimulationResult;
import hnsim.stats.Summary;
import java.util.List;
import org.junit.jupiter.api.Test;

class PositionsTest {
    private static final Location HERE = new Location("test.yaml", 1, 1);

    private static Actual actual(String metric, int year, double value) {
        return new Actual(metric, FinancialYear.parse("2021/22").plus(year), year, value, "test", HERE);
    }

    @Test
    void anOutturnAtTheRunsMedianSitsAtAboutTheFiftiethPercentile() {
        SimulationResult run = ReportFixtures.shippedRun();
        Summary s = run.statistics().find("base", "cumulative_deficit", "2024/25");
        ActualPosition p = Positions.of(run, actual("cumulative_deficit", 3, s.percentile(50))).orElseThrow();
        // 400 trajectories: the median has 199 below it and itself counted half, 49.875.
        assertThat(p.percentile()).isCloseTo(50, within(0.25));
        assertThat(p.outside()).isEqualTo(ActualPosition.Outside.NONE);
        assertThat(p.outsideNote()).isEmpty();
        assertThat(p.withinP10P90()).isTrue();
        assertThat(p.withinP5P95()).isTrue();
        assertThat(p.p50()).isEqualTo(s.percentile(50));
    }

    @Test
    void anOutturnAtTheRunsP10SitsAtAboutTheTenthPercentile() {
        SimulationResult run = ReportFixtures.shippedRun();
        Summary s = run.statistics().find("base", "in_year_deficit", "2022/23");
        ActualPosition p = Positions.of(run, actual("in_year_deficit", 1, s.percentile(10))).orElseThrow();
        assertThat(p.percentile()).isCloseTo(10, within(0.25));
        assertThat(p.withinP10P90()).isTrue();
    }

    @Test
    void anOutturnBeyondEveryTrajectoryReads0Or100AndSaysSo() {
        SimulationResult run = ReportFixtures.shippedRun();
        ActualPosition above = Positions.of(run, actual("cumulative_deficit", 0, 500e6)).orElseThrow();
        assertThat(above.percentile()).isEqualTo(100);
        assertThat(above.outside()).isEqualTo(ActualPosition.Outside.ABOVE);
        assertThat(above.outsideNote()).isEqualTo("above every trajectory");
        assertThat(above.withinP10P90()).isFalse();
        assertThat(above.withinP5P95()).isFalse();
        ActualPosition below = Positions.of(run, actual("cumulative_deficit", 0, 0)).orElseThrow();
        assertThat(below.percentile()).isZero();
        assertThat(below.outside()).isEqualTo(ActualPosition.Outside.BELOW);
        assertThat(below.outsideNote()).isEqualTo("below every trajectory");
    }

    @Test
    void theShippedOutturnOfMarch2022FallsBelowTheFiftiethOfThe2021Forecast() {
        // DOMAIN.md: £24.3m at March 2022 sits below the 2021 scenario's P5 (about £26.5m).
        List<ActualPosition> positions = Positions.of(ReportFixtures.shippedRun());
        assertThat(positions).hasSize(3);
        ActualPosition march2022 = positions.get(0);
        assertThat(march2022.actual().value()).isEqualTo(24.3e6);
        assertThat(march2022.percentile()).isLessThan(5);
        assertThat(march2022.withinP5P95()).isFalse();
    }

    @Test
    void percentileCountsTiesHalf() {
        assertThat(Positions.percentile(new double[] {1, 2, 3, 4}, 2.5)).isEqualTo(50);
        assertThat(Positions.percentile(new double[] {1, 2, 2, 4}, 2)).isEqualTo(50);
        assertThat(Positions.percentile(new double[] {7}, 7)).isEqualTo(50);
    }

    @Test
    void coverageCountsOutturnsInsideTheRangesAndTheChanceOfSoFew() {
        SimulationResult run = ReportFixtures.shippedRun();
        Summary s = run.statistics().find("base", "cumulative_deficit", "2024/25");
        List<ActualPosition> four = List.of(
                Positions.of(run, actual("cumulative_deficit", 3, s.percentile(50))).orElseThrow(),
                Positions.of(run, actual("cumulative_deficit", 3, s.percentile(25))).orElseThrow(),
                Positions.of(run, actual("cumulative_deficit", 3, 1e9)).orElseThrow(),
                Positions.of(run, actual("cumulative_deficit", 3, 0)).orElseThrow());
        Coverage c = Coverage.of(four);
        assertThat(c.outturns()).isEqualTo(4);
        assertThat(c.insideP10P90()).isEqualTo(2);
        assertThat(c.shareP10P90()).isEqualTo(0.5);
        // P(X <= 2) for X ~ Binomial(4, 0.8) = 1 - 0.8^4 - 4 * 0.8^3 * 0.2 = 0.1808.
        assertThat(c.chanceOfAsFewP10P90()).isCloseTo(0.1808, within(1e-9));
    }
}
