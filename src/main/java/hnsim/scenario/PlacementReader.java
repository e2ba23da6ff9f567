package hnsim.scenario;

import hnsim.dist.UncertainValue;
import hnsim.dist.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the {@code placements} mapping and checks that capacities overflow somewhere sensible. */
final class PlacementReader {
    private final Problems problems;
    private final ValueReader values;

    PlacementReader(Problems problems, ValueReader values) {
        this.problems = problems;
        this.values = values;
    }

    List<Placement> read(YamlNode node, double defaultPersistence) {
        if (!(node instanceof YamlNode.Mapping mapping) || mapping.entries().isEmpty()) {
            problems.error(node, "placements", "expected a mapping of provision types, e.g. special_school: {count: 1300, unit_cost: 22k}");
            return List.of();
        }
        List<Placement> out = new ArrayList<>();
        List<YamlNode> overflowNodes = new ArrayList<>();
        for (Map.Entry<String, YamlNode.Entry> e : mapping.entries().entrySet()) {
            String path = "placements." + e.getKey();
            String bidi = BidiControls.problem(e.getKey(), "the placement type's name");
            if (bidi != null) {
                problems.error(e.getValue().keyLocation(), "placements." + BidiControls.visible(e.getKey()), bidi);
            }
            ObjView view = ObjView.of(e.getValue().value(), ScenarioSchema.PLACEMENT, path, problems);
            if (view == null || !view.has("count") || !view.has("unit_cost")) {
                continue;
            }
            double count = values.quantity(view.get("count"), Unit.COUNT, view.path("count"));
            double unitCost = values.nonNegative(view.get("unit_cost"), Unit.MONEY, view.path("unit_cost"));
            List<UncertainValue> growth = values.growthPerYear(view.get("growth"), view.path("growth"));
            List<UncertainValue> inflation = view.has("inflation")
                    ? values.growthPerYear(view.get("inflation"), view.path("inflation")) : null;
            List<Double> capacity = view.has("capacity") ? values.perYear(view.get("capacity"), view.path("capacity"), 0.0,
                    (n, p) -> {
                        double v = values.quantity(n, Unit.COUNT, p);
                        return Double.isNaN(v) ? 0.0 : v;
                    }) : null;
            String overflow = view.has("overflow") ? values.text(view.get("overflow"), view.path("overflow")) : null;
            if (capacity != null && overflow == null) {
                problems.error(view.get("capacity"), view.path("capacity"),
                        "a capacity needs an 'overflow' type to take the demand above it");
            }
            if (overflow != null && capacity == null) {
                problems.error(view.get("overflow"), view.path("overflow"), "'overflow' needs a 'capacity'");
            }
            double rho = view.has("persistence")
                    ? ScenarioReader.persistence(view.get("persistence"), view.path("persistence"), values)
                    : defaultPersistence;
            out.add(new Placement(e.getKey(), Double.isNaN(count) ? 0 : count, Double.isNaN(unitCost) ? 0 : unitCost,
                    growth, inflation, capacity, overflow, rho));
            overflowNodes.add(view.get("overflow"));
        }
        checkOverflows(out, overflowNodes, mapping.entries().keySet());
        return out;
    }

    /** {@code declared}: every type named in the file, including those with errors of their own. */
    private void checkOverflows(List<Placement> placements, List<YamlNode> nodes, java.util.Set<String> declared) {
        for (int i = 0; i < placements.size(); i++) {
            Placement p = placements.get(i);
            if (p.overflow() == null) {
                continue;
            }
            String path = "placements." + p.name() + ".overflow";
            Placement target = placements.stream().filter(q -> q.name().equals(p.overflow())).findFirst().orElse(null);
            if (target == null && declared.contains(p.overflow())) {
                continue;
            }
            if (target == null) {
                String hint = Suggestions.closest(p.overflow(), declared)
                        .map(s -> "; did you mean '" + s + "'?").orElse("");
                problems.error(nodes.get(i), path, "no placement type is called '" + p.overflow() + "'" + hint);
            } else if (target == p) {
                problems.error(nodes.get(i), path, "a type cannot overflow into itself");
            } else if (target.capacityPupils() != null) {
                problems.error(nodes.get(i), path, "the overflow type '" + target.name()
                        + "' has a capacity of its own; overflow must go to a type without a limit");
            }
        }
    }
}
