package hnsim.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hnsim.report.ReportFixtures;
import hnsim.report.RunOutputs;
import hnsim.scenario.ScenarioFile;
import hnsim.stats.SimulationResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookTest {
    /** Lines of the financial summary and the metric each shows. */
    private static final Map<String, String> LINES = Map.of(
            "High Needs Block grant", "hnb_grant",
            "Schools-block transfers", "transfer",
            "Total funding", "funding",
            "Total gross cost", "gross_cost",
            "Total savings", "savings",
            "Net cost (gross cost less savings)", "net_cost",
            "In-year deficit (net cost less funding)", "in_year_deficit",
            "Cumulative deficit at 31 March", "cumulative_deficit");
    /** Text that a spreadsheet would read as a number: 12, -3.5, 1,234, 45%, £2.1m. */
    private static final Pattern NUMBER_AS_TEXT = Pattern.compile("^\\s*-?£?[0-9][0-9,]*(\\.[0-9]+)?\\s*(%|m|k)?\\s*$");

    @TempDir
    Path dir;

    @Test
    void hasTheSevenSheetsOfTheManagementPlanInOrder() throws IOException {
        try (Workbook wb = write(ReportFixtures.shippedRun())) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(7);
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3),
                    wb.getSheetName(4), wb.getSheetName(5), wb.getSheetName(6))).containsExactly(
                    "Financial summary", "Children and young people", "Risk ranges", "Options", "Thresholds",
                    "Assumptions", "Run");
            for (Sheet sheet : wb) {
                assertThat(sheet.getPaneInformation()).as(sheet.getSheetName() + " freezes its header").isNotNull();
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).as(sheet.getSheetName() + " prints one page wide")
                        .isEqualTo((short) 1);
                assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
                assertThat(sheet.getFitToPage()).isTrue();
            }
        }
    }

    @Test
    void medianBlockEqualsPercentilesCsvToThePenny() throws IOException {
        SimulationResult result = ReportFixtures.shippedRun();
        try (Workbook wb = write(result)) {
            Map<String, Double> csv = p50FromCsv(dir.resolve(RunOutputs.PERCENTILES));
            Map<String, Row> block = block(wb.getSheet("Financial summary"), "Mitigated (after savings), P50 (median)");
            assertThat(block.keySet()).containsAll(LINES.keySet());
            int compared = 0;
            for (Map.Entry<String, String> line : LINES.entrySet()) {
                Row row = block.get(line.getKey());
                for (int t = 0; t < result.years().size(); t++) {
                    Cell cell = row.getCell(t + 1);
                    assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
                    double expectedGbp = csv.get(line.getValue() + "|" + result.years().get(t));
                    // The cell holds £m; the CSV holds pounds to the penny.
                    assertThat(cell.getNumericCellValue()).as(line.getKey() + " " + result.years().get(t))
                            .isCloseTo(expectedGbp / 1e6, within(0.01 / 1e6));
                    compared++;
                }
            }
            assertThat(compared).isEqualTo(LINES.size() * 4);
            assertThat(block.get("Cumulative deficit at 31 March").getCell(1).getCellStyle().getDataFormatString())
                    .isEqualTo(Styles.MILLIONS);
        }
    }

    @Test
    void noCellHoldsANumberAsText() throws IOException {
        try (Workbook wb = write(ReportFixtures.shippedRun())) {
            int numbers = 0;
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            assertThat(cell.getStringCellValue()).as(sheet.getSheetName() + "!" + cell.getAddress())
                                    .doesNotMatch(NUMBER_AS_TEXT);
                        } else if (cell.getCellType() == CellType.NUMERIC) {
                            numbers++;
                        }
                    }
                }
            }
            assertThat(numbers).isGreaterThan(1000);
        }
    }

    @Test
    void unmitigatedEqualsMitigatedWithoutWorkstreams() throws IOException {
        String text = ReportFixtures.shippedText();
        String without = text.substring(0, text.indexOf("\nworkstreams:") + 1)
                + text.substring(text.indexOf("\n# Options:"));
        ScenarioFile file = hnsim.scenario.ScenarioLoader.parse("no-savings.yaml",
                without.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(file.base().workstreams()).isEmpty();
        SimulationResult result = ReportFixtures.run(file, 300, false);
        try (Workbook wb = write(result)) {
            Sheet sheet = wb.getSheet("Financial summary");
            for (String level : List.of("P50 (median)", "P10", "P90")) {
                Map<String, Row> unmitigated = block(sheet, "Unmitigated (no savings), " + level);
                Map<String, Row> mitigated = block(sheet, "Mitigated (after savings), " + level);
                assertThat(unmitigated.keySet()).containsExactlyElementsOf(mitigated.keySet());
                for (String line : LINES.keySet()) {
                    for (int t = 1; t <= 4; t++) {
                        assertThat(unmitigated.get(line).getCell(t).getNumericCellValue()).as(level + " " + line)
                                .isEqualTo(mitigated.get(line).getCell(t).getNumericCellValue());
                    }
                }
            }
        }
    }

    @Test
    void unmitigatedIsWorseByTheSavingsOnTheSameDraws() throws IOException {
        SimulationResult result = ReportFixtures.shippedRun();
        try (Workbook wb = write(result)) {
            Sheet sheet = wb.getSheet("Financial summary");
            Map<String, Row> unmitigated = block(sheet, "Unmitigated (no savings), P50 (median)");
            Map<String, Row> mitigated = block(sheet, "Mitigated (after savings), P50 (median)");
            // Same trajectories: gross cost and funding do not move, savings are zero, the deficit is larger.
            for (int t = 1; t <= 4; t++) {
                assertThat(unmitigated.get("Total gross cost").getCell(t).getNumericCellValue())
                        .isEqualTo(mitigated.get("Total gross cost").getCell(t).getNumericCellValue());
                assertThat(unmitigated.get("Total funding").getCell(t).getNumericCellValue())
                        .isEqualTo(mitigated.get("Total funding").getCell(t).getNumericCellValue());
                assertThat(unmitigated.get("Total savings").getCell(t).getNumericCellValue()).isZero();
                assertThat(unmitigated.get("Cumulative deficit at 31 March").getCell(t).getNumericCellValue())
                        .isGreaterThan(mitigated.get("Cumulative deficit at 31 March").getCell(t).getNumericCellValue());
            }
        }
    }

    @Test
    void planBlockIsTheCouncilsPlan() throws IOException {
        try (Workbook wb = write(ReportFixtures.shippedRun())) {
            Map<String, Row> plan = block(wb.getSheet("Financial summary"), "Plan: every input at its central value");
            // Schools Forum report of 2021, 2024/25: grant £81.96m, savings £19.73m, net cost £84.92m, deficit £29.2m.
            assertThat(plan.get("High Needs Block grant").getCell(4).getNumericCellValue()).isCloseTo(81.96, within(0.01));
            assertThat(plan.get("Total savings").getCell(4).getNumericCellValue()).isCloseTo(19.73, within(0.01));
            assertThat(plan.get("Net cost (gross cost less savings)").getCell(4).getNumericCellValue())
                    .isCloseTo(84.92, within(0.01));
            assertThat(plan.get("Cumulative deficit at 31 March").getCell(4).getNumericCellValue())
                    .isCloseTo(29.2, within(0.01));
            // The plan's lines by placement type and by workstream are filled and add up to their totals.
            for (int column = 1; column <= 4; column++) {
                int c = column;
                double types = java.util.stream.Stream.of("Mainstream top up", "Resourced provision", "Special school",
                        "Independent special", "Post 16", "Alternative provision")
                        .mapToDouble(l -> plan.get(l).getCell(c).getNumericCellValue()).sum();
                assertThat(types).isCloseTo(plan.get("Total gross cost").getCell(c).getNumericCellValue(), within(1e-6));
                double workstreams = java.util.stream.Stream.of("Inclusion", "Strategy and Commissioning",
                        "Right Place Right Time", "SENA Whole System Review", "Contracts and Commissioning",
                        "Sufficiency - new local specialist places", "Independent Provision Review")
                        .mapToDouble(l -> plan.get(l).getCell(c).getNumericCellValue()).sum();
                assertThat(workstreams).isCloseTo(plan.get("Total savings").getCell(c).getNumericCellValue(), within(1e-6));
            }
            assertThat(plan.get("Sufficiency - new local specialist places").getCell(4).getNumericCellValue())
                    .isCloseTo(6.43, within(1e-9));
        }
    }

    private Workbook write(SimulationResult result) throws IOException {
        RunOutputs.write(result, ReportFixtures.manifest(result, false), dir);
        try (InputStream in = Files.newInputStream(dir.resolve(WorkbookWriter.FILE))) {
            return new XSSFWorkbook(in);
        }
    }

    /** The rows of one block of the financial summary, by line label. */
    static Map<String, Row> block(Sheet sheet, String title) {
        Map<String, Row> rows = new HashMap<>();
        boolean inside = false;
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            String label = first == null ? "" : first.getStringCellValue();
            if (label.equals(title)) {
                inside = true;
                continue;
            }
            if (inside && (label.startsWith("Unmitigated") || label.startsWith("Mitigated") || label.startsWith("Plan"))) {
                break;
            }
            if (inside && !label.isEmpty()) {
                rows.put(label, row);
            }
        }
        assertThat(rows).as("block " + title).isNotEmpty();
        return rows;
    }

    @Test
    void assumptionsListEveryUncertainInputOfTheCatalogueWithItsSource() throws IOException {
        SimulationResult result = ReportFixtures.shippedRun();
        hnsim.scenario.Scenario base = result.scenarioFile().base();
        java.util.Set<String> expected = new java.util.TreeSet<>();
        for (hnsim.model.UncertainInput input : hnsim.model.InputCatalogue.of(base).inputs()) {
            boolean random = input.source() instanceof hnsim.model.UncertainInput.Yearly y
                    ? !y.isFixed()
                    : !((hnsim.model.UncertainInput.Event) input.source()).chance().isCertain();
            if (random) {
                expected.add(input.path());
            }
        }
        java.util.Set<String> listed = new java.util.TreeSet<>();
        java.util.List<String> unsourced = new java.util.ArrayList<>();
        try (Workbook wb = write(result)) {
            Sheet sheet = wb.getSheet("Assumptions");
            for (Row row : sheet) {
                Cell input = row.getCell(0);
                Cell source = row.getCell(4);
                if (input == null || source == null || row.getRowNum() < 2 || input.getStringCellValue().equals("Input")) {
                    continue;
                }
                listed.add(input.getStringCellValue());
                if (source.getStringCellValue().startsWith("not stated")) {
                    unsourced.add(input.getStringCellValue());
                }
            }
        }
        // The shipped 2021 file: flows' leaving rates, the programme's delays and the delivery
        // noise are inputs too, and every input carries its source label.
        assertThat(listed).isEqualTo(expected);
        assertThat(expected).contains("placements.special_school.leaving", "workstreams.sufficiency.delivery_noise")
                .anyMatch(path -> path.startsWith("programme."));
        assertThat(unsourced).isEmpty();
    }

    private static Map<String, Double> p50FromCsv(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        List<String> header = List.of(lines.get(0).split(","));
        int p50 = header.indexOf("p50");
        Map<String, Double> out = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            if (cells[0].equals("base")) {
                out.put(cells[1] + "|" + cells[2], Double.parseDouble(cells[p50]));
            }
        }
        return out;
    }
}
