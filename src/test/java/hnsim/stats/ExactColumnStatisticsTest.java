package hnsim.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * Every statistic of {@link ColumnStatistics} is the same double, bit for bit, as the plain
 * definition: the order statistics of a full sort (which puts -0.0 before 0.0 and NaN last) and
 * the mean and sd formulas summed in four interleaved partial sums (the values at i mod 4, the
 * last n mod 4 into the first). Columns are chosen where a fast path could go wrong: short and
 * long, just either side of the bucketing threshold, constant (zero of either sign too), zeros
 * of both signs, heavy ties, one outlier, a range too wide or too narrow to cut into buckets,
 * sorted input, and NaN or infinite values. A rank off by one, a lost tail value or a sum taken
 * in another order changes some of these rows.
 */
class ExactColumnStatisticsTest {
    /** The row by definition: a sorted copy and the moment formulas written out. */
    static Summary reference(double[] values) {
        int n = values.length;
        double[] s = new double[4];
        int quads = n & ~3;
        for (int i = 0; i < n; i++) {
            s[i < quads ? i % 4 : 0] += values[i];
        }
        double xbar = ((s[0] + s[1]) + (s[2] + s[3])) / n;
        double[] c = new double[4];
        for (int i = 0; i < n; i++) {
            c[i < quads ? i % 4 : 0] += values[i] - xbar;
        }
        double mean = xbar + ((c[0] + c[1]) + (c[2] + c[3])) / n;
        double[] q = new double[4];
        double[] d = new double[4];
        for (int i = 0; i < n; i++) {
            double dev = values[i] - mean;
            q[i < quads ? i % 4 : 0] += dev * dev;
            d[i < quads ? i % 4 : 0] += dev;
        }
        double accum = (q[0] + q[1]) + (q[2] + q[3]);
        double accum2 = (d[0] + d[1]) + (d[2] + d[3]);
        double sd = n > 1 ? Math.sqrt((accum - (accum2 * accum2 / n)) / (n - 1.0)) : 0;
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        List<Double> percentiles = new ArrayList<>();
        List<Interval> intervals = new ArrayList<>();
        for (int level : Percentiles.LEVELS) {
            double p = level / 100.0;
            percentiles.add(sorted[(int) OrderStatistics.rank(n, p) - 1]);
            long[] ranks = OrderStatistics.intervalRanks(n, p);
            intervals.add(new Interval(sorted[(int) ranks[0] - 1], sorted[(int) ranks[1] - 1]));
        }
        return new Summary("o", "m", "y", n, mean, sd, Interval.ofMean(mean, sd, n), percentiles, intervals);
    }

    private static final ColumnStatistics.Scratch SCRATCH = new ColumnStatistics.Scratch();

    private static void assertExact(String what, double[] values) {
        double[] original = values.clone();
        Summary expected = reference(values);
        // Through a scratch that earlier columns have used, as a worker of the summariser does.
        Summary actual = ColumnStatistics.summarise("o", "m", "y", values, values.length, SCRATCH);
        assertThat(values).as("%s: the column is not reordered", what).isEqualTo(original);
        assertThat(actual).as(what).isEqualTo(expected);
        // Summary equality compares doubles as Double.equals does, which tells -0.0 from 0.0.
        assertThat(Double.doubleToRawLongBits(actual.mean())).as("%s: mean bits", what)
                .isEqualTo(Double.doubleToRawLongBits(expected.mean()));
    }

