package hnsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lays an option's keys over the base scenario tree. Mappings merge key by key (so an option
 * can change one placement's growth). Lists of named items (workstreams, other income lines)
 * merge by name: an option's item changes the base item of that name key by key, an item with a
 * new name is added, {@code remove: true} removes one, and the items the option does not list
 * stay as they are; an empty list removes them all. Before this, an option listing one
 * workstream silently dropped the others. Anything else (numbers, distributions, unnamed lists
 * such as transfers) is replaced whole.
 */
final class Overlay {
    /** Key paths of the lists whose items are matched by {@code name}. */
    static final Set<String> NAMED_LISTS = Set.of("workstreams", "funding.other_income");
    /** Key paths of the mappings whose entries are items (placement types) that an option may remove. */
    static final Set<String> NAMED_MAPPINGS = Set.of("placements");
    static final String REMOVE = "remove";

    private final Problems problems;
    private final String prefix;

    private Overlay(Problems problems, String prefix) {
        this.problems = problems;
        this.prefix = prefix;
    }

    /** The base with the option laid over it; problems of the overlay itself are reported under {@code prefix}. */
    static YamlNode apply(YamlNode base, YamlNode overlay, String prefix, Problems problems) {
        return new Overlay(problems, prefix).merge(base, overlay, "");
    }

    private YamlNode merge(YamlNode base, YamlNode overlay, String path) {
        if (base instanceof YamlNode.Sequence b && overlay instanceof YamlNode.Sequence o
                && NAMED_LISTS.contains(path) && !o.items().isEmpty()) {
            return mergeByName(b, o, path);
        }
        if (!(base instanceof YamlNode.Mapping b) || !(overlay instanceof YamlNode.Mapping o) || isDistribution(o)) {
            return overlay;
        }
        Map<String, YamlNode.Entry> merged = new LinkedHashMap<>(b.entries());
        for (Map.Entry<String, YamlNode.Entry> e : o.entries().entrySet()) {
            String key = e.getKey();
            String child = path.isEmpty() ? key : path + "." + key;
            YamlNode value = e.getValue().value();
            YamlNode.Entry existing = merged.get(key);
            if (NAMED_MAPPINGS.contains(path) && removes(value, child)) {
                if (existing == null) {
                    noSuchItem(e.getValue().keyLocation(), child, key, b.entries().keySet());
                }
                merged.remove(key);
                continue;
            }
            YamlNode mergedValue = existing == null ? value : merge(existing.value(), value, child);
            merged.put(key, new YamlNode.Entry(key, e.getValue().keyLocation(), mergedValue));
        }
        return new YamlNode.Mapping(merged, b.location());
    }

    private YamlNode mergeByName(YamlNode.Sequence base, YamlNode.Sequence overlay, String path) {
        Map<String, YamlNode> items = new LinkedHashMap<>();
        for (int i = 0; i < base.items().size(); i++) {
            String name = nameOf(base.items().get(i));
            // An unnamed base item is the base's own error; keep it so the reader reports it once.
            items.put(name == null || items.containsKey(name) ? "\u0000" + i : name, base.items().get(i));
        }
        Set<String> baseNames = Set.copyOf(items.keySet());
        for (int i = 0; i < overlay.items().size(); i++) {
            YamlNode item = overlay.items().get(i);
            String itemPath = path + "[" + i + "]";
            String name = nameOf(item);
            if (name == null) {
                problems.error(item, prefix + itemPath, "an option's " + path + " are matched by name: give the "
                        + "name of the item to change, add or remove, e.g. - {name: Inclusion, delivery: 50%}");
                continue;
            }
            if (removes(item, itemPath)) {
                if (items.remove(name) == null) {
                    noSuchItem(item.location(), itemPath, name, baseNames);
                }
                continue;
            }
            YamlNode change = without((YamlNode.Mapping) item, REMOVE);
            YamlNode existing = items.get(name);
            items.put(name, existing == null ? change : merge(existing, change, itemPath));
        }
        return new YamlNode.Sequence(new ArrayList<>(items.values()), overlay.location());
    }

    /** Whether an option's item says {@code remove: true}; {@code remove: false} is allowed and changes nothing. */
    private boolean removes(YamlNode item, String path) {
        if (!(item instanceof YamlNode.Mapping m) || !m.entries().containsKey(REMOVE)) {
            return false;
        }
        YamlNode flag = m.get(REMOVE);
        if (flag instanceof YamlNode.Scalar s && !s.isNull()
                && (s.text().equalsIgnoreCase("true") || s.text().equalsIgnoreCase("false"))) {
            return s.text().equalsIgnoreCase("true");
        }
        problems.error(flag, prefix + path + "." + REMOVE, "expected remove: true (to remove the item) or nothing");
        return false;
    }

    private void noSuchItem(Location at, String path, String name, Set<String> known) {
        List<String> names = known.stream().filter(k -> !k.startsWith("\u0000")).toList();
        String hint = Suggestions.closest(name, names).map(s -> "; did you mean '" + s + "'?")
                .orElse("; the base has " + String.join(", ", names.stream().map(n -> "'" + n + "'").toList()));
        problems.error(at, prefix + path, "there is no '" + name + "' in the base to remove" + hint);
    }

    private static String nameOf(YamlNode item) {
        return item instanceof YamlNode.Mapping m && m.get("name") instanceof YamlNode.Scalar s && !s.isNull()
                ? s.text().strip() : null;
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
