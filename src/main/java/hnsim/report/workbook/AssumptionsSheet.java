package hnsim.report.workbook;

import hnsim.dist.UncertainValue;
import hnsim.dist.Unit;
import hnsim.scenario.Chance;
import hnsim.scenario.InputPaths;
import hnsim.scenario.Scenario;
import hnsim.scenario.Transfer;
import hnsim.scenario.Workstream;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;

/**
 * "Assumptions": every uncertain input of the base, by the name a scenario file uses for it
 * (as in a correlation block), with its distribution, the value the plan takes and the source
 * the file gives it; inputs that differ by year get a row per year. Then the events: transfer
 * approvals, workstream slips and the inflation shock.
 */
final class AssumptionsSheet {
    static final String NAME = "Assumptions";
    private static final String NO_SOURCE = "not stated in the scenario file";

    private AssumptionsSheet() {
    }

    static void write(SheetBuilder sheet, WorkbookContent content) {
        Scenario s = content.result().scenarioFile().base();
        sheet.title("Assumptions: every uncertain input of the base", s.name());
        int headerRow = sheet.rowIndex();
        sheet.header("Input", "Years", "Distribution", "Plan value", "Source");
        Map<String, List<UncertainValue>> inputs = InputPaths.yearly(s.placements(), s.inflation(), s.funding(),
                s.workstreams());
        for (Map.Entry<String, List<UncertainValue>> e : inputs.entrySet()) {
            List<UncertainValue> byYear = e.getValue();
            if (byYear.stream().allMatch(UncertainValue::isFixed)) {
                continue;
            }
            if (byYear.stream().distinct().count() == 1) {
                value(sheet, e.getKey(), s.year(0) + " to " + s.year(s.years() - 1), byYear.get(0));
            } else {
                for (int t = 0; t < byYear.size(); t++) {
                    if (!byYear.get(t).isFixed()) {
                        value(sheet, e.getKey(), s.year(t).toString(), byYear.get(t));
                    }
                }
            }
        }
        if (!s.inflation().shock().isCertain() || s.inflation().shock().probability() > 0) {
            chance(sheet, "inflation.shock", "each year", s.inflation().shock(),
                    "adds " + Unit.RATE.format(s.inflation().shockSize()) + " to every type's inflation");
        }
        for (int k = 0; k < s.transfers().size(); k++) {
            Transfer t = s.transfers().get(k);
            chance(sheet, "transfers[" + k + "].approval", s.year(t.yearIndex()).toString(), t.approval(),
                    "approval of the transfer");
        }
        for (Workstream w : s.workstreams()) {
            chance(sheet, InputPaths.slip(w.id()), "once", w.slip(), "the whole profile "
                    + w.slipYears() + " year" + (w.slipYears() == 1 ? "" : "s") + " late");
        }
        sheet.finish(headerRow, 0, new int[] {44, 17, 46, 12, 50});
    }

    private static void value(SheetBuilder sheet, String input, String years, UncertainValue v) {
        Row row = sheet.row();
        sheet.text(row, 0, input, sheet.styles().text);
        sheet.text(row, 1, years, null);
        sheet.text(row, 2, v.distribution().describe(v.unit()), sheet.styles().text);
        switch (v.unit()) {
            case MONEY -> sheet.money(row, 3, v.central());
            case RATE, PROBABILITY -> sheet.number(row, 3, v.central(), sheet.styles().percent);
            case COUNT -> sheet.number(row, 3, v.central(), sheet.styles().count);
            case NUMBER -> sheet.number(row, 3, v.central(), sheet.styles().number);
        }
        sheet.text(row, 4, v.source() == null ? NO_SOURCE : v.source(), sheet.styles().text);
    }

    private static void chance(SheetBuilder sheet, String input, String years, Chance c, String what) {
        if (c.isCertain()) {
            return;
        }
        Row row = sheet.row();
        sheet.text(row, 0, input, sheet.styles().text);
        sheet.text(row, 1, years, null);
        sheet.text(row, 2, "probability " + Unit.PROBABILITY.format(c.probability()) + ": " + what,
                sheet.styles().text);
        sheet.number(row, 3, c.plan(), sheet.styles().percent);
        sheet.text(row, 4, c.source() == null ? NO_SOURCE : c.source(), sheet.styles().text);
    }
}
