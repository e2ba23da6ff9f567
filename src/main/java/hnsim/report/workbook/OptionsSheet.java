package hnsim.report.workbook;

import hnsim.stats.Summary;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;

/**
 * "Options": what each option changes against the base, year by year: the paired difference
 * (option minus base in the same trajectory, on common random numbers) of every metric the run
 * reports as {@code <metric>_vs_base}, its mean and P10, P50, P90 in £m; then the option's own
 * median and P90 cumulative deficit beside the base's.
 */
final class OptionsSheet {
    static final String NAME = "Options";
    private static final String SUFFIX = "_vs_base";

    private OptionsSheet() {
    }

    static void write(SheetBuilder sheet, WorkbookContent content) {
        sheet.title("Options: effect against the base, £m (option minus base in the same trajectory)",
                content.result().scenarioFile().base().name());
        int headerRow = sheet.rowIndex();
        sheet.header("Option", "Effect on", "Year", "Mean", "P10", "P50", "P90", "Option's P50", "Base's P50");
        Tables tables = new Tables(content.result().statistics().summaries());
        List<String> options = content.result().optionNames();
        boolean any = false;
        for (String option : options.subList(1, options.size())) {
            for (Summary s : content.result().statistics().summaries()) {
                if (!s.option().equals(option) || !s.metric().endsWith(SUFFIX)) {
                    continue;
                }
                String of = s.metric().substring(0, s.metric().length() - SUFFIX.length());
                Row row = sheet.row();
                sheet.text(row, 0, option, null);
                sheet.text(row, 1, of.replace('_', ' '), null);
                sheet.text(row, 2, s.year(), null);
                sheet.money(row, 3, s.mean());
                sheet.money(row, 4, s.percentile(10));
                sheet.money(row, 5, s.percentile(50));
                sheet.money(row, 6, s.percentile(90));
                sheet.money(row, 7, tables.value(option, of, s.year(), 50));
                sheet.money(row, 8, tables.value(content.base(), of, s.year(), 50));
                any = true;
            }
        }
        if (!any) {
            sheet.note("The scenario has no options besides the base.", 1, 26);
        }
        sheet.finish(headerRow, 0, new int[] {26, 20, 9, 11, 11, 11, 11, 13, 13});
    }
}
