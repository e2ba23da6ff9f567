package hnsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * A machine with only a JDK builds and runs hnsim: the launchers fall back to the Maven
 * Wrapper, which fetches a pinned, checksummed Maven. (Running them is checked by hand, see
 * README; this keeps the pieces from drifting apart.)
 */
class LaunchersTest {
    @Test
    void theWrapperPinsAMaven3VersionAndItsChecksum() throws IOException {
        Properties wrapper = new Properties();
        try (var in = Files.newInputStream(Path.of(".mvn/wrapper/maven-wrapper.properties"))) {
            wrapper.load(in);
        }
        assertThat(wrapper.getProperty("distributionUrl"))
                .matches("https://repo\\.maven\\.apache\\.org/maven2/org/apache/maven/apache-maven/3\\.(8|9)\\.\\d+/"
                        + "apache-maven-3\\.(8|9)\\.\\d+-bin\\.zip");
        assertThat(wrapper.getProperty("distributionSha256Sum")).matches("[0-9a-f]{64}");
        assertThat(Path.of("mvnw")).isExecutable();
        assertThat(Path.of("mvnw.cmd")).exists();
    }

    @Test
    void theUnixLauncherUsesMavenFromPathElseTheWrapper() throws IOException {
        String script = Files.readString(Path.of("hnsim"));
        assertThat(Path.of("hnsim")).isExecutable();
        assertThat(script).contains("command -v mvn").contains("\"$HOME_DIR/mvnw\"").doesNotContain("\r");
    }

    /**
     * Both launchers give the heap half the machine's memory from the start: with the JVM's
     * default quarter, a 10^6 run of the 2021 scenario with its options went to sketches.
     */
    @Test
    void bothLaunchersGiveTheHeapHalfTheMemoryFromTheStart() throws IOException {
        String heap = "-XX:MaxRAMPercentage=50 -XX:InitialRAMPercentage=50";
        assertThat(Files.readString(Path.of("hnsim"))).contains("HEAP=(" + heap + ")");
        String cmd = Files.readString(Path.of("hnsim.cmd"), StandardCharsets.US_ASCII);
        assertThat(cmd.split(java.util.regex.Pattern.quote(heap), -1)).as("hnsim.cmd's two java lines").hasSize(3);
    }

    /** Both launchers hold the optimising compiler to the same, higher thresholds, on every java line. */
    @Test
    void bothLaunchersRaiseTheOptimisingCompilersThresholdsAlike() throws IOException {
        String unix = Files.readString(Path.of("hnsim"));
        String cmd = Files.readString(Path.of("hnsim.cmd"), StandardCharsets.US_ASCII);
        for (String flag : List.of("-XX:Tier4InvocationThreshold=150000", "-XX:Tier4MinInvocationThreshold=18000",
                "-XX:Tier4CompileThreshold=450000", "-XX:Tier4BackEdgeThreshold=1200000")) {
            assertThat(unix).as("hnsim").contains(flag);
            assertThat(cmd.split(java.util.regex.Pattern.quote(flag), -1)).as("hnsim.cmd's two java lines: %s", flag)
                    .hasSize(3);
        }
        assertThat(unix.split(java.util.regex.Pattern.quote("\"${HEAP[@]}\" \"${JIT[@]}\""), -1))
                .as("hnsim's four java lines").hasSize(5);
    }

    @Test
    void theWindowsLauncherDoesTheSameInCmdWithCrlfLines() throws IOException {
        String script = Files.readString(Path.of("hnsim.cmd"), StandardCharsets.US_ASCII);
        assertThat(script.split("\r\n", -1)).allSatisfy(line -> assertThat(line).doesNotContain("\n"));
        assertThat(script).contains("where mvn").contains("mvnw.cmd").contains("-DskipTests package")
                .contains("target\\hnsim-all.jar").contains("-Dhnsim.launcher=hnsim.cmd");
    }
}
