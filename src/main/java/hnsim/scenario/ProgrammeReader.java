package hnsim.scenario;

import hnsim.dist.Unit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads the {@code programme} list: places opening by type, year and term, each with its delay risk. */
final class ProgrammeReader {
    private final Problems problems;
    private final ValueReader values;
    private final FinancialYear firstYear;

    ProgrammeReader(Problems problems, ValueReader values, FinancialYear firstYear) {
        this.problems = problems;
        this.values = values;
        this.firstYear = firstYear;
    }

    List<Opening> read(YamlNode node, List<Placement> placements) {
        List<Opening> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        Set<String> names = new HashSet<>();
        new ScenarioReader(problems).forEachItem(node, "programme", (item, path) -> {
            ObjView view = ObjView.of(item, ScenarioSchema.OPENING, path, problems);
            if (view == null || !view.has("name") || !view.has("type") || !view.has("places") || !view.has("year")) {
                return;
            }
            String name = values.text(view.get("name"), view.path("name"));
            if (!names.add(name)) {
                problems.error(view.get("name"), view.path("name"), "another opening is already called '" + name
                        + "'; give each its own name");
            }
            String type = values.text(view.get("type"), view.path("type"));
            Placement placement = placements.stream().filter(p -> p.name().equals(type)).findFirst().orElse(null);
            if (placement == null) {
                String hint = Suggestions.closest(type, placements.stream().map(Placement::name).toList())
                        .map(s -> "; did you mean '" + s + "'?").orElse("");
                problems.error(view.get("type"), view.path("type"), "no placement type is called '" + type + "'" + hint);
            } else if (placement.capacityPupils() == null) {
                problems.error(view.get("type"), view.path("type"), "the type '" + type + "' has no capacity; give it "
                        + "its places before the programme (capacity:) and an overflow type");
            }
            double places = values.nonNegative(view.get("places"), Unit.COUNT, view.path("places"));
            int year = yearIndex(view.get("year"), view.path("year"));
            Term term = Term.AUTUMN;
            if (view.has("term")) {
                String t = values.text(view.get("term"), view.path("term")).toLowerCase(Locale.ROOT);
                try {
                    term = Term.valueOf(t.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    problems.error(view.get("term"), view.path("term"), "expected autumn, spring or summer, got '" + t + "'");
                }
            }
            Chance delay = Chance.of(0);
            int delayYears = 1;
            if (view.has("delay")) {
                ObjView d = ObjView.of(view.get("delay"), ScenarioSchema.DELAY, view.path("delay"), problems);
                if (d != null && d.has("probability")) {
                    delay = values.chance(d.get("probability"), d.path("probability"));
                    if (d.has("years")) {
                        double k = values.quantity(d.get("years"), Unit.COUNT, d.path("years"));
                        if (!Double.isNaN(k) && (k < 1 || k > values.years())) {
                            problems.error(d.get("years"), d.path("years"), "a delay must be 1 to " + values.years()
                                    + " years, got " + (long) k);
                        }
                        delayYears = Double.isNaN(k) ? 1 : (int) Math.max(1, Math.min(k, values.years()));
                    }
                }
            }
            if (year >= 0 && !Double.isNaN(places)) {
                out.add(new Opening(name, type, places, year, term.firstYearShare(), delay, delayYears,
                        "programme/" + name + "/delay"));
            }
        });
        return out;
    }

    private int yearIndex(YamlNode node, String path) {
        return RuleReader.yearIndex(node, path, values, firstYear, problems);
    }
}
