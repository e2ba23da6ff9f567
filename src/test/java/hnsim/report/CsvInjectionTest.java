package hnsim.report;

import static org.assertj.core.api.Assertions.assertThat;

import hnsim.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** Names from a scenario file are untrusted: a CSV cell must never start a spreadsheet formula. */
class CsvInjectionTest {
    static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";
    static final String CALC = "+cmd|' /C calc'!A0";

    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource(delimiterString = " | ", quoteCharacter = '`', value = {
            "=1+2 | '=1+2", "+cmd|' /C calc'!A0 | '+cmd|' /C calc'!A0", "-2+3 | '-2+3", "@SUM(A1) | '@SUM(A1)",
            "base | base", "2021/22 | 2021/22", "no_transfer | no_transfer"})
    void formulaCellsGetAQuotePrefix(String cell, String expected) {
        assertThat(Csv.text(cell)).isEqualTo(expected);
    }

    @Test
    void tabAndCarriageReturnAreNeutralisedAndQuoting() {
        assertThat(Csv.text("\tx")).isEqualTo("'\tx");
        assertThat(Csv.text("\rx")).isEqualTo("\"'\rx\"");
        assertThat(Csv.text(HYPERLINK)).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    }

    @Test
    void hostileOptionAndWorkstreamNamesLandAsTextInEveryCsv() throws IOException {
        String scenario = Files.readString(Path.of("scenarios/leicestershire-2021-mtfs.yaml"))
                .replace("  - name: Inclusion\n", "  - name: \"" + CALC + "\"\n")
                + "  '" + HYPERLINK + "':\n    transfers: []\n  '" + CALC.replace("'", "''") + "':\n    transfers: []\n";
        Path file = tmp.resolve("hostile.yaml");
        Files.writeString(file, scenario, StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("run", file.toString(), "-n", "300", "--out", out.toString());
        assertThat(code).as(err.toString()).isZero();
        for (String csv : List.of("percentiles.csv", "sensitivity.csv")) {
            for (String line : Files.readAllLines(out.resolve(csv))) {
                for (String cell : cells(line)) {
                    // Numbers may be negative; any other cell must not start a formula.
                    if (!cell.matches("-?[0-9.]+(E-?[0-9]+)?")) {
                        assertThat(cell).as(csv + ": " + line).doesNotStartWith("=").doesNotStartWith("+")
                                .doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t");
                    }
                }
            }
        }
        List<String> percentiles = Files.readAllLines(out.resolve("percentiles.csv"));
        assertThat(percentiles).anyMatch(l -> l.startsWith("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",cumulative_deficit,"));
        assertThat(percentiles).anyMatch(l -> l.startsWith("'+cmd|' /C calc'!A0,cumulative_deficit,"));
    }

    /** Splits one CSV line into its cell values (RFC 4180 quoting undone). */
    static List<String> cells(String line) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out;
    }
}
