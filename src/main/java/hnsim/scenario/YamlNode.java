package hnsim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as a tree that remembers where each node stood in the file, so that every
 * later error can name a line and column. Built by {@link YamlReader}.
 */
public sealed interface YamlNode {
    Location location();

    /** A plain or quoted scalar; {@code text} is null for YAML null ({@code ~} or empty). */
    record Scalar(String text, boolean quoted, Location location) implements YamlNode {
        public boolean isNull() {
            return text == null;
        }
    }

    record Sequence(List<YamlNode> items, Location location) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }
    }

    /** A mapping; keys keep their file order and their own locations. */
    record Mapping(Map<String, Entry> entries, Location location) implements YamlNode {
        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public YamlNode get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }
    }

    record Entry(String key, Location keyLocation, YamlNode value) {
    }

    /** A short name of the node's kind for messages: "a mapping", "a list", "the text 'abc'". */
    static String describe(YamlNode node) {
        if (node instanceof Mapping) {
            return "a mapping";
        }
        if (node instanceof Sequence) {
            return "a list";
        }
        Scalar s = (Scalar) node;
        if (s.isNull()) {
            return "nothing (null)";
        }
        String t = s.text();
        return "'" + (t.length() > 40 ? t.substring(0, 37) + "..." : t) + "'";
    }
}
