package hnsim.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class ColumnStatisticsTest {
    @Test
    void summaryOfASingleValueHasZeroSpread() {
        Summary s = ColumnStatistics.summarise("base", "x", "2021/22", new double[] {42});
        assertThat(s.percentiles()).containsOnly(42.0);
        assertThat(s.sd()).isZero();
        assertThat(s.meanCi()).isEqualTo(new Interval(42, 42));
    }

    /**
     * Coverage of the normal-theory 95% interval of the mean: over 400 samples of 500 standard
     * normals it must contain 0 in 95% of them; with 400 repetitions the observed coverage has
     * a standard error of 1.1%, so it is required to be within [92%, 98%] (a false alarm below
     * 1 in 100 for a correct interval). The percentile intervals' coverage is checked, with a
     * band an off-by-one rank fails, in {@link PercentileIntervalTest}.
     */
    @Test
    void meanIntervalCoversTheTruthNinetyFivePercentOfTheTime() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(2024L);
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
        int repetitions = 400;
        int coveredMean = 0;
        for (int r = 0; r < repetitions; r++) {
            double[] values = new double[500];
            for (int i = 0; i < values.length; i++) {
                values[i] = normal.sample();
            }
            Summary s = ColumnStatistics.summarise("base", "x", "y", values);
            if (s.meanCi().low() <= 0 && 0 <= s.meanCi().high()) {
                coveredMean++;
            }
        }
        assertThat(coveredMean / (double) repetitions).isBetween(0.92, 0.98);
    }
}
