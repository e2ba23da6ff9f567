package hnsim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import hnsim.scenario.Scenario;
import hnsim.scenario.ScenarioFiles;
import hnsim.scenario.Workstream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tables' look-ups, the precision rule's half-width and the unmitigated variant, on the hand-worked run. */
class RunTablesTest {
    private static RunStatistics handWorked() throws InterruptedException {
        return Summariser.summarise(HandWorkedAggregatesTest.collect(QuantileMethod.EXACT, 0, 5), 1);
    }

    @Test
    void rowsAreFoundByOptionMetricAndYear() throws InterruptedException {
        RunStatistics stats = handWorked();
        assertThat(stats.series("plan", "cumulative_deficit")).extracting(Summary::year).containsExactly("y1", "y2");
        assertThat(stats.series("plan", "cumulative_deficit")).extracting(Summary::mean)
                .containsExactly(6.4, 15.6);
        assertThatThrownBy(() -> stats.find("plan", "cumulative_deficit", "y3")).hasMessage("plan/cumulative_deficit/y3");
        Summary s = stats.find("base", "in_year_deficit", "y1");
        // 5 12 1 8 21 sorted 1 5 8 12 21; nearest ranks 1 1 2 3 4 5 5.
        assertThat(s.percentile(25)).isEqualTo(5);
        assertThat(s.percentile(75)).isEqualTo(12);
        assertThat(s.percentileCi(90)).isEqualTo(s.percentileCis().get(5));
        assertThatThrownBy(() -> s.percentile(99)).hasMessage("no percentile 99");
        assertThat(Percentiles.column(90)).isEqualTo("p90");
    }

    @Test
    void theWidestHalfWidthIsThatOfTheWidestWatchedPercentile() throws InterruptedException {
        RunStatistics stats = handWorked();
        // n = 5: every P50 and P90 interval runs from the smallest to the largest value.
        // base y2 cumulative 11..26: half-width 7.5; plan y2 10..23: 6.5.
        assertThat(PrecisionTarget.widestHalfWidth(stats, List.of("plan"), "y2")).isCloseTo(6.5, within(1e-12));
        assertThat(PrecisionTarget.widestHalfWidth(stats, List.of("base", "plan"), "y2")).isCloseTo(7.5, within(1e-12));
        assertThat(PrecisionTarget.widestHalfWidth(stats, List.of("plan", "base"), "y2")).isCloseTo(7.5, within(1e-12));
        // y1: base 1..21 (10), plan -2..16 (9).
        assertThat(PrecisionTarget.widestHalfWidth(stats, List.of("base", "plan"), "y1")).isCloseTo(10, within(1e-12));
        assertThat(new PrecisionTarget(0.5, 10).toleranceGbp()).isEqualTo(0.5);
        assertThatThrownBy(() -> new PrecisionTarget(0, 10)).hasMessage("the precision tolerance must be greater than 0");
        assertThatThrownBy(() -> new PrecisionTarget(Double.NaN, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exactStatisticsAreChosenWhileTheValuesFitTheirShareOfTheHeap() {
        long heap = Runtime.getRuntime().maxMemory();
        // 8 bytes a value: N values of one cell take 8N bytes; at N = heap / 16 they take half the heap.
        long n = heap / 16;
        AggregateLayout one = new AggregateLayout(List.of("base"), List.of("in_year_deficit"), List.of("y1"),
                new double[0]);
        AggregateLayout two = new AggregateLayout(List.of("base", "plan"), List.of("in_year_deficit"), List.of("y1"),
                new double[0]);
        int[][] none = new int[0][];
        assertThat(QuantileMethod.choose(ExactAggregates.bytesNeeded(one, none, n), 0.5)).isEqualTo(QuantileMethod.EXACT);
        assertThat(QuantileMethod.choose(ExactAggregates.bytesNeeded(one, none, n + 1), 0.5))
                .isEqualTo(QuantileMethod.SKETCH);
        assertThat(QuantileMethod.choose(ExactAggregates.bytesNeeded(two, none, n), 0.5)).isEqualTo(QuantileMethod.SKETCH);
        assertThat(QuantileMethod.SKETCH.description()).isEqualTo(
                "DDSketch, relative accuracy 0.1%; moments and exceedances exact");
        assertThat(QuantileMethod.EXACT.description()).isEqualTo("exact order statistics (nearest rank)");
    }

    @Test
    void theUnmitigatedVariantKeepsEveryInputButTheTargets() throws InterruptedException {
        Scenario base = ScenarioFiles.load(ScenarioFiles.MINIMAL).base();
        Scenario none = Unmitigated.of(base);
        Workstream before = base.workstreams().get(0);
        Workstream after = none.workstreams().get(0);
        assertThat(after.targetGbp()).containsExactly(0.0, 0.0, 0.0);
        assertThat(after.name()).isEqualTo(before.name());
        assertThat(after.delivery()).isEqualTo(before.delivery());
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(none.transfers()).isEqualTo(base.transfers());
        assertThat(none.openingDeficitGbp()).isEqualTo(base.openingDeficitGbp());
        assertThat(none.placements()).isEqualTo(base.placements());
        // Split off the tables by option name.
        RunStatistics stats = handWorked();
        RunStatistics renamed = new RunStatistics(
                stats.summaries().stream().map(s -> s.option().equals("plan") ? new Summary(Unmitigated.VARIANT,
                        s.metric(), s.year(), s.count(), s.mean(), s.sd(), s.meanCi(), s.percentiles(),
                        s.percentileCis()) : s).toList(),
                stats.exceedances().stream().map(e -> e.option().equals("plan") ? new Exceedance(Unmitigated.VARIANT,
                        e.year(), e.thresholdGbp(), e.probability(), e.ci()) : e).toList(),
                stats.firstBreaches().stream().map(b -> b.option().equals("plan") ? new FirstBreach(Unmitigated.VARIANT,
                        b.thresholdGbp(), b.years(), b.share(), b.neverShare()) : b).toList());
        assertThat(Unmitigated.of(renamed)).hasSize(8).allMatch(s -> s.option().equals(Unmitigated.VARIANT));
        RunStatistics without = Unmitigated.without(renamed);
        assertThat(without.summaries()).hasSize(4).allMatch(s -> s.option().equals("base"));
        assertThat(without.exceedances()).hasSize(4).allMatch(e -> e.option().equals("base"));
        assertThat(without.firstBreaches()).hasSize(2).allMatch(b -> b.option().equals("base"));
    }
}
