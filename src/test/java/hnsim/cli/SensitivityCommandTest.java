package hnsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SensitivityCommandTest {
    @TempDir
    Path tmp;

    @Test
    void writesEveryFileAndPrintsTheFinalYearsDrivers() throws Exception {
        Path out = tmp.resolve("s");
        Cli cli = Cli.run("sensitivity", "scenarios/leicestershire-2021-mtfs.yaml", "-n", "200", "--threads", "2",
                "--resamples", "50", "--out", out.toString());
        assertThat(cli.code()).as(cli.all()).isZero();
        assertThat(cli.out()).contains("What drives the 2024/25 cumulative deficit", "Rank regression",
                "Tornado, one input at a time", "Tornado, Monte Carlo",
                "N x (k + 2) = 200 x 44 = 8,800 model evaluations", "correlated = ", "Tail drivers");
        for (String f : new String[] {"sensitivity.csv", "tornado.csv", "sobol.csv", "tail-drivers.csv",
                "sensitivity.json", "drivers-by-year.png", "drivers-by-year.svg", "tornado.png", "tornado.svg",
                "tornado-monte-carlo.png", "tornado-monte-carlo.svg", "files.sha256"}) {
            assertThat(out.resolve(f)).isNotEmptyFile();
        }
        assertThat(Files.readAllLines(out.resolve("sobol.csv")).get(0)).isEqualTo("input,metric,year,first_order,"
                + "first_order_ci_low,first_order_ci_high,total_order,total_order_ci_low,total_order_ci_high");
        assertThat(Files.readAllLines(out.resolve("sensitivity.csv")).get(0)).isEqualTo("input,metric,year,share,spearman,srrc");
        assertThat(Files.readAllLines(out.resolve("tornado.csv")).get(0))
                .isEqualTo("input,metric,year,method,low,high,reference");
        // 4 years x 42 inputs (the four correlated demand growths are one; openings, leaving and delivery noise count).
        assertThat(Files.readAllLines(out.resolve("sobol.csv"))).hasSize(1 + 4 * 42);
        String manifest = Files.readString(out.resolve("sensitivity.json"));
        assertThat(manifest).contains("\"seed\" : 20210301", "\"scenarioSha256\" : \"", "\"model_evaluations\" : 8800");

        // A second study refuses the folder without --force and replaces it with it.
        Cli again = Cli.run("sensitivity", "-n", "200", "--method", "src", "--out", out.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("--force");
        Cli forced = Cli.run("sensitivity", "-n", "200", "--method", "src", "--force", "--out", out.toString());
        assertThat(forced.code()).as(forced.all()).isZero();
        assertThat(out.resolve("sobol.csv")).doesNotExist();
        assertThat(out.resolve("sensitivity.csv")).isNotEmptyFile();
    }

    @Test
    void badOptionsAreUsageErrorsWithoutOutput() {
        Path out = tmp.resolve("bad");
        Cli group = Cli.run("sensitivity", "-n", "200", "--group", "demand=placements.*.grwth", "--out", out.toString());
        assertThat(group.code()).isEqualTo(2);
        assertThat(group.err()).contains("matches no uncertain input").doesNotContain("Exception");
        Cli method = Cli.run("sensitivity", "-n", "200", "--method", "anova", "--out", out.toString());
        assertThat(method.code()).isEqualTo(2);
        assertThat(method.err()).contains("src, tornado and sobol");
        assertThat(out).doesNotExist();
    }
}
