package hnsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON Schema is generated from the loader's own {@link ScenarioSchema}; these tests keep them in step. */
class JsonSchemaTest {
    static final Path SHIPPED_SCHEMA = Path.of("schema/hnsim-scenario.schema.json");
    static final Path SHIPPED_SCENARIO = Path.of("scenarios/leicestershire-2021-mtfs.yaml");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final JsonSchema VALIDATOR = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(JsonSchemaWriter.schema());

    static Set<ValidationMessage> validate(String yaml) throws IOException {
        return VALIDATOR.validate(YAML.readTree(yaml));
    }

    @Test
    void theShippedSchemaFileIsUpToDate() throws IOException {
        assertThat(Files.readString(SHIPPED_SCHEMA, StandardCharsets.UTF_8))
                .as("regenerate it: ./hnsim schema > " + SHIPPED_SCHEMA)
                .isEqualTo(JsonSchemaWriter.write());
    }

    @Test
    void theSchemaIsItselfValidDraft202012() throws IOException {
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(java.net.URI.create(JsonSchemaWriter.DRAFT));
        assertThat(meta.validate(JsonSchemaWriter.schema())).isEmpty();
    }

    @Test
    void theShippedScenarioValidatesAgainstTheSchema() throws IOException {
        assertThat(validate(Files.readString(SHIPPED_SCENARIO))).isEmpty();
    }

    @Test
    void outturnsAndSourcesValidateAndAnOptionCannotListOutturns() throws IOException {
        String text = Files.readString(SHIPPED_SCENARIO);
        assertThat(text).contains("actuals:");
        assertThat(validate(Files.readString(Path.of("scenarios/leicestershire-2022-outlook.yaml")))).isEmpty();
        // The shipped file labels its inputs with source: (the test above validates it whole).
        assertThat(text).contains("source: \"judgement: INMSS fee inflation");
        assertThat(messages(validate(text.replace("source: \"judgement: INMSS fee inflation",
                "sorce: \"judgement: INMSS fee inflation")))).contains("sorce");
        assertThat(messages(validate(text.replace("    value: 24.3m\n", "")))).contains("value");
        assertThat(messages(validate(text.replace("  no_transfer:\n    transfers: []",
                "  no_transfer:\n    transfers: []\n    actuals: []")))).contains("actuals");
    }

    @Test
    void everyShippedScenarioWithFlowsProgrammesAndRulesValidatesAgainstTheSchema() throws IOException {
        for (String file : List.of("scenarios/leicestershire-2022-dbv.yaml", "scenarios/leicestershire-2022-outlook.yaml",
                "src/test/resources/fixtures/leicestershire-2021-mtfs-v1.yaml")) {
            assertThat(validate(Files.readString(Path.of(file)))).as(file).isEmpty();
        }
    }

    @Test
    void theSchemaRejectsAMisspeltRuleOrFlowKey() throws IOException {
        String text = Files.readString(Path.of("scenarios/leicestershire-2022-dbv.yaml"));
        assertThat(messages(validate(text.replace("override_end:", "overide_end:")))).contains("overide_end");
        assertThat(messages(validate(text.replace("forum_limit:", "forum_limt:")))).contains("forum_limt");
        assertThat(messages(validate(Files.readString(SHIPPED_SCENARIO).replace("  leaving:", "  leavng:"))))
                .contains("leavng");
    }

    @Test
    void theSchemaRejectsWhatTheLoaderRejectsByShape() throws IOException {
        String text = Files.readString(SHIPPED_SCENARIO);
        assertThat(messages(validate(text.replace("placements:", "placments:")))).contains("placments");
        assertThat(messages(validate(text.replace("{normal: [6%, 2%], plan: 3%,", "{normall: [6%, 2%],")))).isNotEmpty();
        assertThat(messages(validate(text.replace("unit_cost: 20.8k", "unit_cost: twenty")))).contains("unit_cost");
        assertThat(messages(validate(text.replace("first_year: 2021/22", "first_year: next year")))).contains("first_year");
    }

    @Test
    void everyKeyOfTheLoadersSpecAppearsInTheSchema() {
        JsonNode schema = JsonSchemaWriter.schema();
        List<String> missing = new ArrayList<>();
        walk(ScenarioSchema.SCENARIO, schema, "", missing);
        assertThat(missing).isEmpty();
        for (String kind : ScenarioSchema.DISTRIBUTIONS) {
            String forms = schema.at("/$defs/uncertain_rate/anyOf").toString();
            assertThat(forms).as(kind).contains("\"required\":[\"" + kind + "\"]");
        }
    }

