package hnsim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The one-pass column statistics give exactly what a full sort and commons-math3 give: every
 * order statistic, and the mean and sd to a few units in the last place, on skewed data, heavy ties and constant columns.
 */
class ColumnSelectionTest {
    private static void assertSameAsSortAndCommonsMath(double[] values) {
        double[] original = values.clone();
        Summary s = ColumnStatistics.summarise("o", "m", "y", values);
        assertThat(values).as("the column is not reordered").isEqualTo(original);
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double mean = new Mean().evaluate(values);
        // Interleaved partial sums: commons-math3's formulas up to rounding, which scales with the largest value.
        double largest = Math.max(Math.abs(sorted[0]), Math.abs(sorted[sorted.length - 1]));
        assertThat(s.mean()).isCloseTo(mean, within(1e-13 * largest + 1e-9));
        double sd = values.length > 1 ? new StandardDeviation().evaluate(values, mean) : 0;
        assertThat(s.sd()).isCloseTo(sd, within(1e-11 * largest + 1e-9));
        for (int level : Percentiles.LEVELS) {
            double p = level / 100.0;
            assertThat(s.percentile(level)).as("p%d", level).isEqualTo(ColumnStatistics.quantile(sorted, p));
            assertThat(s.percentileCi(level)).as("p%d interval", level)
                    .isEqualTo(ColumnStatistics.quantileInterval(sorted, p));
        }
    }

    @Test
    void skewedColumnsOfEverySizeAroundTheBucketingThreshold() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(7L);
        for (int n : new int[] {1, 2, 3, 17, 1000, 16_383, 16_384, 16_385, 100_000, 250_001}) {
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = 3e7 * Math.exp(0.8 * rng.nextDouble() * rng.nextDouble()) - 1e7;
            }
            assertSameAsSortAndCommonsMath(values);
        }
    }

    @Test
    void heavyTiesAndAFewOutliers() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(8L);
        double[] values = new double[200_000];
        for (int i = 0; i < values.length; i++) {
            double u = rng.nextDouble();
            // Mostly zero (a transfer not approved), some £2m, a few enormous values that stretch the buckets.
            values[i] = u < 0.7 ? 0 : u < 0.9999 ? 2e6 : 1e12 * u;
        }
        assertSameAsSortAndCommonsMath(values);
    }

    @Test
    void constantAndNegativeColumns() {
        double[] constant = new double[50_000];
        Arrays.fill(constant, 29.2e6);
        assertSameAsSortAndCommonsMath(constant);
        double[] negative = new double[40_000];
        for (int i = 0; i < negative.length; i++) {
            negative[i] = -1e6 - (i * 7919 % 40_000) * 13.0;
        }
        assertSameAsSortAndCommonsMath(negative);
    }
}
