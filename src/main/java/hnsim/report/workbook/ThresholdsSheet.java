package hnsim.report.workbook;

import hnsim.stats.Exceedance;
import hnsim.stats.FirstBreach;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;

/**
 * "Thresholds": the chance that the cumulative deficit exceeds each threshold, by option and
 * year; then when each is first crossed (the share of trajectories whose first breach falls in
 * each year, and the share that never cross within the horizon).
 */
final class ThresholdsSheet {
    static final String NAME = "Thresholds";

    private ThresholdsSheet() {
    }

    static void write(SheetBuilder sheet, WorkbookContent content) {
        List<String> years = content.years();
        sheet.title("Thresholds: P(cumulative deficit > threshold) by year", content.result().scenarioFile().base().name());
        List<String> header = new ArrayList<>(List.of("Option", "Threshold"));
        header.addAll(years);
        header.add("Never");
        int headerRow = sheet.rowIndex();
        sheet.header(header.toArray(String[]::new));
        List<Exceedance> exceedances = content.result().statistics().exceedances();
        List<FirstBreach> breaches = content.result().statistics().firstBreaches();
        for (FirstBreach b : breaches) {
            Row row = sheet.row();
            sheet.text(row, 0, b.option(), null);
            sheet.money(row, 1, b.thresholdGbp());
            for (int t = 0; t < years.size(); t++) {
                String year = years.get(t);
                exceedances.stream()
                        .filter(e -> e.option().equals(b.option()) && e.thresholdGbp() == b.thresholdGbp()
                                && e.year().equals(year))
                        .findFirst()
                        .ifPresent(e -> sheet.number(row, 2 + yearsIndex(years, year), e.probability(),
                                sheet.styles().percent));
            }
        }
        if (breaches.isEmpty()) {
            sheet.note("No thresholds: add thresholds: [50m, 99m] to the scenario or --threshold to the run.", 1, 24);
        } else {
            sheet.skip();
            sheet.text(sheet.row(), 0, "When the threshold is first crossed: share of trajectories by year",
                    sheet.styles().title);
            Row second = sheet.row();
            for (int c = 0; c < header.size(); c++) {
                sheet.text(second, c, header.get(c), sheet.styles().header);
            }
            for (FirstBreach b : breaches) {
                Row row = sheet.row();
                sheet.text(row, 0, b.option(), null);
                sheet.money(row, 1, b.thresholdGbp());
                for (int t = 0; t < years.size(); t++) {
                    sheet.number(row, 2 + t, b.share().get(t), sheet.styles().percent);
                }
                sheet.number(row, 2 + years.size(), b.neverShare(), sheet.styles().percent);
            }
        }
        int[] widths = new int[header.size()];
        widths[0] = 24;
        widths[1] = 12;
        for (int c = 2; c < widths.length; c++) {
            widths[c] = 10;
        }
        sheet.finish(headerRow, 0, widths);
    }

    private static int yearsIndex(List<String> years, String year) {
        return years.indexOf(year);
    }
}
