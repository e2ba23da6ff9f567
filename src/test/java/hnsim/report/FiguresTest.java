package hnsim.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A probability that is not certain never prints as 100% or 0%. */
class FiguresTest {
    @ParameterizedTest
    @CsvSource({"0.9998, >99.9%", "0.99949, 99.9%", "0.9995, >99.9%", "1, 100.0%", "0.0002, <0.1%", "0, 0.0%",
            "0.585, 58.5%", "0.0005, 0.1%"})
    void tenths(double p, String printed) {
        assertThat(Figures.percentTenths(p)).isEqualTo(printed);
    }

    @ParameterizedTest
    @CsvSource({"0.9998, >99%", "1, 100%", "0.002, <1%", "0, 0%", "0.31, 31%"})
    void wholePercent(double p, String printed) {
        assertThat(Figures.percent(p)).isEqualTo(printed);
    }
}
