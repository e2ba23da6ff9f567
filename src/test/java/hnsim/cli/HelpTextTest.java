package hnsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every command's help formats cleanly: picocli reads descriptions as format strings, so an
 * example such as {@code 0%:3%} must be written {@code 0%%:3%%}, or the help is printed raw with a
 * warning on standard error. Also: the options shared through mixins appear once in each.
 */
class HelpTextTest {
    @ParameterizedTest
    @ValueSource(strings = {"run", "merge", "sweep", "solve", "sensitivity", "backtest", "validate", "init"})
    void helpHasNoFormattingWarningAndTheSharedOptions(String command) {
        PrintStream saved = System.err;
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        Cli cli;
        try {
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            cli = Cli.run(command, "--help");
        } finally {
            System.setErr(saved);
        }
        assertThat(cli.code()).isZero();
        assertThat(stderr.toString(StandardCharsets.UTF_8)).doesNotContain("WARN");
        assertThat(cli.out()).doesNotContain("%n").doesNotContain("%%");
        if (!command.equals("validate") && !command.equals("init")) {
            assertThat(cli.out()).contains("--force", "--quiet", "--debug");
        }
    }
}
