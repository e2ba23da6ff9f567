package hnsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    static final String SHIPPED = "scenarios/leicestershire-2021-mtfs.yaml";
    static final String VALID = """
            name: Test council
            first_year: 2021/22
            years: 3
            opening_deficit: 10m
            placements:
              special: {count: 1000, unit_cost: 20k, growth: {normal: [5%, 2%]}}
            funding:
              hnb_grant: {base: 40m, growth: 3%}
            options:
              faster: {placements: {special: {growth: 8%}}}
            """;

    @TempDir
    Path tmp;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text);
    }

    @Test
    void theShippedScenarioIsValid() {
        Cli result = Cli.run("validate", SHIPPED);
        assertThat(result.code()).as(result.all()).isZero();
        assertThat(result.out()).isEqualTo(SHIPPED + ": OK (3 options, 0 warnings)\n");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void reportsEveryErrorOfAFileInLineOrderNotJustTheFirst() throws IOException {
        Path file = write("many.yaml", VALID
                .replace("years: 3", "years: 3\nthreshold: [50m]")
                .replace("count: 1000", "count: lots")
                .replace("growth: 3%", "growth: {normal: [3%]}")
                .replace("growth: 8%", "growht: 8%"));
        Cli result = Cli.run("validate", file.toString());
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).isEqualTo(file + ": 4 errors, 0 warnings\n"
                + "  " + file + ":4:1: threshold: unknown key 'threshold'; did you mean 'thresholds'?\n"
                + "  " + file + ":7:20: placements.special.count: expected a whole number such as 1900 or 1,900, got 'lots'\n"
                + "  " + file + ":9:43: funding.hnb_grant.growth.normal: expected 2 values, found 1\n"
                + "  " + file + ":11:35: options.faster: placements.special.growht: unknown key 'growht'; did you mean 'growth'?\n");
    }

    @Test
    void checksEveryFileAndFailsWhenAnyIsInvalid() throws IOException {
        Path good = write("good.yaml", VALID);
        Path bad = write("bad.yaml", VALID.replace("first_year: 2021/22", "first_year: 21/22"));
        Cli result = Cli.run("validate", good.toString(), bad.toString(), tmp.resolve("missing.yaml").toString());
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.out()).isEqualTo(good + ": OK (1 option, 0 warnings)\n");
        assertThat(result.err()).contains(bad + ":2:13: first_year: expected a financial year such as 2021/22, got '21/22'")
                .contains(tmp.resolve("missing.yaml") + ": no such file");
    }

    @Test
    void warnsAboutLegalButSuspiciousValuesAndStillPasses() throws IOException {
        Path file = write("odd.yaml", VALID
                .replace("opening_deficit: 10m", "opening_deficit: 10")
                .replace("unit_cost: 20k", "unit_cost: 20")
                .replace("growth: 3%", "growth: 5")
                .replace("growth: 8%", "growth: 60%"));
        Cli result = Cli.run("validate", file.toString());
        assertThat(result.code()).as(result.all()).isZero();
        assertThat(result.out()).startsWith(file + ": OK (1 option, 4 warnings)\n")
                .contains(":4:18: warning: opening_deficit: an amount of £10 is very small; amounts are in pounds: write 10k"
                        + " for thousands or 10m for millions")
                .contains(":6:37: warning: placements.special.unit_cost: an amount of £20 is very small")
                .contains(":8:34: warning: funding.hnb_grant.growth: the rate 5 means 500%; write 5% if 5 per cent was meant")
                .doesNotContain("a rise of 500%")
                .contains(":10:43: warning: options.faster: placements.special.growth: a rise of 60% a year is unusually large");
    }

    @Test
    void aProbabilityWrittenWithoutPercentIsAnErrorWithTheFix() throws IOException {
        Path file = write("p.yaml", VALID.replace("growth: 3%}", "growth: 3%}\n  schools_block: 300m")
                + "transfers: [{year: 2022/23, rate: 0.5%, approval: 30}]\n");
        Cli result = Cli.run("validate", file.toString());
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("transfers[0].approval: a probability must be between 0 and 1 (0% and 100%),"
                + " got '30'; did you mean 30%?");
    }

    @Test
    void capsAVeryLongListOfProblems() throws IOException {
        StringBuilder text = new StringBuilder(VALID);
        for (int i = 0; i < 80; i++) {
            text.append("unknown_").append(i).append(": 1\n");
        }
        Cli result = Cli.run("validate", write("long.yaml", text.toString()).toString());
        assertThat(result.err()).contains("80 errors").contains("... and 30 more; fix these first");
        assertThat(result.err().lines().count()).isEqualTo(52);
    }

    @Test
    void needsAtLeastOneFile() {
        Cli result = Cli.run("validate");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("Missing required parameter");
    }
}
