package hnsim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class ColumnStatisticsTest {
    @Test
    void nearestRankPercentiles() {
        double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(ColumnStatistics.quantile(sorted, 0.5)).isEqualTo(5);
        assertThat(ColumnStatistics.quantile(sorted, 0.05)).isEqualTo(1);
        assertThat(ColumnStatistics.quantile(sorted, 0.95)).isEqualTo(10);
        assertThat(ColumnStatistics.quantile(sorted, 0.9)).isEqualTo(9);
    }

    @Test
    void summaryOfASingleValueHasZeroSpread() {
        Summary s = ColumnStatistics.summarise("base", "x", "2021/22", new double[] {42});
        assertThat(s.percentiles()).containsOnly(42.0);
        assertThat(s.sd()).isZero();
        assertThat(s.meanCi()).isEqualTo(new Interval(42, 42));
    }

    /**
     * Coverage of the 95% intervals on a known distribution: over 400 samples of 500 standard
     * normals, the P90 interval must contain the true P90 (1.2816) in 95% of them. The
     * binomial bound makes each interval cover with probability at least 95%; with 400
     * repetitions the observed coverage has a standard error of 1.1%, so it is required to be
     * within [92%, 99%] (a false alarm below 1 in 100 for correct intervals).
     */
    @Test
    void percentileAndMeanIntervalsCoverTheTruthNinetyFivePercentOfTheTime() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(2024L);
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
        double trueP90 = new NormalDistribution().inverseCumulativeProbability(0.9);
        int repetitions = 400;
        int coveredP90 = 0;
        int coveredMean = 0;
        for (int r = 0; r < repetitions; r++) {
            double[] values = new double[500];
            for (int i = 0; i < values.length; i++) {
                values[i] = normal.sample();
            }
            Summary s = ColumnStatistics.summarise("base", "x", "y", values);
            Interval p90 = s.percentileCi(90);
            if (p90.low() <= trueP90 && trueP90 <= p90.high()) {
                coveredP90++;
            }
            if (s.meanCi().low() <= 0 && 0 <= s.meanCi().high()) {
                coveredMean++;
            }
        }
        assertThat(coveredP90 / (double) repetitions).isBetween(0.92, 0.99);
        assertThat(coveredMean / (double) repetitions).isBetween(0.92, 0.98);
    }

    @Test
    void wilsonIntervalStaysInsideZeroAndOne() {
        Interval none = Summariser.wilson(0, 1000);
        assertThat(none.low()).isZero();
        assertThat(none.high()).isCloseTo(0.0038, within(0.0002));
        Interval all = Summariser.wilson(1000, 1000);
        assertThat(all.high()).isEqualTo(1.0);
    }
}
