package hnsim.report.workbook;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;

/**
 * "Children and young people": placements by type and year, as the management plan's summary
 * of children and young people: the plan, then P10, P50 and P90 of the run. By type when the
 * run reports {@code placements.<type>}, with the total always.
 */
final class PlacementsSheet {
    static final String NAME = "Children and young people";

    private PlacementsSheet() {
    }

    static void write(SheetBuilder sheet, WorkbookContent content) {
        Tables tables = new Tables(content.result().statistics().summaries());
        List<String> years = content.years();
        sheet.title("Children and young people: placements by type, pupils",
                content.result().scenarioFile().base().name());
        List<String> header = new ArrayList<>(List.of("Placement type", "Measure"));
        header.addAll(years);
        int headerRow = sheet.rowIndex();
        sheet.header(header.toArray(String[]::new));
        PlanValues plan = new PlanValues(content.plans().get(content.base()));
        List<String> metrics = new ArrayList<>(tables.parts("placements"));
        metrics.add("placements");
        for (String metric : metrics) {
            String label = metric.equals("placements") ? "All placements" : SummaryLine.label(metric);
            row(sheet, label, "Plan", years, t -> plan.value(metric, t), metric.equals("placements"));
            if (content.deterministic()) {
                continue;
            }
            for (int level : new int[] {10, 50, 90}) {
                row(sheet, label, FinancialSummarySheet.name(level), years,
                        t -> tables.value(content.base(), metric, years.get(t), level), metric.equals("placements"));
            }
        }
        int[] widths = new int[years.size() + 2];
        widths[0] = 30;
        widths[1] = 14;
        for (int c = 2; c < widths.length; c++) {
            widths[c] = 11;
        }
        sheet.finish(headerRow, 2, widths);
    }

    interface ByYear {
        double value(int year);
    }

    private static void row(SheetBuilder sheet, String label, String measure, List<String> years, ByYear values,
                            boolean total) {
        Row row = sheet.row();
        sheet.text(row, 0, label, total ? sheet.styles().section : null);
        sheet.text(row, 1, measure, null);
        for (int t = 0; t < years.size(); t++) {
            sheet.number(row, t + 2, values.value(t), sheet.styles().count);
        }
    }
}
