package hnsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hnsim run --sensitivity}: the study's files beside the run's, its section in report.html
 * and its sheet in the workbook; the study is the one {@code hnsim sensitivity} runs at the same
 * seed and N (sobol.csv byte for byte); and without the flag a run writes what it always wrote.
 */
class RunSensitivityTest {
    private static final String SCENARIO = "scenarios/leicestershire-2021-mtfs.yaml";
    private static final String[] RUN = {"run", SCENARIO, "-n", "400", "--seed", "5", "--threads", "2", "--quiet"};
    private static final String[] STUDY = {"--sensitivity-n", "200", "--resamples", "50"};
    private static final List<String> STUDY_FILES = List.of("tornado.csv", "sobol.csv", "tail-drivers.csv",
            "sensitivity.json", "drivers-by-year.png", "drivers-by-year.svg", "tornado.png", "tornado.svg",
            "tornado-monte-carlo.png", "tornado-monte-carlo.svg");

    @TempDir
    static Path tmp;
    static Path plain;
    static Path studied;

    @BeforeAll
    static void runs() {
        plain = tmp.resolve("plain");
        Cli r = Cli.run(concat(RUN, "--out", plain.toString()));
        assertThat(r.code()).as(r.all()).isZero();
        studied = tmp.resolve("studied");
        r = Cli.run(concat(concat(RUN, STUDY), "--sensitivity", "--out", studied.toString()));
        assertThat(r.code()).as(r.all()).isZero();
    }

    @Test
    void withoutTheFlagARunWritesWhatItAlwaysWrote() throws IOException {
        for (String file : STUDY_FILES) {
            assertThat(plain.resolve(file)).as(file).doesNotExist();
        }
        assertThat(Files.readAllLines(plain.resolve("sensitivity.csv")).get(0)).isEqualTo("input,share,spearman,srrc");
        String html = Files.readString(plain.resolve("report.html"));
        assertThat(html).contains("<h2>What drives the spread</h2>").doesNotContain("What drives the risk");
        try (XSSFWorkbook wb = workbook(plain)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(7);
            assertThat(wb.getSheet("Sensitivity")).isNull();
        }
        // The study reads the run; it changes none of the run's own numbers.
        for (String file : new String[] {"percentiles.csv", "effects.csv", "effects-thresholds.csv"}) {
            assertThat(Files.readAllBytes(studied.resolve(file))).as(file).isEqualTo(Files.readAllBytes(plain.resolve(file)));
        }
        assertThat(withoutTiming(studied.resolve("summary.json"))).isEqualTo(withoutTiming(plain.resolve("summary.json")));
    }

    @Test
    void theStudysFilesAreBesideTheRunsAndListed() throws IOException {
        String listed = Files.readString(studied.resolve("files.sha256"));
        for (String file : STUDY_FILES) {
            assertThat(studied.resolve(file)).as(file).isNotEmptyFile();
            assertThat(listed).as(file).contains("  " + file + "\n");
        }
        assertThat(Files.readAllLines(studied.resolve("sensitivity.csv")).get(0))
                .isEqualTo("input,metric,year,share,spearman,srrc");
        assertThat(Files.readString(studied.resolve("sensitivity.json"))).contains("\"trajectories\" : 200",
                "\"seed\" : 5", "\"model_evaluations\" : 8800", "\"correlated\" : \"group\"");
    }

    @Test
    void theStudyIsTheOneTheSensitivityCommandRuns() throws IOException {
        Path alone = tmp.resolve("alone");
        Cli r = Cli.run("sensitivity", SCENARIO, "-n", "200", "--seed", "5", "--resamples", "50", "--threads", "1",
                "--quiet", "--out", alone.toString());
        assertThat(r.code()).as(r.all()).isZero();
        for (String file : new String[] {"sobol.csv", "sensitivity.csv", "tornado.csv", "tail-drivers.csv"}) {
            assertThat(Files.readAllBytes(studied.resolve(file))).as(file).isEqualTo(Files.readAllBytes(alone.resolve(file)));
        }
    }

