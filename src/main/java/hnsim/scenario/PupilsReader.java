package hnsim.scenario;

import hnsim.dist.Unit;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the optional top-level {@code pupils:} key into {@link Pupils}. */
final class PupilsReader {
    private PupilsReader() {
    }

    /** The pupils of the file, or null when it has none (or they have errors, which are reported). */
    static Pupils read(YamlNode.Mapping root, Problems problems) {
        YamlNode node = root.get("pupils");
        if (node == null) {
            return null;
        }
        ObjView view = ObjView.of(node, ScenarioSchema.PUPILS, "pupils", problems);
        if (view == null) {
            return null;
        }
        ValueReader values = new ValueReader(problems, 1);
        Map<String, Double> byPhase = new LinkedHashMap<>();
        double sum = 0;
        if (view.has("by_phase")) {
            if (view.get("by_phase") instanceof YamlNode.Mapping phases) {
                for (YamlNode.Entry e : phases.entries().values()) {
                    double count = values.nonNegative(e.value(), Unit.COUNT, "pupils.by_phase." + e.key());
                    byPhase.put(e.key(), count);
                    sum += Double.isNaN(count) ? 0 : count;
                }
            } else {
                problems.error(view.get("by_phase"), "pupils.by_phase", "expected pupils by phase, e.g. "
                        + "{primary: 52,000, secondary: 38,000}");
            }
        }
        double total = view.has("total") ? values.nonNegative(view.get("total"), Unit.COUNT, "pupils.total") : sum;
        if (!view.has("total") && byPhase.isEmpty()) {
            problems.error(node, "pupils", "give total: or by_phase: (pupils by phase, e.g. {primary: 52,000, secondary: 38,000})");
        } else if (view.has("total") && !byPhase.isEmpty() && Math.abs(total - sum) > 0.5) {
            problems.error(view.get("total"), "pupils.total", String.format(java.util.Locale.UK,
                    "the phases add up to %,.0f pupils, not %,.0f; give one or make them agree", sum, total));
        } else if (total <= 0) {
            problems.error(node, "pupils", "expected a positive number of pupils");
        }
        String source = view.has("source") ? values.text(view.get("source"), "pupils.source") : "";
        return problems.hasErrors() ? null : new Pupils(byPhase, total, source);
    }
}
