package hnsim.scenario;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lays an option's keys over the base scenario tree: mappings merge key by key (so an option
 * can change one placement's growth), anything else (numbers, lists, distributions) is
 * replaced whole.
 */
final class Overlay {
    private Overlay() {
    }

    static YamlNode apply(YamlNode base, YamlNode overlay) {
        if (!(base instanceof YamlNode.Mapping b) || !(overlay instanceof YamlNode.Mapping o) || isDistribution(o)) {
            return overlay;
        }
        Map<String, YamlNode.Entry> merged = new LinkedHashMap<>(b.entries());
        for (Map.Entry<String, YamlNode.Entry> e : o.entries().entrySet()) {
            YamlNode.Entry existing = merged.get(e.getKey());
            YamlNode value = existing == null ? e.getValue().value() : apply(existing.value(), e.getValue().value());
            merged.put(e.getKey(), new YamlNode.Entry(e.getKey(), e.getValue().keyLocation(), value));
        }
        return new YamlNode.Mapping(merged, b.location());
    }

    /**
     * A distribution is one value: an option giving {@code {triangular: [...]}} replaces the
     * base's {@code {normal: [...], plan: 4.5%}} whole, family and plan value alike.
     */
    private static boolean isDistribution(YamlNode.Mapping node) {
        return node.entries().keySet().stream().anyMatch(ScenarioSchema.DISTRIBUTIONS::contains);
    }

    /** The tree without one top-level key. */
    static YamlNode.Mapping without(YamlNode.Mapping node, String key) {
        Map<String, YamlNode.Entry> copy = new LinkedHashMap<>(node.entries());
        copy.remove(key);
        return new YamlNode.Mapping(copy, node.location());
    }
}
