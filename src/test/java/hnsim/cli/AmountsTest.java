package hnsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import hnsim.dist.Unit;
import hnsim.scenario.Quantities;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountsTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "75m | 75000000", "£75,000,000 | 75000000", "75000000 | 75000000", "2.5k | 2500",
            "1.2bn | 1200000000", "£ 0.25m | 250000", "-2m | -2000000", "75,000,000 | 75000000"})
    void moneyIsReadAsTheScenarioFileReadsIt(String text, double pounds) {
        assertThat(Amounts.money(text)).isEqualTo(pounds);
        // The same text in a scenario file means the same amount.
        assertThat(Quantities.parse(text, Unit.MONEY)).isEqualTo(pounds);
    }

    @Test
    void ratesTakeAPercentOrAFraction() {
        assertThat(Amounts.rate("0.5%")).isCloseTo(0.005, within(1e-15));
        assertThat(Amounts.rate("0.005")).isEqualTo(0.005);
    }

    @Test
    void aListIsSplitAtSemicolonsAndSpacesNeverInsideANumber() {
        assertThat(Amounts.moneyList("75,000,000")).containsExactly(75e6);
        assertThat(Amounts.moneyList("50m;99m")).containsExactly(50e6, 99e6);
        assertThat(Amounts.moneyList(" 50m  £99,000,000 ; 1.5bn ")).containsExactly(50e6, 99e6, 1.5e9);
        assertThatThrownBy(() -> Amounts.moneyList("50m,99m"))
                .hasMessageContaining("a comma only groups thousands")
                .hasMessageContaining("'50m;99m'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0.25 | 0.25m", "75 | 75m", "£75 | 75m", "999 | 999m"})
    void smallAmountsWhereMillionsAreMeantAreRefusedWithAHint(String text, String hint) {
        assertThatThrownBy(() -> Amounts.plausibleMoney(text))
                .hasMessageContaining("did you mean " + hint + "?");
    }

    @Test
    void plausibleAmountsPass() {
        assertThat(Amounts.plausibleMoney("1,000")).isEqualTo(1000);
        assertThat(Amounts.plausibleMoney("0")).isZero();
        assertThat(Amounts.plausibleMoney("0.25m")).isEqualTo(250_000);
    }

    @Test
    void thresholdWithThousandsSeparatorsIsOneThreshold() {
        Path out = tmp.resolve("o");
        RunCommandTest.Outcome r = RunCommandTest.hnsim("run", RunCommandTest.SCENARIO, "-n", "200",
                "--threshold", "75,000,000", "--threshold", "£2,000,000;1.5m", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("P(cumulative > £75m)").contains("P(cumulative > £2m)")
                .contains("P(cumulative > £1.5m)").doesNotContain("> £0m");
    }

    @Test
    void implausibleThresholdAndPrecisionExitTwoWithAHint() {
        RunCommandTest.Outcome t = RunCommandTest.hnsim("run", RunCommandTest.SCENARIO, "--threshold", "75",
                "--out", tmp.resolve("t").toString());
        assertThat(t.code()).isEqualTo(2);
        assertThat(t.err()).contains("--threshold").contains("did you mean 75m?").doesNotContain("at hnsim");
        RunCommandTest.Outcome p = RunCommandTest.hnsim("run", RunCommandTest.SCENARIO, "--precision", "0.25",
                "--out", tmp.resolve("p").toString());
        assertThat(p.code()).isEqualTo(2);
        assertThat(p.err()).contains("--precision").contains("did you mean 0.25m?");
        RunCommandTest.Outcome c = RunCommandTest.hnsim("run", RunCommandTest.SCENARIO, "--threshold", "50m,99m",
                "--out", tmp.resolve("c").toString());
        assertThat(c.code()).isEqualTo(2);
        assertThat(c.err()).contains("separate amounts with ';'");
        assertThat(List.of(tmp.resolve("t"), tmp.resolve("p"), tmp.resolve("c"))).allMatch(d -> !d.toFile().exists());
    }
}