    /** Checks that every field of {@code spec} is at the matching place of {@code node}. */
    private static void walk(Spec spec, JsonNode node, String path, List<String> missing) {
        if (node == null || node.isMissingNode()) {
            missing.add(path);
            return;
        }
        if (spec instanceof Spec.Obj obj) {
            for (Spec.Field field : obj.fields().values()) {
                walk(field.spec(), node.at("/properties/" + field.name()), path + "." + field.name(), missing);
                if (field.required() && !node.path("required").toString().contains("\"" + field.name() + "\"")) {
                    missing.add(path + "." + field.name() + " (required)");
                }
            }
        } else if (spec instanceof Spec.PerYear perYear) {
            walk(perYear.each(), node.at("/anyOf/0"), path, missing);
            walk(perYear.each(), node.at("/anyOf/1/items"), path + "[]", missing);
        } else if (spec instanceof Spec.ListOf list) {
            walk(list.item(), node.get("items"), path + "[]", missing);
        } else if (spec instanceof Spec.MapOf map) {
            walk(map.value(), node.get("additionalProperties"), path + ".*", missing);
        } else if (spec instanceof Spec.OneOf oneOf) {
            for (int i = 0; i < oneOf.choices().size(); i++) {
                walk(oneOf.choices().get(i), node.at("/anyOf/" + i), path + "|" + i, missing);
            }
        } else if (spec instanceof Spec.Quantity q) {
            expectRef(node, JsonSchemaWriter.name(q.unit()), path, missing);
        } else if (spec instanceof Spec.Uncertain u) {
            expectRef(node, "uncertain_" + JsonSchemaWriter.name(u.unit()), path, missing);
        } else if (spec instanceof Spec.Overlay) {
            for (Spec.Field field : ScenarioSchema.SCENARIO.fields().values()) {
                // An option may change any key but options and actuals (outturns belong to the file).
                boolean overlaid = !field.name().equals("options") && !field.name().equals("actuals");
                if (overlaid && !node.at("/properties/" + field.name()).isObject()) {
                    missing.add(path + "." + field.name());
                }
            }
        }
    }

    private static void expectRef(JsonNode node, String def, String path, List<String> missing) {
        if (!("#/$defs/" + def).equals(node.path("$ref").asText())) {
            missing.add(path + " ($ref " + def + ")");
        }
    }

    /** Every way of writing a distribution that the schema offers is read by the loader too. */
    @ParameterizedTest
    @ValueSource(strings = {
        "{normal: [5%, 2%]}", "{normal: {mean: 5%, sd: 2%}}", "{lognormal: [5%, 1%]}", "{lognormal: {mean: 5%, sd: 1%}}",
        "{lognormal: {median: 5%, p90: 8%}}", "{uniform: [2%, 6%]}", "{uniform: {min: 2%, max: 6%}}",
        "{triangular: [2%, 4%, 8%]}", "{triangular: {min: 2%, mode: 4%, max: 8%}}", "{pert: [2%, 4%, 8%]}",
        "{pert: {min: 2%, mode: 4%, max: 8%}}", "{beta: [3, 20]}", "{beta: {mean: 5%, sd: 1%}}", "{bernoulli: 30%}",
        "{discrete: {values: [3%, 5%], weights: [50%, 50%]}}", "{empirical: [3%, 4%, 5%]}",
        "{normal: [5%, 2%], truncate: [0%, 10%], plan: 4%}",
    })
    void everyDistributionFormIsAcceptedByTheSchemaAndTheLoader(String distribution) throws IOException {
        String yaml = """
                name: forms
                first_year: 2021/22
                years: 2
                placements:
                  special: {count: 100, unit_cost: 20k, growth: %s}
                funding:
                  hnb_grant: {base: 4m, growth: %s}
                """.formatted(distribution, distribution);
        assertThat(validate(yaml)).isEmpty();
        assertThat(ScenarioLoader.parse("forms.yaml", yaml.getBytes(StandardCharsets.UTF_8)).base()).isNotNull();
    }

    @Test
    void everyDistributionHasAFormInTheTestAbove() throws Exception {
        String forms = String.join(" ", JsonSchemaTest.class
                .getDeclaredMethod("everyDistributionFormIsAcceptedByTheSchemaAndTheLoader", String.class)
                .getAnnotation(ValueSource.class).strings());
        for (String kind : ScenarioSchema.DISTRIBUTIONS) {
            assertThat(forms).contains("{" + kind + ":");
        }
    }

    private static String messages(Set<ValidationMessage> errors) {
        return errors.stream().map(ValidationMessage::getMessage).collect(Collectors.joining("\n"));
    }
}
