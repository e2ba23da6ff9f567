package hnsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad command lines and paths: exit 2, one clear message, no stack trace, at once. */
class HostileInputTest {
    static final String SCENARIO = ValidateCommandTest.SHIPPED;

    @TempDir
    Path tmp;

    private static void assertBadInput(Cli result, String fragment) {
        assertThat(result.code()).as(result.all()).isEqualTo(2);
        assertThat(result.err()).contains(fragment);
        assertThat(result.all()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(result.millis()).isLessThan(2_000);
    }

    @Test
    void aMissingFile() {
        assertBadInput(Cli.run("run", tmp.resolve("nope.yaml").toString()), tmp.resolve("nope.yaml") + ": no such file");
        assertBadInput(Cli.run("validate", tmp.resolve("nope.yaml").toString()), "no such file");
    }

    @Test
    void aDirectoryGivenAsTheScenario() {
        assertBadInput(Cli.run("run", tmp.toString()), tmp + ": is a directory; expected a scenario file (.yaml)");
    }

    @Test
    void anEndlessDeviceOrAHugeFileIsRefusedWithoutReadingItAll() throws IOException {
        Path huge = tmp.resolve("huge.yaml");
        Files.write(huge, new byte[3 * 1024 * 1024]);
        assertBadInput(Cli.run("validate", huge.toString()), "is larger than 1 MB");
        assumeTrue(Files.isReadable(Path.of("/dev/zero")));
        assertBadInput(Cli.run("validate", "/dev/zero"), "/dev/zero: is larger than 1 MB");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "10^12 | 1,000,000,000,000 trajectories of 4 options over 4 years is 1.6e+13 trajectory-years, about",
        "2e9   | 2,000,000,000 trajectories of 4 options over 4 years is 3.2e+10 trajectory-years, about",
        "10^20 | --trajectories 10^20 is beyond any run",
        "-5    | --trajectories must be a whole number of at least 1, got '-5'",
        "0     | --trajectories must be a whole number of at least 1, got '0'",
        "2.5   | --trajectories must be a whole number of at least 1, got '2.5'",
        "many  | --trajectories expects a whole number such as 10000 or 1e6, got 'many'",
        "NaN   | --trajectories must be a whole number of at least 1, got 'NaN'",
    })
    void trajectoryCountsThatCannotRun(String count, String message) {
        assertBadInput(Cli.run("run", SCENARIO, "-n", count, "--out", tmp.resolve("o").toString(), "-q"), message);
    }

    @Test
    void badThreadsAndSeeds() {
        assertBadInput(Cli.run("run", SCENARIO, "--threads", "0", "-q"), "--threads must be between 1 and 1024");
        assertBadInput(Cli.run("run", SCENARIO, "--seed", "abc", "-q"), "Invalid value for option '--seed'");
    }

    @Test
    void anOutputUnderAFile() throws IOException {
        Path file = Files.writeString(tmp.resolve("file"), "x");
        assertBadInput(Cli.run("run", SCENARIO, "-q", "-n", "100", "--out", file.resolve("sub").toString()),
                "cannot write the output directory " + file.resolve("sub") + ": " + file + " is not a writable directory");
        assertBadInput(Cli.run("run", SCENARIO, "-q", "-n", "100", "--out", file.toString()),
                "the output path " + file + " is a file, not a directory");
    }

    @Test
    void anOutputWhereNoFileCanBeCreated() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")));
        assertBadInput(Cli.run("run", SCENARIO, "-q", "-n", "100", "--out", "/proc/self/hnsim-out"),
                "cannot write the output directory /proc/self/hnsim-out");
    }

    @Test
    void anExistingDirectoryIsKeptWithoutForceAndForceReplacesOnlyResults() throws IOException {
        Path mine = Files.createDirectories(tmp.resolve("my-documents"));
        Files.writeString(mine.resolve("budget.xlsx"), "precious");
        String refusal = "the output directory " + mine + " holds files hnsim did not write: " + mine.resolve("budget.xlsx")
                + " was not written by hnsim (the folder has no files.sha256";
        assertBadInput(Cli.run("run", SCENARIO, "-q", "-n", "100", "--out", mine.toString()), refusal);
        assertBadInput(Cli.run("run", SCENARIO, "-q", "-n", "100", "--out", mine.toString(), "--force"), refusal);
        assertThat(mine.resolve("budget.xlsx")).hasContent("precious");
    }

    @Test
    void debugShowsTheStackTraceThatIsOtherwiseHidden() {
        Cli result = Cli.run("run", tmp.resolve("nope.yaml").toString(), "--debug");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("no such file").contains("ScenarioException").contains("\tat hnsim.");
    }

    @Test
    void anUnknownCommandOrOption() {
        assertBadInput(Cli.run("simulate", SCENARIO), "Unmatched argument");
        assertBadInput(Cli.run("run", SCENARIO, "--trajectorys", "5"), "Unknown options: '--trajectorys', '5'");
        assertThat(Cli.run("run", SCENARIO, "--trajectorys", "5").err()).contains("Possible solutions: --trajectories");
    }
}
