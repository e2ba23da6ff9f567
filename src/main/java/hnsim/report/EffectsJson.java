package hnsim.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hnsim.decision.Effect;
import hnsim.decision.Effects;
import hnsim.decision.ThresholdEffect;

/**
 * The effects of options in summary.json: {@code effects}, objects with exactly the keys
 * {@code option, against, metric, year, mean, p10, p50, p90, p_lower, p_higher} (money in
 * pounds, option minus against; probabilities 0-1), and {@code effect_thresholds}, the change
 * in the chance of passing each threshold.
 */
final class EffectsJson {
    private EffectsJson() {
    }

    static void add(ObjectNode root, Effects effects) {
        root.put("effects_trajectories", effects.trajectories());
        ArrayNode rows = root.putArray("effects");
        for (Effect e : effects.effects()) {
            ObjectNode row = rows.addObject();
            row.put("option", e.option());
            row.put("against", e.against());
            row.put("metric", e.metric());
            row.put("year", e.year());
            row.put("mean", round(e.mean()));
            row.put("p10", round(e.p10()));
            row.put("p50", round(e.p50()));
            row.put("p90", round(e.p90()));
            row.put("p_lower", e.pLower());
            row.put("p_higher", e.pHigher());
        }
        ArrayNode thresholds = root.putArray("effect_thresholds");
        for (ThresholdEffect t : effects.thresholds()) {
            ObjectNode row = thresholds.addObject();
            row.put("option", t.option());
            row.put("against", t.against());
            row.put("year", t.year());
            row.put("threshold", round(t.thresholdGbp()));
            row.put("p_option", t.pOption());
            row.put("p_against", t.pAgainst());
            row.put("change", t.change());
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
