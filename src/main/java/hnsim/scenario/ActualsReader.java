package hnsim.scenario;

import hnsim.dist.Unit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the {@code actuals:} block: reported outturns by metric and year, each with its
 * source. A metric is one the model reports, by the name used in percentiles.csv, including
 * {@code placements.<type>}, {@code gross_cost.<type>} and {@code savings.<workstream>} of the
 * file's own types and workstreams; a year is a modelled year. Money is read as money and
 * pupils as a count, with the units every other value of the file takes.
 */
final class ActualsReader {
    /** The totals every run reports (a test keeps this in step with the model's metrics). */
    static final List<String> METRICS = List.of("placements", "gross_cost", "savings", "net_cost", "funding",
            "transfer", "in_year_deficit", "cumulative_deficit", "hnb_grant", "other_income");

    private final Problems problems;

    ActualsReader(Problems problems) {
        this.problems = problems;
    }

    List<Actual> read(YamlNode node, Scenario base) {
        List<Actual> out = new ArrayList<>();
        if (node == null || node instanceof YamlNode.Scalar s && s.isNull()) {
            return out;
        }
        if (!(node instanceof YamlNode.Sequence seq)) {
            problems.error(node, "actuals", "expected a list of outturns, e.g. - {metric: cumulative_deficit, "
                    + "year: 2021/22, value: 24.3m, source: \"reported: ...\"}, found " + YamlNode.describe(node));
            return out;
        }
        ValueReader values = new ValueReader(problems, base.years());
        List<String> known = known(base);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < seq.items().size(); i++) {
            String path = "actuals[" + i + "]";
            ObjView view = ObjView.of(seq.items().get(i), ScenarioSchema.ACTUAL, path, problems);
            if (view == null || !view.has("metric") || !view.has("year") || !view.has("value") || !view.has("source")) {
                continue;
            }
            String metric = values.text(view.get("metric"), view.path("metric"));
            if (!known.contains(metric)) {
                String hint = Suggestions.closest(metric, known).map(s -> "; did you mean '" + s + "'?")
                        .orElse("; expected one of: " + String.join(", ", METRICS)
                                + ", or placements.<type>, gross_cost.<type>, savings.<workstream>");
                problems.error(view.get("metric"), view.path("metric"), "no metric '" + metric + "'" + hint);
                continue;
            }
            FinancialYear year = values.year(view.get("year"), view.path("year"));
            String source = values.text(view.get("source"), view.path("source"));
            Unit unit = metric.startsWith("placements") ? Unit.COUNT : Unit.MONEY;
            double value = values.quantity(view.get("value"), unit, view.path("value"));
            if (year == null || Double.isNaN(value) || source.isBlank()) {
                continue;
            }
            int index = year.startYear() - base.firstYear().startYear();
            if (index < 0 || index >= base.years()) {
                problems.error(view.get("year"), view.path("year"), "the year " + year + " is outside the modelled years "
                        + base.year(0) + " to " + base.year(base.years() - 1)
                        + "; an outturn before them is the opening position (opening_deficit)");
                continue;
            }
            if (!seen.add(metric + " " + year)) {
                problems.error(view.get("metric"), path, "another outturn of " + metric + " in " + year
                        + " is listed already; give one value per metric and year");
                continue;
            }
            out.add(new Actual(metric, year, index, value, source, view.get("value").location()));
        }
        return out;
    }

    /** The metric names an outturn may give in this scenario. */
    static List<String> known(Scenario base) {
        List<String> known = new ArrayList<>(METRICS);
        for (Placement p : base.placements()) {
            known.add("placements." + p.name());
            known.add("gross_cost." + p.name());
        }
        for (Workstream w : base.workstreams()) {
            known.add("savings." + WorkstreamIds.of(w.name()));
        }
        return known;
    }
}
