package hnsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hnsim.report.ReportFixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RunCommandOutputsTest {
    @TempDir
    Path dir;

    @Test
    void afterARunSaysWhereTheFilesWentNamingTheReport() throws Exception {
        Path out = dir.resolve("leics");
        StringWriter stdout = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(stdout));
        cl.setErr(new PrintWriter(new StringWriter()));

        int code = cl.execute("run", ReportFixtures.SHIPPED.toString(), "-n", "200", "--threads", "1",
                "--out", out.toString());

        assertThat(code).isZero();
        assertThat(stdout.toString()).contains("Outputs in " + out + ":")
                .contains("report.html").contains("fan-cumulative_deficit")
                .contains("Open " + out.resolve("report.html") + " in a browser");
        assertThat(out.resolve("report.html")).exists();
        assertThat(Files.readString(out.resolve("report.html"))).contains("<h2>Key figures</h2>");
    }

    /** A plain run writes the decisions and the finance outputs together: effects, outturns and the workbook. */
    @Test
    void aRunWritesTheWorkbookAndASummaryWithEffectsAndOutturns() throws Exception {
        Path out = dir.resolve("all");
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(new StringWriter()));
        int code = cl.execute("run", ReportFixtures.SHIPPED.toString(), "-n", "200", "--threads", "1",
                "--out", out.toString(), "--quiet");
        assertThat(code).isZero();
        assertThat(out.resolve("workbook.xlsx")).isNotEmptyFile();
        assertThat(out.resolve("effects.csv")).isNotEmptyFile();
        var summary = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertThat(summary.get("effects").size()).isPositive();
        assertThat(summary.get("actuals").size()).isPositive();
        assertThat(Files.readString(out.resolve("files.sha256"))).contains("workbook.xlsx");
    }
}
