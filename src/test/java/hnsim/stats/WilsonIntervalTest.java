package hnsim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Wilson score interval of an exceedance probability against published values: R. G.
 * Newcombe, "Two-sided confidence intervals for the single proportion: comparison of seven
 * methods", Statistics in Medicine 17 (1998) 857-872: its examples 81/263, 15/148, 0/20 and
 * 1/29 by method 3 (the score interval
 * without continuity correction), given there to four decimals.
 */
class WilsonIntervalTest {
    @ParameterizedTest(name = "{0}/{1}: {2} to {3}")
    @CsvSource({
        "81, 263, 0.2553, 0.3662",
        "15, 148, 0.0624, 0.1605",
        "0, 20, 0.0000, 0.1611",
        "1, 29, 0.0061, 0.1718",
    })
    void matchesNewcombesTable(long successes, long n, double low, double high) {
        Interval ci = StatisticsCalculator.wilson(successes, n);
        assertThat(ci.low()).isCloseTo(low, within(0.00005));
        assertThat(ci.high()).isCloseTo(high, within(0.00005));
    }

    /** All successes mirror none: 29/29 is 1 minus the interval of 0/29. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"20", "29", "1000"})
    void allSuccessesMirrorNone(long n) {
        Interval none = StatisticsCalculator.wilson(0, n);
        Interval all = StatisticsCalculator.wilson(n, n);
        assertThat(none.low()).isZero();
        assertThat(all.high()).isEqualTo(1.0);
        assertThat(all.low()).isCloseTo(1 - none.high(), within(1e-12));
    }
}
