package hnsim.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** {@link RankSelection} finds what a sort of the slice puts at each rank, and touches nothing outside the slice. */
class RankSelectionTest {
    private static void assertSelects(double[] values, int from, int to, int[] ranks) {
        double[] sorted = Arrays.copyOfRange(values, from, to);
        Arrays.sort(sorted);
        double[] before = values.clone();
        double[] found = RankSelection.select(values, from, to, ranks);
        for (int r = 0; r < ranks.length; r++) {
            assertThat(Double.doubleToRawLongBits(found[r])).as("rank %d of [%d, %d)", ranks[r], from, to)
                    .isEqualTo(Double.doubleToRawLongBits(sorted[ranks[r]]));
        }
        assertThat(Arrays.copyOfRange(values, 0, from)).isEqualTo(Arrays.copyOfRange(before, 0, from));
        assertThat(Arrays.copyOfRange(values, to, values.length)).isEqualTo(Arrays.copyOfRange(before, to, values.length));
    }

    @Test
    void everyKindOfSliceAgreesWithASort() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(12L);
        for (int trial = 0; trial < 300; trial++) {
            int size = 1 + rng.nextInt(trial < 150 ? 600 : 60_000);
            int kind = trial % 5;
            double[] values = new double[size + 20];
            for (int i = 0; i < values.length; i++) {
                double u = rng.nextDouble();
                values[i] = switch (kind) {
                    case 0 -> u;
                    case 1 -> Math.rint(u * 7);                          // a few tied values
                    case 2 -> u < 0.5 ? -0.0 : u < 0.9 ? 0.0 : u - 0.95;  // zeros of both signs
                    case 3 -> Math.exp(30 * u);                          // a long tail
                    default -> u < 0.999 ? 1.0 : 1e300;                   // one value and rare outliers
                };
            }
            int from = rng.nextInt(10);
            int to = from + size;
            int count = 1 + rng.nextInt(Math.min(size, 21));
            int[] ranks = new int[count];
            for (int r = 0; r < count; r++) {
                ranks[r] = r == 0 ? 0 : r == 1 ? size - 1 : rng.nextInt(size);
            }
            Arrays.sort(ranks);
            assertSelects(values, from, to, ranks);
        }
    }

    @Test
    void neighbouringRanksInOneBucketAndTheSameRankTwice() {
        double[] values = new double[10_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = (i * 7_919L) % 10_000;
        }
        // 0..9,999 in a scrambled order: rank k is k.
        double[] found = RankSelection.select(values.clone(), 0, values.length, new int[] {0, 4_999, 5_000, 5_000, 9_999});
        assertThat(found).containsExactly(0, 4_999, 5_000, 5_000, 9_999);
    }

    @Test
    void aRangeTooNarrowOrTooWideToCutIntoBucketsIsSorted() {
        // 300 values (more than are sorted outright) two ulps of the smallest subnormal apart,
        // where buckets / range overflows; and a range that overflows itself, where it is 0.
        double[] narrow = new double[310];
        double[] wide = new double[310];
        for (int i = 0; i < narrow.length; i++) {
            narrow[i] = Double.MIN_VALUE * ((i * 37) % 3);
            wide[i] = (i * 37 % 310 - 155) * 1e306;
        }
        int[] ranks = {0, 1, 100, 150, 299};
        assertSelects(narrow, 5, 305, ranks);
        assertSelects(wide, 5, 305, ranks);
        // Both infinities among ordinary values: the range is infinite, so the slice is sorted,
        // and the extremes must be found as they are (not left at their starting infinities).
        double[] infinite = new double[310];
        for (int i = 0; i < infinite.length; i++) {
            infinite[i] = i == 100 ? Double.POSITIVE_INFINITY : i == 200 ? Double.NEGATIVE_INFINITY : i * 37 % 310;
        }
        assertSelects(infinite, 5, 305, ranks);
        assertThat(RankSelection.select(infinite.clone(), 5, 305, new int[] {0, 150, 299}))
                .containsExactly(Double.NEGATIVE_INFINITY, 155.0, Double.POSITIVE_INFINITY);
        double[] found = RankSelection.select(narrow.clone(), 5, 305, new int[] {0, 99, 100, 199, 200, 299});
        assertThat(found).containsExactly(0, 0, Double.MIN_VALUE, Double.MIN_VALUE, 2 * Double.MIN_VALUE,
                2 * Double.MIN_VALUE);
    }

    @Test
    void anUnbucketableBucketAboveOthersIsSortedAtItsOwnRanks() {
        // 300 values of -1 under 300 subnormals (0, MIN_VALUE, 2 MIN_VALUE): the first step puts
        // the subnormals in the top bucket, 300 ranks up, whose range is too narrow to bucket, so
        // it is sorted and its ranks are counted from 300.
        double[] values = new double[600];
        for (int i = 0; i < values.length; i++) {
            values[i] = i % 2 == 0 ? -1.0 : Double.MIN_VALUE * (i % 3);
        }
        int[] ranks = {0, 299, 300, 399, 400, 499, 500, 599};
        assertSelects(values, 0, 600, ranks);
        assertThat(RankSelection.select(values.clone(), 0, 600, ranks)).containsExactly(-1.0, -1.0, 0.0, 0.0,
                Double.MIN_VALUE, Double.MIN_VALUE, 2 * Double.MIN_VALUE, 2 * Double.MIN_VALUE);
    }

    /** What {@code ColumnStatistics.quantiles} must give: the nearest-rank quantile of the sorted values. */
    @Test
    void quantilesAreThoseOfTheSortedValuesBitForBit() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(21L);
        double[] ps = {0.10, 0.50, 0.90, 0.50, 0.0, 1.0};
        for (int trial = 0; trial < 200; trial++) {
            int size = 1 + rng.nextInt(trial < 100 ? 300 : 50_000);
            int kind = trial % 5;
            double[] values = new double[size];
            for (int i = 0; i < size; i++) {
                double u = rng.nextDouble();
                values[i] = switch (kind) {
                    case 0 -> u - 0.5;
                    case 1 -> u < 0.6 ? 0.0 : -2e6 * u;                      // most differences none at all
                    case 2 -> u < 0.5 ? -0.0 : u < 0.9 ? 0.0 : u - 0.95;      // zeros of both signs
                    case 3 -> u < 0.001 ? Double.NaN : u;                      // a NaN: sorted instead
                    default -> Math.rint(u * 3);                               // ties
                };
            }
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            double[] found = ColumnStatistics.quantiles(values.clone(), ps);
            for (int k = 0; k < ps.length; k++) {
                assertThat(Double.doubleToRawLongBits(found[k])).as("p %s of %d values, kind %d", ps[k], size, kind)
                        .isEqualTo(Double.doubleToRawLongBits(ColumnStatistics.quantile(sorted, ps[k])));
            }
        }
    }
}
