package hnsim.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** P(cumulative deficit > X) and the year X is first passed count strictly greater values only. */
class ExceedanceTest {
    @Test
    void aValueEqualToTheThresholdDoesNotExceedIt() {
        Exceedance e = StatisticsCalculator.exceedance("base", "2021/22", 99e6, new double[] {98e6, 99e6, 99e6, 100e6});
        assertThat(e.probability()).isEqualTo(0.25);
    }

    @Test
    void theFirstBreachIsTheFirstYearStrictlyAbove() {
        // Four trajectories over three years: first above £99m in year 0, year 2, never, year 1.
        double[][] columns = {
            {100e6, 99e6, 10e6, 98e6},
            {100e6, 99e6, 10e6, 99.5e6},
            {100e6, 101e6, 99e6, 99.5e6},
        };
        FirstBreach b = StatisticsCalculator.firstBreach(columns, "base", List.of("a", "b", "c"), 99e6);
        assertThat(b.share()).containsExactly(0.25, 0.25, 0.25);
        assertThat(b.neverShare()).isEqualTo(0.25);
    }
}
