package hnsim.scenario;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hnsim.dist.Unit;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON Schema of an uncertain value: a plain value, or one mapping per distribution in
 * {@link ScenarioSchema#DISTRIBUTIONS} with its parameter forms as {@link DistributionReader}
 * reads them (a list in order, or a mapping by name), plus {@code truncate}, {@code plan} and {@code source}.
 * A test feeds an example of every form to the loader, so the two cannot disagree unnoticed.
 */
final class DistributionSchemas {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private DistributionSchemas() {
    }

    static ObjectNode uncertain(Unit unit) {
        List<ObjectNode> choices = new ArrayList<>();
        choices.add(JsonSchemaWriter.ref(JsonSchemaWriter.name(unit)));
        for (String kind : ScenarioSchema.DISTRIBUTIONS) {
            choices.add(distribution(kind, parameters(kind, unit), unit));
        }
        ObjectNode node = JsonSchemaWriter.anyOf(choices.toArray(ObjectNode[]::new));
        node.put("description", "a value, or a distribution of it: {normal: [mean, sd]}, {triangular: [min, mode, max]}, ...");
        return node;
    }

    private static ObjectNode distribution(String kind, ObjectNode parameters, Unit unit) {
        ObjectNode node = JSON.objectNode().put("type", "object");
        ObjectNode properties = node.putObject("properties");
        properties.set(kind, parameters);
        properties.set("truncate", tuple(unit, "lower and upper bound", "min", "max"));
        properties.set("plan", JsonSchemaWriter.ref(JsonSchemaWriter.name(unit))
                .put("description", "the value --deterministic uses (default: the mean)"));
        properties.set("source", JSON.objectNode().put("type", "string")
                .put("description", "where the assumption comes from, e.g. \"judgement: national EHCP growth\""));
        node.putArray("required").add(kind);
        node.put("additionalProperties", false);
        return node;
    }

    private static ObjectNode parameters(String kind, Unit unit) {
        return switch (kind) {
            case "normal" -> both(unit, "mean and standard deviation", "mean", "sd");
            case "lognormal" -> JsonSchemaWriter.anyOf(both(unit, "mean and standard deviation", "mean", "sd"),
                    named(unit, "median and 90th percentile", "median", "p90"));
            case "uniform" -> both(unit, "lower and upper bound", "min", "max");
            case "triangular", "pert" -> both(unit, "minimum, most likely and maximum", "min", "mode", "max");
            case "beta" -> JsonSchemaWriter.anyOf(tuple(Unit.NUMBER, "shape parameters alpha and beta", "alpha", "beta"),
                    named(unit, "mean and standard deviation", "mean", "sd"));
            case "bernoulli" -> JsonSchemaWriter.ref(JsonSchemaWriter.name(Unit.PROBABILITY))
                    .put("description", "probability of 1 (else 0)");
            case "discrete" -> {
                ObjectNode node = named(unit, "values and their weights", "values", "weights");
                ObjectNode properties = (ObjectNode) node.get("properties");
                properties.set("values", list(unit));
                properties.set("weights", list(Unit.PROBABILITY));
                yield node;
            }
            case "empirical" -> list(unit).put("description", "observed values, drawn with equal weight");
            default -> throw new IllegalStateException("no JSON Schema for the distribution '" + kind + "'");
        };
    }

    private static ObjectNode both(Unit unit, String description, String... names) {
        ObjectNode node = JsonSchemaWriter.anyOf(tuple(unit, description, names), named(unit, description, names));
        node.put("description", description);
        return node;
    }

    /** The parameters as a list in order, e.g. {@code [6%, 2%]}. */
    private static ObjectNode tuple(Unit unit, String description, String... names) {
        ObjectNode node = JSON.objectNode().put("type", "array").put("minItems", names.length).put("maxItems", names.length);
        node.set("items", JsonSchemaWriter.ref(JsonSchemaWriter.name(unit)));
        node.put("description", description + ": [" + String.join(", ", names) + "]");
        return node;
    }

    /** The parameters as a mapping by name, e.g. {@code {mean: 6%, sd: 2%}}. */
    private static ObjectNode named(Unit unit, String description, String... names) {
        ObjectNode node = JSON.objectNode().put("type", "object");
        ObjectNode properties = node.putObject("properties");
        for (String n : names) {
            properties.set(n, JsonSchemaWriter.ref(JsonSchemaWriter.name(unit)));
        }
        var required = node.putArray("required");
        for (String n : names) {
            required.add(n);
        }
        node.put("additionalProperties", false);
        node.put("description", description + ": {" + String.join(", ", names) + "}");
        return node;
    }

    private static ObjectNode list(Unit unit) {
        ObjectNode node = JSON.objectNode().put("type", "array").put("minItems", 1);
        node.set("items", JsonSchemaWriter.ref(JsonSchemaWriter.name(unit)));
        return node;
    }
}
