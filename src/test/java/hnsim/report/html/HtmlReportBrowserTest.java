package hnsim.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import hnsim.report.ReportFixtures;
import hnsim.report.RunOutputs;
import hnsim.stats.SimulationResult;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens report.html in headless Chromium, as a reader's browser would: the page must render,
 * hold its tables and charts, and log nothing to the console. Skipped where Chromium is not
 * installed (set HNSIM_CHROMIUM to its path if it is somewhere else).
 */
class HtmlReportBrowserTest {
    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable");
    private static final long TIMEOUT_SECONDS = 120;

    @TempDir
    static Path dir;
    private static Path report;

    @BeforeAll
    static void writeReport() throws IOException {
        SimulationResult result = ReportFixtures.shippedRun();
        RunOutputs.write(result, ReportFixtures.manifest(result, false), dir);
        report = dir.resolve(RunOutputs.REPORT);
    }

    @Test
    void rendersWithEveryChartAndNoConsoleMessages() throws Exception {
        Path chromium = chromiumOrSkip();
        Output out = run(chromium, "--dump-dom", report.toUri().toString());

        assertThat(out.exitCode()).as("chromium exit code; stderr:%n%s", out.stderr()).isZero();
        assertThat(out.stdout()).contains("<h1>Leicestershire High Needs Block, MTFS 2021/22 to 2024/25</h1>")
                .contains("<h2>Key figures</h2>").contains("<h2>Assumptions</h2>").contains("<h2>Run manifest</h2>");
        assertThat(out.stdout().split("<svg ", -1)).hasSize(hnsim.report.chart.ChartSet.stems().size() + 1);
        List<String> console = out.stderr().lines().filter(line -> line.contains(":CONSOLE")).toList();
        assertThat(console).as("console messages").isEmpty();
    }

    @Test
    void screenshotShowsAPageWithContent() throws Exception {
        Path chromium = chromiumOrSkip();
        Path png = dir.resolve("screenshot.png");
        Output out = run(chromium, "--hide-scrollbars", "--window-size=1280,1600", "--screenshot=" + png,
                report.toUri().toString());

        assertThat(out.exitCode()).as("chromium exit code; stderr:%n%s", out.stderr()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(distinctColours(image)).as("colours in the screenshot").isGreaterThan(50);
    }

    private static Path chromiumOrSkip() {
        Optional<Path> found = Stream.concat(Stream.ofNullable(System.getenv("HNSIM_CHROMIUM")), CANDIDATES.stream())
                .map(Path::of).filter(Files::isExecutable).findFirst();
        assumeTrue(found.isPresent(), "Chromium not found (looked for $HNSIM_CHROMIUM and " + CANDIDATES
                + "): skipping the browser rendering test of report.html. Install chromium to run it.");
        return found.get();
    }

    private record Output(int exitCode, String stdout, String stderr) {
    }

    private static Output run(Path chromium, String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(dir, "profile");
        Path stdout = dir.resolve("stdout-" + profile.getFileName());
        Path stderr = dir.resolve("stderr-" + profile.getFileName());
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish within " + TIMEOUT_SECONDS + " s");
        }
        return new Output(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
    }

    private static long distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
