package hnsim.report.html;

import hnsim.dist.UncertainValue;
import hnsim.dist.Unit;
import hnsim.scenario.Chance;
import hnsim.scenario.GrowingAmount;
import hnsim.scenario.OtherIncome;
import hnsim.scenario.Placement;
import hnsim.scenario.Scenario;
import hnsim.scenario.Transfer;
import hnsim.scenario.Workstream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The inputs of a scenario in words, one row per assumption: what is certain, and for each
 * uncertain input its distribution and plan value. Rows have stable keys (section, subject,
 * aspect), so an option can be described by the rows where it differs from the base.
 */
final class Assumptions {
    /** One assumption: e.g. ("Placements", "special_school", "demand growth", "normal(...)"). */
    record Row(String section, String subject, String aspect, String value) {
        String key() {
            return section + "\u0000" + subject + "\u0000" + aspect;
        }
    }

    /** A row the option changes, adds ({@code base} null) or removes ({@code option} null). */
    record Change(String section, String subject, String aspect, String base, String option) {
    }

    private Assumptions() {
    }

    static List<Row> of(Scenario s) {
        List<Row> rows = new ArrayList<>();
        String general = "General";
        rows.add(new Row(general, "Years modelled", "",
                s.year(0) + " to " + s.year(s.years() - 1) + " (" + s.years() + " years)"));
        rows.add(new Row(general, "Cumulative deficit brought forward", "",
                Unit.MONEY.format(s.openingDeficitGbp()) + " at 31 March " + s.firstYear().startYear()));
        rows.add(new Row(general, "Thresholds reported", "",
                s.thresholdsGbp().isEmpty() ? "none" : join(s.thresholdsGbp().stream().map(Unit.MONEY::format).toList())));
        String base = s.year(-1).toString();
        for (Placement p : s.placements()) {
            String section = "Placements (pupils and unit costs in " + base + ")";
            rows.add(new Row(section, p.name(), "pupils", Unit.COUNT.format(p.baseCount())));
            rows.add(new Row(section, p.name(), "unit cost", Unit.MONEY.format(p.baseUnitCostGbp()) + " a year"));
            rows.add(new Row(section, p.name(), "demand growth a year", perYear(s, p.growth())));
            rows.add(new Row(section, p.name(), "persistence of growth shocks (AR(1))",
                    Unit.NUMBER.format(p.persistence())));
            rows.add(new Row(section, p.name(), "unit-cost inflation",
                    p.followsGeneralInflation() ? "general inflation" : perYear(s, p.inflation())));
            if (p.capacityPupils() != null) {
                rows.add(new Row(section, p.name(), "capacity (places)",
                        perYearNumbers(s, p.capacityPupils(), Unit.COUNT)
                                + (p.overflow() == null ? "" : "; demand above it goes to " + p.overflow())));
            }
        }
        String inflation = "Inflation";
        rows.add(new Row(inflation, "General unit-cost inflation", "", perYear(s, s.inflation().rate())));
        rows.add(new Row(inflation, "Inflation shock", "", chance(s.inflation().shock()) + " a year, adding "
                + Unit.RATE.format(s.inflation().shockSize()) + " to every type's inflation"));
        String funding = "Funding";
        growing(rows, funding, "High Needs Block grant", s, s.funding().hnbGrant());
        growing(rows, funding, "Schools Block (source of transfers)", s, s.funding().schoolsBlock());
        for (OtherIncome income : s.funding().otherIncome()) {
            rows.add(new Row(funding, income.name(), "amount", perYear(s, income.amountGbp())));
        }
        for (Transfer t : s.transfers()) {
            String amount = Double.isNaN(t.rate()) ? Unit.MONEY.format(t.amountGbp())
                    : Unit.RATE.format(t.rate()) + " of the Schools Block";
            rows.add(new Row("Schools-block transfers", "Transfer in " + s.year(t.yearIndex()), "",
                    amount + "; approved with probability " + chance(t.approval())));
        }
        for (Workstream w : s.workstreams()) {
            String section = "Savings workstreams";
            rows.add(new Row(section, w.name(), "target saving",
                    perYearNumbers(s, w.targetGbp(), Unit.MONEY)));
            rows.add(new Row(section, w.name(), "share of target delivered", perYear(s, w.delivery())));
            rows.add(new Row(section, w.name(), "slip", chance(w.slip()) + " chance the whole profile is "
                    + w.slipYears() + " year" + (w.slipYears() == 1 ? "" : "s") + " late"));
        }
        return rows;
    }

    /** The rows where {@code option} differs from {@code base}, in the option's order, then removals. */
    static List<Change> differences(Scenario base, Scenario option) {
        Map<String, Row> baseRows = index(of(base));
        Map<String, Row> optionRows = index(of(option));
        List<Change> changes = new ArrayList<>();
        for (Row row : optionRows.values()) {
            Row before = baseRows.get(row.key());
            if (before == null || !before.value().equals(row.value())) {
                changes.add(new Change(row.section(), row.subject(), row.aspect(),
                        before == null ? null : before.value(), row.value()));
            }
        }
        for (Row row : baseRows.values()) {
            if (!optionRows.containsKey(row.key())) {
                changes.add(new Change(row.section(), row.subject(), row.aspect(), row.value(), null));
            }
        }
        return changes;
    }

    /** "A chance of 20%", with the plan's assumption when it differs: "20% (plan 0%)". */
    static String chance(Chance c) {
        String p = Unit.PROBABILITY.format(c.probability());
        return c.plan() == c.probability() ? p : p + " (plan " + Unit.PROBABILITY.format(c.plan()) + ")";
    }

    /** One description when every year has the same input, else one per year. */
    static String perYear(Scenario s, List<UncertainValue> values) {
        List<String> texts = values.stream().map(UncertainValue::describe).toList();
        if (texts.stream().distinct().count() == 1) {
            return texts.get(0) + (texts.size() > 1 ? ", each year" : "");
        }
        List<String> parts = new ArrayList<>();
        for (int t = 0; t < texts.size(); t++) {
            parts.add(s.year(t) + ": " + texts.get(t));
        }
        return String.join("; ", parts);
    }

    private static String perYearNumbers(Scenario s, List<Double> values, Unit unit) {
        if (values.stream().distinct().count() == 1) {
            return unit.format(values.get(0)) + " each year";
        }
        List<String> parts = values.stream().map(unit::format).toList();
        return join(parts) + " (" + s.year(0) + " to " + s.year(values.size() - 1) + ")";
    }

    private static void growing(List<Row> rows, String section, String subject, Scenario s, GrowingAmount amount) {
        rows.add(new Row(section, subject, "in " + s.year(-1), Unit.MONEY.format(amount.baseGbp())));
        rows.add(new Row(section, subject, "growth a year", perYear(s, amount.growth())));
    }

    private static Map<String, Row> index(List<Row> rows) {
        Map<String, Row> map = new LinkedHashMap<>();
        for (Row r : rows) {
            map.putIfAbsent(r.key(), r);
        }
        return map;
    }

    private static String join(List<String> parts) {
        return String.join(", ", parts.stream().map(Objects::toString).toList());
    }
}