    private static double[] fill(int n, long seed, java.util.function.DoubleUnaryOperator f) {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = f.applyAsDouble(rng.nextDouble());
        }
        return v;
    }

    @Test
    void shortAndThresholdLengths() {
        for (int n : new int[] {1, 2, 3, 4, 5, 7, 100, 16_383, 16_384, 16_385, 16_387, 100_003}) {
            assertExact("skewed n=" + n, fill(n, n, u -> 3e7 * Math.exp(3 * u * u) - 2e7));
        }
        assertExact("two values", new double[] {2, 1});
        assertExact("two equal", new double[] {5, 5});
    }

    @Test
    void constantColumnsOfEverySign() {
        for (double x : new double[] {7.147976e7, 0.0, -0.0, -3.3, 1e-310, 0.1}) {
            for (int n : new int[] {1, 2, 6, 20_001, 100_000}) {
                double[] v = new double[n];
                Arrays.fill(v, x);
                assertExact("constant " + x + " n=" + n, v);
            }
        }
    }

    @Test
    void constantsOfAwkwardMagnitudesHaveSdZeroAndTheirOwnMean() {
        // Their plain means (sum / n) are a few ulps off the value, which the mean correction
        // takes back to the value exactly; the sd is then exactly 0.
        for (double x : new double[] {1e15 + 0.1, 1e-300, -1e300, 123_456.789, 2.0 / 3}) {
            for (int n : new int[] {2, 5, 7, 1_000, 20_001, 100_003}) {
                double[] v = new double[n];
                Arrays.fill(v, x);
                assertExact("constant " + x + " n=" + n, v);
                Summary s = ColumnStatistics.summarise("o", "m", "y", v);
                assertThat(s.mean()).as("mean of %s x %d", x, n).isEqualTo(x);
                assertThat(s.sd()).as("sd of %s x %d", x, n).isEqualTo(0.0);
                assertThat(s.percentiles()).containsOnly(x);
            }
        }
        // A sum that overflows: the mean correction is -inf, so mean and sd are NaN, as the
        // formulas give; the percentiles are still the value.
        for (int n : new int[] {2, 6, 20_001}) {
            double[] v = new double[n];
            Arrays.fill(v, Double.MAX_VALUE);
            assertExact("constant MAX_VALUE n=" + n, v);
            Summary s = ColumnStatistics.summarise("o", "m", "y", v);
            assertThat(s.mean()).isNaN();
            assertThat(s.sd()).isNaN();
            assertThat(s.percentiles()).containsOnly(Double.MAX_VALUE);
        }
    }

    @Test
    void aNanAmongEqualValuesIsNotAConstantColumn() {
        // The range ignores NaN, so min == max here; the NaN sum must send the column to the sort.
        for (int n : new int[] {10, 20_001}) {
            double[] v = new double[n];
            Arrays.fill(v, 5.0);
            v[n / 3] = Double.NaN;
            assertExact("5s and one NaN n=" + n, v);
            Summary s = ColumnStatistics.summarise("o", "m", "y", v);
            assertThat(s.mean()).isNaN();
            assertThat(s.percentile(50)).isEqualTo(5.0);
            if (n == 10) {
                // Rank 10 of 10, where a sort puts the NaN.
                assertThat(s.percentile(95)).isNaN();
            }
        }
    }

    @Test
    void valuesFarFromZeroWithASmallSpread() {
        // Deviations from a mean of 1e15 are rounded to 1/8: their sum (the correction term of
        // the variance) is far from zero, so the sd depends on how that term is taken off.
        for (int n : new int[] {10_001, 100_000}) {
            assertExact("1e15 + u n=" + n, fill(n, 9, u -> 1e15 + 3 * u));
            assertExact("-1e15 - u n=" + n, fill(n, 10, u -> -1e15 - 3 * u * u));
        }
    }

    @Test
    void theFirstColumnOfAFreshJvmFindsItsRanks() throws ReflectiveOperationException {
        // The ranks of one n are kept for the next column; the very first column finds none kept.
        java.lang.reflect.Field last = ColumnStatistics.RankSet.class.getDeclaredField("last");
        last.setAccessible(true);
        last.set(null, null);
        assertExact("first column", fill(1_001, 11, u -> u));
        assertExact("next column, another n", fill(20_000, 12, u -> u));
        assertExact("next column, the same n", fill(20_000, 13, u -> -u));
    }

    @Test
    void zerosOfBothSigns() {
        double[] zeros = fill(50_000, 1, u -> u < 0.3 ? -0.0 : 0.0);
        assertExact("zeros only, both signs", zeros);
        double[] zerosSmall = {0.0, -0.0, 0.0, -0.0, -0.0};
        assertExact("five zeros", zerosSmall);
        // Zeros of both signs in the bucket that holds the median, among other values.
        assertExact("zeros among values", fill(60_001, 2, u -> u < 0.3 ? -0.0 : u < 0.7 ? 0.0 : u < 0.85 ? -u : u));
        double[] one = new double[30_000];
        one[17] = -0.0;
        assertExact("one -0.0 among 0.0", one);
    }

    @Test
    void tiesOutliersAndAwkwardRanges() {
        // Pupil counts: a few hundred integers, heavily tied, and one far outlier that widens the buckets.
        double[] counts = fill(200_000, 3, u -> Math.rint(900 + 60 * Math.tan(Math.PI * (u - 0.5) * 0.9)));
        counts[123] = 5e6;
        assertExact("tied integers with an outlier", counts);
        assertExact("two values", fill(100_000, 4, u -> u < 0.5 ? 1.0 : 2.0));
        double[] allButOne = new double[40_000];
        Arrays.fill(allButOne, 3.0);
        allButOne[39_999] = 4.0;
        assertExact("all but one equal", allButOne);
        assertExact("a range too wide to subtract", fill(40_000, 5, u -> (u - 0.5) * Double.MAX_VALUE * 1.9));
        assertExact("a range of subnormals", fill(40_000, 6, u -> Double.MIN_VALUE * Math.floor(u * 40)));
        double[] ascending = new double[50_001];
        for (int i = 0; i < ascending.length; i++) {
            ascending[i] = i * 0.5 - 1000;
        }
        assertExact("ascending", ascending);
        double[] descending = ascending.clone();
        for (int i = 0; i < descending.length; i++) {
            descending[i] = ascending[ascending.length - 1 - i];
        }
        assertExact("descending", descending);
    }

    @Test
    void nanAndInfiniteValuesAreSortedAsAFullSortDoes() {
        double[] nan = fill(30_000, 7, u -> u);
        nan[5] = Double.NaN;
        assertExact("one NaN", nan);
        double[] inf = fill(30_000, 8, u -> u);
        inf[29_999] = Double.POSITIVE_INFINITY;
        inf[3] = Double.NEGATIVE_INFINITY;
        assertExact("infinities", inf);
        double[] allInf = new double[20_000];
        Arrays.fill(allInf, Double.POSITIVE_INFINITY);
        assertExact("all infinite", allInf);
    }

    @Test
    void theReferenceItselfCatchesAnOffByOneRank() {
        // The guard of this test class: the reference's P50 of 1..9 is 5, and the value one rank
        // away differs, so a selection one rank off cannot equal the reference.
        double[] values = {9, 1, 8, 2, 7, 3, 6, 4, 5};
        assertThat(reference(values).percentile(50)).isEqualTo(5.0);
        assertThat(reference(values).percentiles()).containsExactly(1.0, 1.0, 3.0, 5.0, 7.0, 9.0, 9.0);
    }
}
