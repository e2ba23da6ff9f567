package hnsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hnsim.dist.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityEdgeCasesTest {
    @ParameterizedTest
    @ValueSource(strings = {".nan", "NaN", ".inf", "-.inf", "Infinity", "+.INF"})
    void refusesNotANumberAndInfinityInEveryUnit(String text) {
        for (Unit unit : Unit.values()) {
            assertThatThrownBy(() -> Quantities.parse(text, unit)).hasMessageContaining("is not a usable number");
        }
    }

    @Test
    void saysANumberIsTooLargeRatherThanMalformed() {
        assertThatThrownBy(() -> Quantities.money("1e400")).hasMessage("the number '1e400' is too large to use");
        assertThatThrownBy(() -> Quantities.count("1e400")).hasMessage("the number '1e400' is too large to use");
    }

    @Test
    void readsTheWaysFinancePeopleWriteMoney() {
        assertThat(Quantities.money("81.96m")).isEqualTo(81_960_000);
        assertThat(Quantities.money("£2,000,000")).isEqualTo(2_000_000);
        assertThat(Quantities.money("250k")).isEqualTo(250_000);
        assertThat(Quantities.money("1.2bn")).isEqualTo(1.2e9);
    }

    @Test
    void theSchemaPatternsAcceptWhatTheParsersAccept() {
        for (String money : new String[] {"81.96m", "£2,000,000", "250k", "1.2bn", "-5m", "8,015", "1e6", ".5m"}) {
            assertThat(money).matches(Quantities.MONEY_PATTERN);
            Quantities.money(money);
        }
        for (String rate : new String[] {"0.5%", "5 %", "0.005", "-2%", "10%"}) {
            assertThat(rate).matches(Quantities.RATE_PATTERN);
            Quantities.rate(rate);
        }
        for (String count : new String[] {"1,900", "1900", "0"}) {
            assertThat(count).matches(Quantities.COUNT_PATTERN);
            Quantities.count(count);
        }
        for (String junk : new String[] {"m", "£", "%", "1,00", "twenty", ""}) {
            assertThat(junk).doesNotMatch(Quantities.MONEY_PATTERN).doesNotMatch(Quantities.RATE_PATTERN);
        }
    }
}
