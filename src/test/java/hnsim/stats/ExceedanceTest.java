package hnsim.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** P(cumulative deficit > X) and the year X is first passed count strictly greater values only. */
class ExceedanceTest {
    private static final AggregateLayout LAYOUT = new AggregateLayout(List.of("base"),
            List.of(AggregateLayout.CUMULATIVE_DEFICIT), List.of("a", "b", "c"), new double[] {99e6});

    /** Records trajectories given as {@code [trajectory][year]} cumulative deficits. */
    private static BreachCounts record(double[][] byTrajectory) {
        BreachCounts.Recorder recorder = new BreachCounts.Recorder(LAYOUT);
        for (double[] years : byTrajectory) {
            for (int t = 0; t < years.length; t++) {
                recorder.record(0, t, new double[] {years[t]});
            }
        }
        return recorder.counts();
    }

    @Test
    void aValueEqualToTheThresholdDoesNotExceedIt() {
        BreachCounts counts = record(new double[][] {{98e6, 0, 0}, {99e6, 0, 0}, {99e6, 0, 0}, {100e6, 0, 0}});
        assertThat(counts.exceed(0, 0, 0)).isEqualTo(1);
    }

    @Test
    void theFirstBreachIsTheFirstYearStrictlyAbove() {
        // Four trajectories over three years: first above £99m in year 0, year 2, never, year 1.
        BreachCounts counts = record(new double[][] {
            {100e6, 100e6, 100e6},
            {99e6, 99e6, 101e6},
            {10e6, 10e6, 99e6},
            {98e6, 99.5e6, 99.5e6},
        });
        assertThat(new long[] {counts.first(0, 0, 0), counts.first(0, 0, 1), counts.first(0, 0, 2)})
                .containsExactly(1, 1, 1);
        assertThat(new long[] {counts.exceed(0, 0, 0), counts.exceed(0, 0, 1), counts.exceed(0, 0, 2)})
                .containsExactly(1, 2, 3);
    }
}