    @Test
    void theReportHasWhatDrivesTheRisk() throws IOException {
        String html = Files.readString(studied.resolve("report.html"));
        assertThat(html).contains("<h2>What drives the risk</h2>").doesNotContain("<h2>What drives the spread</h2>")
                .contains("N x (k + 2) = 200 x 44 = 8,800 model evaluations")
                .contains("analysed as one group, &#39;correlated&#39;")
                .contains("id=\"chart-drivers-by-year\"", "id=\"chart-tornado\"", "id=\"chart-tornado-monte-carlo\"")
                .contains("<h3>Sobol indices of the 2024/25 cumulative deficit</h3>")
                .contains("<h3>Tail drivers: the worst 10% of 2024/25</h3>")
                .contains("<a href=\"sobol.csv\">sobol.csv</a>");
        // Each Sobol row shows its estimate and interval.
        assertThat(html).containsPattern("<th scope=\"row\">inflation\\.shock</th><td>0\\.\\d{3}</td><td>-?\\d\\.\\d{3} to"
                + " \\d\\.\\d{3}</td>");
    }

    @Test
    void theWorkbookHasASensitivitySheetOfNumbers() throws IOException {
        try (XSSFWorkbook wb = workbook(studied)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(8);
            assertThat(wb.getSheetName(6)).isEqualTo("Sensitivity");
            assertThat(wb.getSheetName(7)).isEqualTo("Run");
            Sheet sheet = wb.getSheet("Sensitivity");
            assertThat(sheet.getPaneInformation()).isNotNull();
            assertThat(sheet.getColumnWidth(0)).isEqualTo(44 * 256);
            Row header = null;
            for (Row row : sheet) {
                if (row.getCell(0) != null && "Input".equals(row.getCell(0).getStringCellValue())) {
                    header = row;
                    break;
                }
            }
            assertThat(header).isNotNull();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) (header.getRowNum() + 1));
            List<String> labels = new ArrayList<>();
            header.forEach(c -> labels.add(c.getStringCellValue()));
            assertThat(labels).contains("Year", "Sobol first order", "Sobol total", "Total 95% low", "At P10 (£m)",
                    "Tail mean percentile");
            // 4 years x (45 inputs + the correlated group of four of them) rows; numbers as numbers.
            Row first = sheet.getRow(header.getRowNum() + 1);
            assertThat(sheet.getLastRowNum() - header.getRowNum()).isEqualTo(4 * 46);
            int total = labels.indexOf("Sobol total");
            Cell cell = first.getCell(total);
            assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cell.getNumericCellValue()).isBetween(0.0, 1.5);
            assertThat(first.getCell(labels.indexOf("At P10 (£m)")).getCellType()).isEqualTo(CellType.NUMERIC);
        }
    }

    @Test
    void studyOptionsNeedTheFlagAndAMonteCarloRun() {
        assertRefused("add --sensitivity", concat(RUN, "--group", "demand=placements.*.growth"));
        assertRefused("add --sensitivity", concat(RUN, "--sensitivity-n", "200"));
        assertRefused("--sensitivity needs a Monte Carlo run", "run", SCENARIO, "--deterministic", "--sensitivity");
        assertRefused("--sensitivity-n must be between 100 and the run's -n (400)",
                concat(RUN, "--sensitivity", "--sensitivity-n", "1000"));
        assertRefused("matches no uncertain input", concat(RUN, "--sensitivity", "--group", "x=placements.*.grwth"));
        assertRefused("--correlated must be group or scores", concat(RUN, "--sensitivity", "--correlated", "both"));
        assertRefused("hnsim sensitivity --shard", concat(RUN, "--sensitivity", "--shard", "0/2"));
    }

    private static void assertRefused(String expected, String... args) {
        Path out = tmp.resolve("refused-" + System.nanoTime());
        Cli r = Cli.run(concat(args, "--out", out.toString()));
        assertThat(r.code()).as(r.all()).isEqualTo(2);
        assertThat(r.err()).contains(expected).doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    private static XSSFWorkbook workbook(Path dir) throws IOException {
        try (InputStream in = Files.newInputStream(dir.resolve("workbook.xlsx"))) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> withoutTiming(Path summary) throws IOException {
        return Files.readAllLines(summary).stream()
                .filter(l -> !l.contains("\"startedAt\"") && !l.contains("\"wallTimeMillis\"")).toList();
    }

    private static String[] concat(String[] head, String... tail) {
        return Stream.concat(Stream.of(head), Stream.of(tail)).toArray(String[]::new);
    }
}
