package hnsim.scenario;

import java.util.Map;

/**
 * A mapping node read against its {@link Spec.Obj}: unknown keys (with a suggestion) and
 * missing required keys are reported on creation; values are then fetched by declared key.
 */
final class ObjView {
    private final YamlNode.Mapping node;
    private final Spec.Obj spec;
    private final String path;

    private ObjView(YamlNode.Mapping node, Spec.Obj spec, String path) {
        this.node = node;
        this.spec = spec;
        this.path = path;
    }

    /** Returns null (after reporting) when the node is not a mapping. */
    static ObjView of(YamlNode node, Spec.Obj spec, String path, Problems problems) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            problems.error(node, path, "expected a mapping (" + spec.description() + "), found " + YamlNode.describe(node));
            return null;
        }
        for (Map.Entry<String, YamlNode.Entry> e : mapping.entries().entrySet()) {
            String key = e.getKey();
            if (!spec.fields().containsKey(key)) {
                String hint = Suggestions.closest(key, spec.fields().keySet())
                        .map(s -> "; did you mean '" + s + "'?")
                        .orElse("; expected one of: " + String.join(", ", spec.fields().keySet()));
                problems.error(e.getValue().keyLocation(), join(path, key), "unknown key '" + key + "'" + hint);
            }
        }
        for (Spec.Field field : spec.fields().values()) {
            if (field.required() && !mapping.entries().containsKey(field.name())) {
                problems.error(mapping, path, "missing required key '" + field.name() + "' ("
                        + field.spec().description() + ")");
            }
        }
        return new ObjView(mapping, spec, path);
    }

    /** The value under a declared key, or null when absent. */
    YamlNode get(String key) {
        if (!spec.fields().containsKey(key)) {
            throw new IllegalStateException("key '" + key + "' is not declared in the schema of " + path);
        }
        YamlNode value = node.get(key);
        return value instanceof YamlNode.Scalar s && s.isNull() && !spec.fields().get(key).required() ? null : value;
    }

    boolean has(String key) {
        return get(key) != null;
    }

    String path(String key) {
        return join(path, key);
    }

    YamlNode.Mapping node() {
        return node;
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
