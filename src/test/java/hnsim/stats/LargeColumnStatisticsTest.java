package hnsim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * Columns long enough (16,384 values or more) for the bucketed selection of
 * {@link ColumnStatistics}, checked against answers it cannot share: a shuffled 1..n, whose
 * k-th smallest value is k, and a full sort of skewed values with ties.
 */
class LargeColumnStatisticsTest {
    private static final int[] LEVELS = {5, 10, 25, 50, 75, 90, 95};

    private static double[] shuffled(int n, long seed) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = i + 1;
        }
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            double t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
        return values;
    }

    @Test
    void aShuffledOneToNHasItsRanksAsPercentilesAndTheClosedFormMoments() {
        // n = 20,003: bucketed, and not a multiple of four, so the tail loops count too.
        int n = 20_003;
        double[] values = shuffled(n, 11);
        double[] copy = values.clone();
        Summary s = ColumnStatistics.summarise("base", "x", "y", values);
        assertThat(values).as("the column is not reordered").containsExactly(copy);
        assertThat(s.count()).isEqualTo(n);
        // Mean (n + 1) / 2; variance of 1..n with divisor n - 1 is n (n + 1) / 12.
        assertThat(s.mean()).isCloseTo(10_002, within(1e-9));
        assertThat(s.sd()).isCloseTo(Math.sqrt(20_003.0 * 20_004 / 12), within(1e-7));
        for (int l = 0; l < LEVELS.length; l++) {
            double p = LEVELS[l] / 100.0;
            // The k-th smallest is k: the percentile is its nearest rank ceil(p n), the interval its ranks.
            assertThat(s.percentiles().get(l)).as("P%d", LEVELS[l]).isEqualTo(Math.ceil(p * n));
            long[] ranks = OrderStatistics.intervalRanks(n, p);
            assertThat(s.percentileCis().get(l)).as("P%d interval", LEVELS[l])
                    .isEqualTo(new Interval(ranks[0], ranks[1]));
        }
        // P50 of 20,003: rank ceil(10,001.5) = 10,002; its interval is about +-1.96 sqrt(n) / 2 = +-139 ranks.
        assertThat(s.percentile(50)).isEqualTo(10_002);
        assertThat(s.percentileCi(50).low()).isBetween(9_860.0, 9_866.0);
        assertThat(s.percentileCi(50).high()).isBetween(10_138.0, 10_144.0);
    }

    @Test
    void skewedValuesWithTiesMatchAFullSortAndCommonsMath() {
        // Log-normal-like values, rounded so that many are tied, some negative, n = 30,001.
        int n = 30_001;
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(29);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = Math.rint(Math.exp(2 * (rng.nextDouble() + rng.nextDouble() + rng.nextDouble() - 1.5)) * 10) - 3;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        ColumnStatistics.Scratch scratch = new ColumnStatistics.Scratch();
        // Twice through the same scratch: the second column must not see the first's counts.
        ColumnStatistics.summarise("a", "x", "y", shuffled(n, 3), n, scratch);
        Summary s = ColumnStatistics.summarise("base", "x", "y", values, n, scratch);
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        assertThat(s.mean()).isCloseTo(sum / n, within(1e-9));
        assertThat(s.sd()).isCloseTo(new StandardDeviation().evaluate(values), within(1e-9));
        for (int l = 0; l < LEVELS.length; l++) {
            double p = LEVELS[l] / 100.0;
            int rank = (int) Math.ceil(p * n);
            assertThat(s.percentiles().get(l)).as("P%d", LEVELS[l]).isEqualTo(sorted[rank - 1]);
            long[] ranks = OrderStatistics.intervalRanks(n, p);
            assertThat(s.percentileCis().get(l))
                    .isEqualTo(new Interval(sorted[(int) ranks[0] - 1], sorted[(int) ranks[1] - 1]));
        }
        // The public helpers read the same ranks from a sorted column.
        assertThat(ColumnStatistics.quantile(sorted, 0.9)).isEqualTo(s.percentile(90));
        assertThat(ColumnStatistics.quantileInterval(sorted, 0.9)).isEqualTo(s.percentileCi(90));
    }

    @Test
    void aLongConstantColumnHasNoSpreadAndEveryPercentileIsTheConstant() {
        double[] values = new double[20_000];
        Arrays.fill(values, 7.25);
        Summary s = ColumnStatistics.summarise("base", "x", "y", values);
        assertThat(s.mean()).isEqualTo(7.25);
        assertThat(s.sd()).isZero();
        assertThat(s.percentiles()).containsOnly(7.25);
        assertThat(s.percentileCis()).containsOnly(new Interval(7.25, 7.25));
    }

    @Test
    void aShortColumnIsSortedAndHasTheClosedFormMomentsToo() {
        // 1..7 shuffled: the sort path (fewer than 16,384 values) and a three-value tail.
        double[] values = {4, 7, 1, 6, 2, 5, 3};
        Summary s = ColumnStatistics.summarise("base", "x", "y", values);
        assertThat(s.mean()).isCloseTo(4, within(1e-15));
        assertThat(s.sd()).isCloseTo(Math.sqrt(7.0 * 8 / 12), within(1e-15));
        // ceil(7p): 1, 1, 2, 4, 6, 7, 7.
        assertThat(s.percentiles()).containsExactly(1.0, 1.0, 2.0, 4.0, 6.0, 7.0, 7.0);
        assertThat(values).containsExactly(4, 7, 1, 6, 2, 5, 3);
        // Next a column of another length: its own ranks, ceil(5p) = 1, 1, 2, 3, 4, 5, 5 (the ranks
        // of the last n are kept for the next column of the same n only).
        Summary five = ColumnStatistics.summarise("base", "x", "y", new double[] {50, 10, 40, 20, 30});
        assertThat(five.percentiles()).containsExactly(10.0, 10.0, 20.0, 30.0, 40.0, 50.0, 50.0);
        assertThat(ColumnStatistics.summarise("base", "x", "y", values).percentiles())
                .containsExactly(1.0, 1.0, 2.0, 4.0, 6.0, 7.0, 7.0);
    }

    @Test
    void valuesInTheLastPartialQuadAreGatheredToo() {
        // 1..20,003 in order except that the three values around the lower bound of P5's interval
        // (the first rank gathered) are moved to the end, into the loop over the last n mod 4 values.
        int n = 20_003;
        long low = OrderStatistics.intervalRanks(n, 0.05)[0];
        double[] values = new double[n];
        int k = 0;
        for (int v = 1; v <= n; v++) {
            if (Math.abs(v - low) > 1) {
                values[k++] = v;
            }
        }
        values[k++] = low - 1;
        values[k++] = low;
        values[k] = low + 1;
        Summary s = ColumnStatistics.summarise("base", "x", "y", values);
        assertThat(s.percentileCi(5).low()).isEqualTo(low);
        assertThat(s.percentile(5)).isEqualTo(Math.ceil(0.05 * n));
        assertThat(s.percentile(95)).isEqualTo(Math.ceil(0.95 * n));
    }
}
