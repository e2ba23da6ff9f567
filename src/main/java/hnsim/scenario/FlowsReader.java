package hnsim.scenario;

import hnsim.dist.UncertainValue;
import hnsim.dist.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the {@code flows} block and checks the flow settings of the placement types against it. */
final class FlowsReader {
    private final Problems problems;
    private final ValueReader values;

    FlowsReader(Problems problems, ValueReader values) {
        this.problems = problems;
        this.values = values;
    }

    /** Null when the block is absent: the scenario keeps the demand-by-growth model. */
    Flows read(YamlNode node, YamlNode placementsNode, List<Placement> placements) {
        if (node == null) {
            for (Placement p : placements) {
                if (p.leaving() != null || !Double.isNaN(p.baseJoiners())) {
                    YamlNode at = placementsNode instanceof YamlNode.Mapping m && m.get(p.name()) != null
                            ? m.get(p.name()) : placementsNode;
                    problems.error(at, "placements." + p.name(), "'leaving' and 'joiners' need a flows: block "
                            + "(e.g. flows: {leaving: 12%}); without it placements follow demand growth");
                }
            }
            return null;
        }
        ObjView view = ObjView.of(node, ScenarioSchema.FLOWS, "flows", problems);
        if (view == null || !view.has("leaving")) {
            return null;
        }
        List<UncertainValue> leaving = values.uncertainPerYear(view.get("leaving"), Unit.RATE, view.path("leaving"), 0);
        checkRates(leaving, view.get("leaving"), view.path("leaving"), problems);
        List<Flows.StepDown> moves = new ArrayList<>();
        Set<String> types = placements.stream().map(Placement::name).collect(Collectors.toSet());
        if (view.has("step_down")) {
            new ScenarioReader(problems).forEachItem(view.get("step_down"), view.path("step_down"), (item, path) -> {
                ObjView move = ObjView.of(item, ScenarioSchema.STEP_DOWN, path, problems);
                if (move == null || !move.has("from") || !move.has("to") || !move.has("rate")) {
                    return;
                }
                String from = type(move, "from", types);
                String to = type(move, "to", types);
                double rate = values.quantity(move.get("rate"), Unit.RATE, move.path("rate"));
                if (!Double.isNaN(rate) && (rate < 0 || rate > 1)) {
                    problems.error(move.get("rate"), move.path("rate"), "a step-down rate is a share of the pupils,"
                            + " 0% to 100%, got " + Unit.RATE.format(rate));
                }
                if (from != null && from.equals(to)) {
                    problems.error(move.get("to"), move.path("to"), "a step-down moves pupils to another type");
                }
                if (from != null && to != null && !Double.isNaN(rate)) {
                    moves.add(new Flows.StepDown(from, to, rate));
                }
            });
        }
        return new Flows(leaving, moves);
    }

    private String type(ObjView view, String key, Set<String> types) {
        String name = values.text(view.get(key), view.path(key));
        if (!types.contains(name)) {
            String hint = Suggestions.closest(name, types).map(s -> "; did you mean '" + s + "'?").orElse("");
            problems.error(view.get(key), view.path(key), "no placement type is called '" + name + "'" + hint);
            return null;
        }
        return name;
    }

    /** A leaving rate is a share of the pupils: its central value must be in [0, 100%]. */
    static void checkRates(List<UncertainValue> rates, YamlNode node, String path, Problems problems) {
        for (UncertainValue v : rates) {
            if (v.central() < 0 || v.central() > 1 || v.distribution().cdf(-1e-12) > 1e-9) {
                problems.error(node, path, "a leaving rate is a share of the pupils, 0% to 100%; got "
                        + v.describe() + (v.central() >= 0 && v.central() <= 1
                                ? ", which can fall below 0% (truncate it, e.g. truncate: [0%, 100%])" : ""));
                return;
            }
        }
    }
}
