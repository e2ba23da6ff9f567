package hnsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantitiesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "81.96m | 81960000",
        "250k | 250000",
        "£2,000,000 | 2000000",
        "2,000,000 | 2000000",
        "1.2bn | 1200000000",
        "19.7K | 19700",
        "-3m | -3000000",
        "£ 17.5m | 17500000",
        "8,015 | 8015",
        "1e6 | 1000000",
    })
    void parsesMoneyAsFinancePeopleWriteIt(String text, double pounds) {
        assertThat(Quantities.money(text)).isCloseTo(pounds, within(1e-6));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12x", "m", "£", "1,00,000", "two million", "1.2.3m", "1e400"})
    void rejectsMoneyThatIsNotAnAmount(String text) {
        assertThatThrownBy(() -> Quantities.money(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0.5% | 0.005", "0.005 | 0.005", "6% | 0.06", "-2% | -0.02", "100% | 1"})
    void parsesRatesAsPercentOrFraction(String text, double rate) {
        assertThat(Quantities.rate(text)).isCloseTo(rate, within(1e-15));
    }

    @Test
    void probabilityAboveOneSuggestsAPercentSign() {
        assertThatThrownBy(() -> Quantities.probability("30"))
                .hasMessageContaining("between 0 and 1")
                .hasMessageContaining("did you mean 30%?");
        assertThatThrownBy(() -> Quantities.probability("-1%")).hasMessageContaining("between 0 and 1");
        assertThat(Quantities.probability("30%")).isCloseTo(0.3, within(1e-15));
    }

    @Test
    void countsAreWholeAndNonNegative() {
        assertThat(Quantities.count("1,900")).isEqualTo(1900);
        assertThatThrownBy(() -> Quantities.count("-5")).hasMessageContaining("cannot be negative");
        assertThatThrownBy(() -> Quantities.count("12.5")).hasMessageContaining("whole number");
    }

    @Test
    void financialYearsRunAprilToMarch() {
        assertThat(FinancialYear.parse("2021/22").startYear()).isEqualTo(2021);
        assertThat(FinancialYear.parse("2099/2100").toString()).isEqualTo("2099/00");
        assertThat(FinancialYear.parse("2021/22").plus(3).toString()).isEqualTo("2024/25");
        assertThatThrownBy(() -> FinancialYear.parse("2021/23")).hasMessageContaining("should be 2021/22");
        assertThatThrownBy(() -> FinancialYear.parse("next year")).hasMessageContaining("such as 2021/22");
    }
}
