package hnsim.scenario;

import hnsim.dist.Unit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads the {@code rules} list. Each item is a mapping with exactly one key naming the kind of
 * rule ({@code conditional_transfer}, {@code safety_valve}, {@code grant}, {@code override_end},
 * {@code write_off}); every year, metric, amount and probability is checked with its location.
 */
final class RuleReader {
    private final Problems problems;
    private final ValueReader values;
    private final FinancialYear firstYear;

    RuleReader(Problems problems, ValueReader values, FinancialYear firstYear) {
        this.problems = problems;
        this.values = values;
        this.firstYear = firstYear;
    }

    Rules read(YamlNode node) {
        if (node == null) {
            return Rules.NONE;
        }
        List<Rule> out = new ArrayList<>();
        int[] conditional = {0};
        new ScenarioReader(problems).forEachItem(node, "rules", (item, path) -> {
            ObjView view = ObjView.of(item, ScenarioSchema.RULE, path, problems);
            if (view == null) {
                return;
            }
            if (view.node().entries().size() != 1) {
                problems.error(item, path, "a rule is a mapping with exactly one key, the kind of rule: one of "
                        + String.join(", ", ScenarioSchema.RULE.fields().keySet()));
                return;
            }
            Rule rule = null;
            if (view.has("conditional_transfer")) {
                rule = conditionalTransfer(view.get("conditional_transfer"), view.path("conditional_transfer"),
                        conditional[0]++);
            } else if (view.has("safety_valve")) {
                rule = safetyValve(view.get("safety_valve"), view.path("safety_valve"));
            } else if (view.has("grant")) {
                rule = grant(view.get("grant"), view.path("grant"));
            } else if (view.has("override_end")) {
                rule = overrideEnd(view.get("override_end"), view.path("override_end"));
            } else if (view.has("write_off")) {
                rule = writeOff(view.get("write_off"), view.path("write_off"));
            }
            if (rule != null) {
                out.add(rule);
            }
        });
        long agreements = out.stream().filter(r -> r instanceof Rule.SafetyValve).count();
        if (agreements > 1) {
            problems.error(node, "rules", "a scenario may have one safety_valve agreement, found " + agreements);
        }
        if (agreements == 0 && out.stream().anyMatch(r -> r instanceof Rule.WriteOff w && w.ifSafetyValveKept())) {
            problems.error(node, "rules", "a write-off with if_safety_valve_kept: true needs a safety_valve rule");
        }
        return new Rules(out);
    }

    private Rule conditionalTransfer(YamlNode node, String path, int occurrence) {
        ObjView v = ObjView.of(node, ScenarioSchema.CONDITIONAL_TRANSFER, path, problems);
        if (v == null || !v.has("when") || !v.has("above") || !v.has("rate") || !v.has("forum_approval")) {
            return null;
        }
        String metric = values.text(v.get("when"), v.path("when"));
        if (!Rule.ConditionalTransfer.METRICS.contains(metric)) {
            String hint = Suggestions.closest(metric, Rule.ConditionalTransfer.METRICS)
                    .map(s -> "; did you mean '" + s + "'?").orElse("");
            problems.error(v.get("when"), v.path("when"), "unknown metric '" + metric + "': a transfer rule looks at "
                    + String.join(" or ", Rule.ConditionalTransfer.METRICS) + hint);
        }
        double above = values.quantity(v.get("above"), Unit.MONEY, v.path("above"));
        double rate = values.quantity(v.get("rate"), Unit.RATE, v.path("rate"));
        if (!Double.isNaN(rate) && (rate <= 0 || rate > 0.1)) {
            problems.error(v.get("rate"), v.path("rate"), "a transfer rate must be above 0% and at most 10%, got "
                    + Unit.RATE.format(rate));
        }
        int from = v.has("from") ? yearIndex(v.get("from"), v.path("from"), values, firstYear, problems) : 1;
        if (v.has("from") && from == 0) {
            problems.error(v.get("from"), v.path("from"), "a transfer is requested on the previous year's figures, "
                    + "so it can be paid from the second modelled year, " + firstYear.plus(1) + ", at the earliest");
        }
        Chance forum = values.chance(v.get("forum_approval"), v.path("forum_approval"));
        Chance minister = v.has("secretary_of_state") ? values.chance(v.get("secretary_of_state"),
                v.path("secretary_of_state")) : null;
        double limit = v.has("forum_limit") ? values.nonNegative(v.get("forum_limit"), Unit.RATE, v.path("forum_limit"))
                : Double.NaN;
        if (!Double.isNaN(limit) && !Double.isNaN(rate) && rate > limit && minister == null) {
            problems.error(v.get("forum_limit"), v.path("forum_limit"), "the rate " + Unit.RATE.format(rate)
                    + " is above the Forum's limit, so only the Secretary of State can approve it; add "
                    + "secretary_of_state: <probability>");
        }
        if (Double.isNaN(above) || Double.isNaN(rate) || from < 0) {
            return null;
        }
        return new Rule.ConditionalTransfer(metric, above, rate, from, forum, minister, limit,
                "rule/conditional_transfer/" + occurrence);
    }

