package hnsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Applies {@code --set} overrides to the YAML tree of a scenario file, before any scenario is
 * built from it: the new value is a YAML node like any other (read from a pseudo-file named
 * after the path), so every check of the scenario reader applies to it and names its path.
 */
public final class Overrides {
    private Overrides() {
    }

    /** The tree with each override applied in turn. Throws a {@link ScenarioException} naming the path. */
    public static YamlNode.Mapping apply(YamlNode.Mapping root, List<ScenarioOverride> overrides) {
        YamlNode.Mapping tree = root;
        for (ScenarioOverride o : overrides) {
            YamlNode value = new YamlReader(o.source()).read(o.value().isEmpty() ? "~" : o.value());
            List<String> segments = o.segments();
            if (segments.get(0).equals("options")) {
                throw error(o, "--set changes the base scenario (the options are laid over it); "
                        + "it cannot change an option");
            }
            tree = (YamlNode.Mapping) replace(tree, segments, 0, value, o);
        }
        return tree;
    }

    private static YamlNode replace(YamlNode node, List<String> segments, int depth, YamlNode value,
                                    ScenarioOverride o) {
        String segment = segments.get(depth);
        String here = String.join(".", segments.subList(0, depth));
        boolean last = depth == segments.size() - 1;
        if (segment.isEmpty()) {
            throw error(o, "the path has an empty part; write keys separated by single dots, e.g. transfers.0.rate");
        }
        if (node instanceof YamlNode.Mapping m) {
            YamlNode.Entry entry = m.entries().get(segment);
            if (entry == null && !last) {
                throw error(o, "there is no key '" + segment + "'" + under(here) + "; keys there: "
                        + String.join(", ", m.entries().keySet()));
            }
            Map<String, YamlNode.Entry> copy = new LinkedHashMap<>(m.entries());
            if (entry == null) {
                // A new key in an existing mapping (an optional key the file leaves out); the
                // scenario reader refuses it, naming this path, if the schema has no such key.
                copy.put(segment, new YamlNode.Entry(segment, value.location(), value));
            } else {
                YamlNode inner = last ? value : replace(entry.value(), segments, depth + 1, value, o);
                copy.put(segment, new YamlNode.Entry(segment, entry.keyLocation(), inner));
            }
            return new YamlNode.Mapping(copy, m.location());
        }
        if (node instanceof YamlNode.Sequence s) {
            int index = indexOf(s, segment);
            if (index < 0) {
                throw error(o, "no item '" + segment + "' in the list " + here + " (" + s.items().size()
                        + " item" + (s.items().size() == 1 ? "" : "s") + "; give an index from 0"
                        + names(s) + ")");
            }
            List<YamlNode> items = new ArrayList<>(s.items());
            items.set(index, last ? value : replace(items.get(index), segments, depth + 1, value, o));
            return new YamlNode.Sequence(items, s.location());
        }
        throw error(o, here + " is a single value in the file (" + YamlNode.describe(node)
                + "), not a mapping; set it whole, e.g. --set " + here + "=VALUE");
    }

    /** An index, or the item whose {@code id} or {@code name} is the segment (case and spaces aside). */
    private static int indexOf(YamlNode.Sequence s, String segment) {
        if (segment.matches("\\d{1,6}")) {
            int i = Integer.parseInt(segment);
            return i < s.items().size() ? i : -1;
        }
        for (int i = 0; i < s.items().size(); i++) {
            if (s.items().get(i) instanceof YamlNode.Mapping m) {
                for (String key : List.of("id", "name")) {
                    if (m.get(key) instanceof YamlNode.Scalar name && name.text() != null
                            && slug(name.text()).equals(slug(segment))) {
                        return i;
                    }
                }
            }
        }
        return -1;
    }

    private static String names(YamlNode.Sequence s) {
        List<String> names = new ArrayList<>();
        for (YamlNode item : s.items()) {
            if (item instanceof YamlNode.Mapping m && m.get("name") instanceof YamlNode.Scalar n && n.text() != null) {
                names.add(n.text());
            }
        }
        return names.isEmpty() ? "" : ", or a name: " + String.join(", ", names);
    }

    /** "Right Place Right Time", "right_place_right_time" and "right-place-right-time" are one name. */
    static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    private static String under(String here) {
        return here.isEmpty() ? " at the top of the scenario" : " under " + here;
    }

    private static ScenarioException error(ScenarioOverride o, String message) {
        return new ScenarioException(List.of(Problem.error(Location.wholeFile(o.source()), "", message)));
    }
}
