package hnsim.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hnsim.dist.Unit;
import java.util.Locale;

/**
 * Writes the scenario format as a JSON Schema (draft 2020-12) by walking the same
 * {@link ScenarioSchema} the loader checks files against, so editors that read the schema
 * (VS Code's YAML extension, IntelliJ) offer exactly the keys hnsim accepts.
 *
 * <p>The schema is a helper for editing, slightly looser than the loader in places it cannot
 * express (a per-year list's length, a probability's range when written with %); the loader
 * stays the judge.
 */
public final class JsonSchemaWriter {
    public static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private JsonSchemaWriter() {
    }

    /** The schema as pretty-printed JSON text ending in a newline. */
    public static String write() {
        try {
            // Fixed line ends, so the shipped file is the same on every platform.
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
            return new ObjectMapper().writer(printer).writeValueAsString(schema()) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serialises", e);
        }
    }

    public static ObjectNode schema() {
        ObjectNode root = JSON.objectNode();
        root.put("$schema", DRAFT);
        root.put("title", "hnsim scenario");
        root.setAll(spec(ScenarioSchema.SCENARIO, false));
        ObjectNode defs = root.putObject("$defs");
        for (Unit unit : Unit.values()) {
            defs.set(name(unit), Quantities.jsonSchema(unit));
            defs.set("uncertain_" + name(unit), DistributionSchemas.uncertain(unit));
        }
        return root;
    }

    static String name(Unit unit) {
        return unit.name().toLowerCase(Locale.ROOT);
    }

    static ObjectNode ref(String def) {
        return JSON.objectNode().put("$ref", "#/$defs/" + def);
    }

    /**
     * The schema of one {@link Spec}. In an option ({@code partial}), mappings lay over the base
     * key by key, so no key of an object is required there.
     */
    static ObjectNode spec(Spec spec, boolean partial) {
        ObjectNode node;
        if (spec instanceof Spec.Obj obj) {
            node = JSON.objectNode().put("type", "object");
            ObjectNode properties = node.putObject("properties");
            ArrayNode required = JSON.arrayNode();
            for (Spec.Field field : obj.fields().values()) {
                properties.set(field.name(), spec(field.spec(), partial));
                if (field.required() && !partial) {
                    required.add(field.name());
                }
            }
            if (!required.isEmpty()) {
                node.set("required", required);
            }
            node.put("additionalProperties", false);
        } else if (spec instanceof Spec.Quantity q) {
            node = ref(name(q.unit()));
        } else if (spec instanceof Spec.Uncertain u) {
            node = ref("uncertain_" + name(u.unit()));
        } else if (spec instanceof Spec.PerYear perYear) {
            ObjectNode each = spec(perYear.each(), partial);
            ObjectNode list = JSON.objectNode().put("type", "array").put("minItems", 1);
            list.set("items", each.deepCopy());
            node = anyOf(each, list);
        } else if (spec instanceof Spec.ListOf list) {
            node = JSON.objectNode().put("type", "array");
            if (partial && list.item() instanceof Spec.Obj obj && obj.fields().containsKey("name")) {
                // An option's named items merge by name: only the name is required, and remove: true removes one.
                ObjectNode item = removable(spec(obj, true));
                item.putArray("required").add("name");
                node.set("items", item);
            } else {
                node.set("items", spec(list.item(), false));
            }
        } else if (spec instanceof Spec.MapOf map) {
            node = JSON.objectNode().put("type", "object").put("minProperties", 1);
            ObjectNode value = spec(map.value(), partial);
            node.set("additionalProperties", partial && map.value() instanceof Spec.Obj ? removable(value) : value);
        } else if (spec instanceof Spec.OneOf oneOf) {
            node = anyOf(oneOf.choices().stream().map(c -> spec(c, partial)).toArray(ObjectNode[]::new));
        } else if (spec instanceof Spec.Overlay) {
            node = overlay();
        } else if (spec instanceof Spec.Year) {
            node = JSON.objectNode().put("type", "string").put("pattern", "^\\s*\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4})\\s*$");
        } else if (spec instanceof Spec.Flag) {
            node = JSON.objectNode().put("type", "boolean");
        } else {
            node = JSON.objectNode();
            node.putArray("type").add("string").add("number");
        }
        node.put("description", spec.description());
        return node;
    }

    /** An option: any top-level key but {@code options}, each partial. */
    private static ObjectNode overlay() {
        ObjectNode node = JSON.objectNode().put("type", "object");
        ObjectNode properties = node.putObject("properties");
        for (Spec.Field field : ScenarioSchema.SCENARIO.fields().values()) {
            if (!field.name().equals("options")) {
                properties.set(field.name(), spec(field.spec(), true));
            }
        }
        node.put("additionalProperties", false);
        return node;
    }

    /** An option's item schema that also allows {@code remove: true} (see Overlay). */
    private static ObjectNode removable(ObjectNode item) {
        ((ObjectNode) item.get("properties")).set(Overlay.REMOVE, JSON.objectNode().put("type", "boolean")
                .put("description", "true: remove this item from the base in this option"));
        return item;
    }

    static ObjectNode anyOf(ObjectNode... choices) {
        ObjectNode node = JSON.objectNode();
        ArrayNode any = node.putArray("anyOf");
        for (ObjectNode c : choices) {
            any.add(c);
        }
        return node;
    }
}
