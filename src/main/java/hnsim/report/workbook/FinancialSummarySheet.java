package hnsim.report.workbook;

import hnsim.stats.Unmitigated;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;

/**
 * "Financial summary": the DSG management plan's end-of-year position by year, in blocks of
 * the same lines: the plan (every input at its central value), then the unmitigated forecast
 * (no savings) and the mitigated one (after savings) at P50, P10 and P90. The unmitigated and
 * mitigated blocks come from the same trajectories, so their difference is the savings.
 */
final class FinancialSummarySheet {
    static final String NAME = "Financial summary";
    /** The percentile blocks, median first: the figure a plan would quote. */
    static final int[] LEVELS = {50, 10, 90};

    private FinancialSummarySheet() {
    }

    static void write(SheetBuilder sheet, WorkbookContent content) {
        Tables mitigated = new Tables(content.result().statistics().summaries());
        Tables unmitigated = new Tables(content.result().unmitigated());
        List<SummaryLine> lines = SummaryLine.of(mitigated,
                SummaryLine.workstreamNames(content.result().scenarioFile()));
        List<String> years = content.years();
        sheet.title("DSG management plan: financial summary, £m",
                content.result().scenarioFile().base().name());
        sheet.note("Cumulative deficit brought forward at 31 March " + content.result().scenarioFile().base().firstYear()
                .startYear() + ": £" + String.format(java.util.Locale.UK, "%,.2f",
                content.result().scenarioFile().base().openingDeficitGbp() / 1e6) + "m. "
                + "Each P10, P50 or P90 figure is that line's own percentile across "
                + String.format(java.util.Locale.UK, "%,d", content.result().trajectories())
                + " trajectories, so the lines of a percentile block need not add up; the plan's do.",
                years.size() + 1, 44 + 12 * years.size());
        sheet.skip();
        List<String> header = new ArrayList<>(List.of("Line"));
        header.addAll(years);
        int headerRow = sheet.rowIndex();
        sheet.header(header.toArray(String[]::new));
        PlanValues plan = new PlanValues(content.plans().get(content.base()));
        block(sheet, "Plan: every input at its central value", lines, years,
                (metric, t) -> plan.value(metric, t));
        if (content.deterministic()) {
            block(sheet, "Unmitigated plan (no savings), every input at its central value", lines, years,
                    (metric, t) -> unmitigated.value(Unmitigated.VARIANT, metric, years.get(t), 50));
        } else {
            for (int level : LEVELS) {
                block(sheet, "Unmitigated (no savings), " + name(level), lines, years,
                        (metric, t) -> unmitigated.value(Unmitigated.VARIANT, metric, years.get(t), level));
            }
            for (int level : LEVELS) {
                block(sheet, "Mitigated (after savings), " + name(level), lines, years,
                        (metric, t) -> mitigated.value(content.base(), metric, years.get(t), level));
            }
        }
        int[] widths = new int[years.size() + 1];
        widths[0] = 44;
        for (int c = 1; c < widths.length; c++) {
            widths[c] = 12;
        }
        sheet.finish(headerRow, 1, widths);
    }

    static String name(int level) {
        return level == 50 ? "P50 (median)" : "P" + level;
    }

    interface Cells {
        double value(String metric, int year);
    }

    private static void block(SheetBuilder sheet, String title, List<SummaryLine> lines, List<String> years,
                              Cells cells) {
        sheet.skip();
        sheet.text(sheet.row(), 0, title, sheet.styles().title);
        for (SummaryLine line : lines) {
            Row row = sheet.row();
            if (line.isHeading()) {
                sheet.text(row, 0, line.label(), sheet.styles().section);
                continue;
            }
            sheet.text(row, 0, line.label(), line.total() ? sheet.styles().section : null);
            for (int t = 0; t < years.size(); t++) {
                double pounds = cells.value(line.metric(), t);
                sheet.number(row, t + 1, pounds / 1e6, line.total() ? sheet.styles().millionsBold
                        : sheet.styles().millions);
            }
        }
    }
}
