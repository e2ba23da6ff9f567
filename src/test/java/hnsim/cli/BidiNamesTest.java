package hnsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A name holding an invisible right-to-left override reads differently from what it is: refused at its place. */
class BidiNamesTest {
    static final String RLO = "\u202E";

    @TempDir
    Path tmp;

    private String validate(String scenario, int expectedCode) throws IOException {
        Path file = tmp.resolve("bidi.yaml");
        Files.writeString(file, scenario, StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("validate", file.toString());
        assertThat(code).as(out + "" + err).isEqualTo(expectedCode);
        return (out + "" + err).replace(file.toString(), "bidi.yaml");
    }

    private static String original() throws IOException {
        return Files.readString(Path.of(RunCommandTest.SCENARIO));
    }

    @Test
    void anOptionNameWithARightToLeftOverrideIsRefusedAtItsLine() throws IOException {
        String text = original() + "  evil" + RLO + "fdp.exe:\n    transfers: []\n";
        int line = (int) text.lines().count() - 1;
        String report = validate(text, 2);
        assertThat(report).contains("bidi.yaml:" + line + ":3: options.evil<U+202E>fdp.exe: the option's name")
                .contains("U+202E (RIGHT-TO-LEFT OVERRIDE) at character 5");
    }

    @Test
    void workstreamPlacementAndScenarioNamesAreCheckedToo() throws IOException {
        String text = original()
                .replace("  - name: Inclusion\n", "  - name: Inclu" + RLO + "sion\n")
                .replace("  special_school:  ", "  special" + "\u2066" + "_school:  ")
                .replaceFirst("name: Leicestershire", "name: Leic" + "\u200F" + "estershire");
        String report = validate(text, 2);
        assertThat(report).contains("workstreams[0].name: the text contains the invisible bidirectional control "
                        + "character U+202E")
                .contains("the placement type's name contains the invisible bidirectional control character U+2066")
                .containsPattern("bidi.yaml:\\d+:\\d+: name: the text contains the invisible bidirectional control "
                        + "character U\\+200F");
    }

    @Test
    void cleanNamesPass() throws IOException {
        assertThat(validate(original(), 0)).contains("OK");
    }
}
