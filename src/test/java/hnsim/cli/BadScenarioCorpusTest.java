package hnsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of {@code src/test/resources/bad/} is refused by {@code validate} and by {@code run}
 * with exit code 2, the message fragment listed in {@code expected.txt}, a file:line:column,
 * no stack trace, and within a second (plus slack for a cold JVM), leaving no output behind.
 */
class BadScenarioCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/bad");
    private static final long SLOW_MILLIS = 2_000;

    @TempDir
    Path tmp;

    static Stream<Arguments> corpus() throws IOException {
        return Files.readAllLines(CORPUS.resolve("expected.txt"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split(" \\| ", 2))
                .map(parts -> Arguments.of(parts[0].trim(), parts[1].trim()));
    }

    @Test
    void theCorpusHasAtLeastThirtyFilesAndEveryFileIsListed() throws IOException {
        List<String> listed = corpus().map(a -> (String) a.get()[0]).toList();
        try (Stream<Path> files = Files.list(CORPUS)) {
            List<String> present = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).toList();
            assertThat(listed).hasSizeGreaterThanOrEqualTo(30).containsExactlyInAnyOrderElementsOf(present);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void validateRefusesWithTheMessageAndAPlace(String file, String fragment) {
        Cli result = Cli.run("validate", CORPUS.resolve(file).toString());
        assertRefused(result, file, fragment);
        assertThat(result.err()).startsWith(CORPUS.resolve(file) + ": ");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void runRefusesWithTheMessageAndWritesNothing(String file, String fragment) throws IOException {
        Path out = tmp.resolve("out");
        Cli result = Cli.run("run", CORPUS.resolve(file).toString(), "--out", out.toString(), "-q", "-n", "100");
        assertRefused(result, file, fragment);
        assertThat(result.err()).startsWith("hnsim: the scenario has ");
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).as("nothing written, no staging left").isEmpty();
        }
    }

    static void assertRefused(Cli result, String file, String fragment) {
        assertThat(result.code()).as(result.all()).isEqualTo(2);
        assertThat(result.err()).contains(fragment);
        assertThat(result.err()).containsPattern(java.util.regex.Pattern.quote(file) + ":\\d+:\\d+: ");
        assertThat(result.all()).doesNotContain("Exception").doesNotContain("at hnsim.").doesNotContain("\tat ");
        assertThat(result.millis()).as("refused quickly").isLessThan(SLOW_MILLIS);
    }
}