    private Rule safetyValve(YamlNode node, String path) {
        ObjView v = ObjView.of(node, ScenarioSchema.SAFETY_VALVE, path, problems);
        if (v == null || !v.has("from") || !v.has("path") || !v.has("payments")) {
            return null;
        }
        int from = yearIndex(v.get("from"), v.path("from"), values, firstYear, problems);
        if (from < 0) {
            return null;
        }
        int length = values.years() - from;
        List<Double> agreed = amounts(v.get("path"), v.path("path"), length, false);
        List<Double> payments = amounts(v.get("payments"), v.path("payments"), length, true);
        boolean rest = false;
        if (v.has("missed")) {
            String missed = values.text(v.get("missed"), v.path("missed"));
            if (!missed.equals("withhold_year") && !missed.equals("withhold_rest")) {
                problems.error(v.get("missed"), v.path("missed"), "expected withhold_year (a missed year loses its "
                        + "own payment) or withhold_rest (and every later one), got '" + missed + "'");
            }
            rest = missed.equals("withhold_rest");
        }
        return agreed == null || payments == null ? null : new Rule.SafetyValve(from, agreed, payments, rest);
    }

    /** One amount for every year of the agreement, or a list of exactly one per year of it. */
    private List<Double> amounts(YamlNode node, String path, int length, boolean nonNegative) {
        List<YamlNode> items = node instanceof YamlNode.Sequence seq ? seq.items() : Collections.nCopies(length, node);
        if (items.size() != length) {
            problems.error(node, path, "expected one amount per year of the agreement (" + length + ", from "
                    + firstYear.plus(values.years() - length) + " to " + firstYear.plus(values.years() - 1)
                    + "), found " + items.size());
            return null;
        }
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String p = node instanceof YamlNode.Sequence ? path + "[" + i + "]" : path;
            double a = nonNegative ? values.nonNegative(items.get(i), Unit.MONEY, p)
                    : values.quantity(items.get(i), Unit.MONEY, p);
            if (Double.isNaN(a)) {
                return null;
            }
            out.add(a);
        }
        return out;
    }

    private Rule grant(YamlNode node, String path) {
        ObjView v = ObjView.of(node, ScenarioSchema.GRANT, path, problems);
        if (v == null || !v.has("name") || !v.has("amount")) {
            return null;
        }
        String name = values.text(v.get("name"), v.path("name"));
        double amount = values.nonNegative(v.get("amount"), Unit.MONEY, v.path("amount"));
        int given = (v.has("year") ? 1 : 0) + (v.has("years") ? 1 : 0) + (v.has("every_year") ? 1 : 0);
        if (given != 1) {
            problems.error(node, path, "give exactly one of year, years or every_year");
            return null;
        }
        List<Integer> years = new ArrayList<>();
        if (v.has("every_year")) {
            if (values.flag(v.get("every_year"), v.path("every_year"))) {
                for (int t = 0; t < values.years(); t++) {
                    years.add(t);
                }
            }
        } else if (v.has("year")) {
            years.add(yearIndex(v.get("year"), v.path("year"), values, firstYear, problems));
        } else if (v.get("years") instanceof YamlNode.Sequence seq) {
            for (int i = 0; i < seq.items().size(); i++) {
                years.add(yearIndex(seq.items().get(i), v.path("years") + "[" + i + "]", values, firstYear, problems));
            }
        } else {
            problems.error(v.get("years"), v.path("years"), "expected a list of years such as [2022/23, 2023/24]");
        }
        if (Double.isNaN(amount) || years.contains(-1)) {
            return null;
        }
        return new Rule.Grant(name, amount, years);
    }

    private Rule overrideEnd(YamlNode node, String path) {
        ObjView v = ObjView.of(node, ScenarioSchema.OVERRIDE_END, path, problems);
        if (v == null || !v.has("from")) {
            return null;
        }
        int from = yearIndex(v.get("from"), v.path("from"), values, firstYear, problems);
        return from < 0 ? null : new Rule.OverrideEnd(from);
    }

    private Rule writeOff(YamlNode node, String path) {
        ObjView v = ObjView.of(node, ScenarioSchema.WRITE_OFF, path, problems);
        if (v == null || !v.has("year") || !v.has("share")) {
            return null;
        }
        int year = yearIndex(v.get("year"), v.path("year"), values, firstYear, problems);
        double share = values.quantity(v.get("share"), Unit.PROBABILITY, v.path("share"));
        boolean ifKept = v.has("if_safety_valve_kept") && values.flag(v.get("if_safety_valve_kept"),
                v.path("if_safety_valve_kept"));
        return year < 0 || Double.isNaN(share) ? null : new Rule.WriteOff(year, share, ifKept);
    }

    /** The index of a modelled year, or -1 (reported) for a year outside the horizon. */
    static int yearIndex(YamlNode node, String path, ValueReader values, FinancialYear firstYear, Problems problems) {
        FinancialYear y = values.year(node, path);
        if (y == null) {
            return -1;
        }
        int index = y.startYear() - firstYear.startYear();
        if (index < 0 || index >= values.years()) {
            problems.error(node, path, "the year " + y + " is outside the modelled years " + firstYear + " to "
                    + firstYear.plus(values.years() - 1));
            return -1;
        }
        return index;
    }
}
