package hnsim.report.workbook;

import hnsim.backtest.ActualPosition;
import hnsim.stats.Percentiles;
import hnsim.stats.Summary;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;

/**
 * "Risk ranges": every metric of every option by year, its mean and percentiles (money in £m,
 * placements in pupils), the rows of percentiles.csv in a finance officer's units; then each
 * reported outturn with the percentile of the run it fell at.
 */
final class RiskRangesSheet {
    static final String NAME = "Risk ranges";

    private RiskRangesSheet() {
    }

    static void write(SheetBuilder sheet, WorkbookContent content) {
        sheet.title("Risk ranges: every metric by year, mean and percentiles (money in £m, placements in pupils)",
                content.result().scenarioFile().base().name());
        List<String> header = new ArrayList<>(List.of("Option", "Metric", "Year", "Mean"));
        for (int level : Percentiles.LEVELS) {
            header.add(Percentiles.column(level).toUpperCase(java.util.Locale.ROOT));
        }
        int headerRow = sheet.rowIndex();
        sheet.header(header.toArray(String[]::new));
        int first = sheet.rowIndex();
        for (Summary s : content.result().statistics().summaries()) {
            Row row = sheet.row();
            sheet.text(row, 0, s.option(), null);
            sheet.text(row, 1, s.metric(), null);
            sheet.text(row, 2, s.year(), null);
            boolean count = Tables.isCount(s.metric());
            value(sheet, row, 3, s.mean(), count);
            for (int i = 0; i < Percentiles.LEVELS.size(); i++) {
                value(sheet, row, 4 + i, s.percentiles().get(i), count);
            }
        }
        sheet.sheet().setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(headerRow, sheet.rowIndex() - 1, 0,
                header.size() - 1));
        if (first == sheet.rowIndex()) {
            sheet.skip();
        }
        actuals(sheet, content.actuals());
        int[] widths = new int[header.size()];
        widths[0] = 20;
        widths[1] = 30;
        widths[2] = 9;
        for (int c = 3; c < widths.length; c++) {
            widths[c] = 11;
        }
        sheet.finish(headerRow, 0, widths);
    }

    private static void value(SheetBuilder sheet, Row row, int column, double value, boolean count) {
        if (count) {
            sheet.number(row, column, value, sheet.styles().count);
        } else {
            sheet.money(row, column, value);
        }
    }

    /** Reported outturns against the run: each one's percentile (its probability integral transform). */
    private static void actuals(SheetBuilder sheet, List<ActualPosition> actuals) {
        if (actuals.isEmpty()) {
            return;
        }
        sheet.skip();
        sheet.text(sheet.row(), 0, "Reported outturns against the forecast (base option)", sheet.styles().title);
        sheet.note("Percentile: the share of trajectories below the outturn (0 to 100). A well calibrated"
                + " forecast puts 80% of outturns between its P10 and P90.", 11, 136);
        Row header = sheet.row();
        String[] labels = {"Metric", "Year", "Outturn", "Percentile", "Within P10-P90", "Within P5-P95", "P10",
                "P50", "P90", "Note", "Source"};
        for (int c = 0; c < labels.length; c++) {
            sheet.text(header, c, labels[c], sheet.styles().header);
        }
        for (ActualPosition a : actuals) {
            Row row = sheet.row();
            boolean count = Tables.isCount(a.actual().metric());
            sheet.text(row, 0, a.actual().metric(), null);
            sheet.text(row, 1, a.actual().year().toString(), null);
            value(sheet, row, 2, a.actual().value(), count);
            sheet.number(row, 3, a.percentile() / 100, sheet.styles().percent);
            sheet.text(row, 4, a.withinP10P90() ? "yes" : "no", null);
            sheet.text(row, 5, a.withinP5P95() ? "yes" : "no", null);
            value(sheet, row, 6, a.p10(), count);
            value(sheet, row, 7, a.p50(), count);
            value(sheet, row, 8, a.p90(), count);
            sheet.text(row, 9, a.outsideNote(), null);
            sheet.text(row, 10, a.actual().source(), null);
        }
    }
}
