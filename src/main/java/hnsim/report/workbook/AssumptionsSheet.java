package hnsim.report.workbook;

import hnsim.dist.UncertainValue;
import hnsim.dist.Unit;
import hnsim.model.InputCatalogue;
import hnsim.model.UncertainInput;
import hnsim.scenario.Chance;
import hnsim.scenario.InputPaths;
import hnsim.scenario.Opening;
import hnsim.scenario.Scenario;
import hnsim.scenario.Workstream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;

/**
 * "Assumptions": every uncertain input of the base as its {@link InputCatalogue} declares it (the
 * catalogue the sampler, the deterministic path and the sensitivity analysis read, so no input
 * can be missing here), by the name a scenario file uses for it (as in a correlation block),
 * with its distribution, the value the plan takes and the source the file gives it; inputs that
 * differ by year get a row per year; yes/no events (approvals, slips, shocks, late openings)
 * give their probability.
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
        for (UncertainInput input : InputCatalogue.of(s).inputs()) {
            if (input.source() instanceof UncertainInput.Yearly yearly) {
                yearly(sheet, s, input.path(), yearly.byYear());
            } else if (input.source() instanceof UncertainInput.Event event) {
                String years = event.frequency() == UncertainInput.Frequency.ONCE ? "once" : "each year";
                chance(sheet, input.path(), years, event.chance(), what(s, input));
            }
        }
        sheet.finish(headerRow, 0, new int[] {44, 17, 46, 12, 50});
    }

    private static void yearly(SheetBuilder sheet, Scenario s, String path, List<UncertainValue> byYear) {
        if (byYear.stream().allMatch(UncertainValue::isFixed)) {
            return;
        }
        if (byYear.stream().distinct().count() == 1) {
            value(sheet, path, s.year(0) + " to " + s.year(s.years() - 1), byYear.get(0));
            return;
        }
        for (int t = 0; t < byYear.size(); t++) {
            if (!byYear.get(t).isFixed()) {
                value(sheet, path, s.year(t).toString(), byYear.get(t));
            }
        }
    }

    /** What an event does, in words: the catalogue's label, and the size of a shock, slip or delay. */
    private static String what(Scenario s, UncertainInput input) {
        if (input.path().equals(InputPaths.INFLATION_SHOCK)) {
            return "an inflation shock: adds " + Unit.RATE.format(s.inflation().shockSize())
                    + " to every type's inflation";
        }
        for (Workstream w : s.workstreams()) {
            if (input.path().equals(InputPaths.slip(w.id()))) {
                return input.label() + ", the whole profile " + years(w.slipYears()) + " late";
            }
        }
        for (Opening o : s.programme()) {
            if (input.stream().equals(o.streamName())) {
                return input.label() + ", " + years(o.delayYears()) + " late";
            }
        }
        return input.label();
    }

    private static String years(int n) {
        return n + " year" + (n == 1 ? "" : "s");
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
