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
}
