package hnsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BacktestCommandTest {
    @TempDir
    Path tmp;

    @Test
    void printsEachOutturnAndTheCoverageAndWritesTheHistogram() throws Exception {
        Path out = tmp.resolve("bt");
        Cli result = Cli.run("backtest", "scenarios/leicestershire-2021-mtfs.yaml",
                "scenarios/leicestershire-2022-outlook.yaml", "-n", "2000", "--threads", "1", "--out", out.toString());
        assertThat(result.code()).as(result.all()).isZero();
        assertThat(result.out()).contains("leicestershire-2021-mtfs.yaml      cumulative deficit   2021/22     24.30")
                .contains("Inside P10-P90: ").contains("of 4").contains("nominal 80%").contains("nominal 90%");
        for (String file : new String[] {"backtest.csv", "summary.json", "backtest-pit-histogram.png",
                "backtest-pit-histogram.svg"}) {
            assertThat(out.resolve(file)).isNotEmptyFile();
        }
        assertThat(Files.readAllLines(out.resolve("backtest.csv"))).hasSize(5);
        assertThat(Files.readString(out.resolve("summary.json"))).contains("\"within_p10_p90\"").contains("\"percentile\"");
    }

    @Test
    void refusesFilesWithoutOutturns() throws Exception {
        Path file = Files.writeString(tmp.resolve("none.yaml"), ValidateCommandTest.VALID);
        Cli result = Cli.run("backtest", file.toString(), "--out", tmp.resolve("x").toString());
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("none of the scenario files lists reported outturns");
        assertThat(tmp.resolve("x")).doesNotExist();
    }

    @Test
    void fromActualsForecastsTheYearsAfterTheLatestOutturn() {
        Cli result = Cli.run("run", "scenarios/leicestershire-2022-outlook.yaml", "--from-actuals", "--deterministic",
                "--out", tmp.resolve("rolled").toString());
        assertThat(result.code()).as(result.all()).isZero();
        assertThat(result.out()).contains("rolled forward from the outturn at 31 March 2025")
                .contains("2025/26").doesNotContain("2024/25");
    }

    @Test
    void fromActualsWithoutOutturnsIsRefused() throws Exception {
        Path file = Files.writeString(tmp.resolve("none.yaml"), ValidateCommandTest.VALID);
        Cli result = Cli.run("run", file.toString(), "--from-actuals", "--out", tmp.resolve("y").toString());
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("--from-actuals:").contains("lists no outturns");
    }
}
