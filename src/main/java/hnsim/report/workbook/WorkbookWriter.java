package hnsim.report.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes workbook.xlsx: seven sheets, the financial summary first (eight with a sensitivity study, before "Run"). */
public final class WorkbookWriter {
    public static final String FILE = "workbook.xlsx";

    private WorkbookWriter() {
    }

    public static void write(WorkbookContent content, Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Styles styles = new Styles(workbook);
            FinancialSummarySheet.write(new SheetBuilder(workbook, FinancialSummarySheet.NAME, styles), content);
            PlacementsSheet.write(new SheetBuilder(workbook, PlacementsSheet.NAME, styles), content);
            RiskRangesSheet.write(new SheetBuilder(workbook, RiskRangesSheet.NAME, styles), content);
            OptionsSheet.write(new SheetBuilder(workbook, OptionsSheet.NAME, styles), content);
            ThresholdsSheet.write(new SheetBuilder(workbook, ThresholdsSheet.NAME, styles), content);
            AssumptionsSheet.write(new SheetBuilder(workbook, AssumptionsSheet.NAME, styles), content);
            if (content.riskDriversOrNull() != null) {
                SensitivitySheet.write(new SheetBuilder(workbook, SensitivitySheet.NAME, styles), content,
                        content.riskDriversOrNull());
            }
            RunSheet.write(new SheetBuilder(workbook, RunSheet.NAME, styles), content);
            workbook.getProperties().getCoreProperties().setTitle(content.result().scenarioFile().base().name());
            workbook.getProperties().getCoreProperties().setCreator("hnsim");
            workbook.write(out);
        }
    }
}
