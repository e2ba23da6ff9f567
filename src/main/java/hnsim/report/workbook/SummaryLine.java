package hnsim.report.workbook;

import hnsim.model.MetricLayout;
import hnsim.scenario.Scenario;
import hnsim.scenario.ScenarioFile;
import hnsim.scenario.Workstream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A line of the financial summary: its label and the metric it shows, or a section heading
 * (metric null). Totals are bold, as in the DSG management plan template.
 */
record SummaryLine(String label, String metric, boolean total) {
    static SummaryLine heading(String label) {
        return new SummaryLine(label, null, false);
    }

    boolean isHeading() {
        return metric == null;
    }

    /**
     * The lines of the DSG management plan's financial summary that the run can fill: funding
     * (the grant, transfers, other income and grants, the total), gross cost by placement type,
     * savings by workstream, net cost and the deficits. Lines by type and workstream appear when
     * the run reports metrics of those names.
     */
    static List<SummaryLine> of(Tables tables) {
        return of(tables, Map.of());
    }

    /** As {@link #of(Tables)}, with the labels of some metrics given (a workstream's name for its savings). */
    static List<SummaryLine> of(Tables tables, Map<String, String> labels) {
        List<SummaryLine> lines = new ArrayList<>();
        lines.add(heading("Funding"));
        add(lines, tables, "High Needs Block grant", "hnb_grant", false);
        add(lines, tables, "Schools-block transfers", "transfer", false);
        add(lines, tables, "Safety Valve", "safety_valve_income", false);
        add(lines, tables, "Other grants", "grant_income", false);
        List<String> otherParts = tables.parts("other_income");
        if (otherParts.isEmpty()) {
            add(lines, tables, "Other income", "other_income", false);
        }
        for (String part : otherParts) {
            add(lines, tables, "Other income: " + label(part), part, false);
        }
        add(lines, tables, "Total funding", "funding", true);
        lines.add(heading("Gross cost by placement type"));
        for (String part : tables.parts("gross_cost")) {
            add(lines, tables, label(part), part, false);
        }
        add(lines, tables, "Total gross cost", "gross_cost", true);
        lines.add(heading("Savings by workstream"));
        for (String part : tables.parts("savings")) {
            add(lines, tables, labels.getOrDefault(part, label(part)), part, false);
        }
        add(lines, tables, "Total savings", "savings", true);
        lines.add(heading("Position"));
        add(lines, tables, "Net cost (gross cost less savings)", "net_cost", true);
        add(lines, tables, "In-year deficit (net cost less funding)", "in_year_deficit", true);
        add(lines, tables, "Written off", "written_off", false);
        add(lines, tables, "Cumulative deficit at 31 March", "cumulative_deficit", true);
        add(lines, tables, "Met from the general fund", "general_fund_exposure", false);
        return lines;
    }

    private static void add(List<SummaryLine> lines, Tables tables, String label, String metric, boolean total) {
        if (tables.has(metric)) {
            lines.add(new SummaryLine(label, metric, total));
        }
    }

    /** Each workstream's savings metric labelled with the workstream's name, from the base and the options. */
    static Map<String, String> workstreamNames(ScenarioFile file) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Scenario s : file.allOptions().values()) {
            for (Workstream w : s.workstreams()) {
                out.putIfAbsent(MetricLayout.savings(w.id()), w.name());
            }
        }
        return out;
    }

    /** {@code gross_cost.independent_special} reads "Independent special". */
    static String label(String metric) {
        String part = metric.substring(metric.indexOf('.') + 1).replace('_', ' ');
        return part.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1);
    }
}
