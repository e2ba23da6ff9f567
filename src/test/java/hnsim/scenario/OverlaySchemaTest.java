package hnsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The editor's schema accepts what the loader accepts in an option's named lists, and the new shorthands. */
class OverlaySchemaTest {
    private static final String OPTIONS = """
              inclusion_half:
                workstreams:
                  - {name: Inclusion, delivery: {beta: [2, 2], plan: 50%}}
              without_sena:
                workstreams:
                  - {name: SENA Whole System Review, remove: true}
                placements:
                  post_16: {remove: true}
                programme:
                  - {name: Post-16 Block K, remove: true}
            """;

    @Test
    void theReadmesOptionExamplesValidateInTheSchemaAndTheLoader() throws IOException {
        String text = Files.readString(Path.of("scenarios/leicestershire-2021-mtfs.yaml")) + OPTIONS;
        assertThat(JsonSchemaTest.validate(text)).isEmpty();
        assertThat(ScenarioLoader.parse("x.yaml", text.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .allOptions()).containsKeys("inclusion_half", "without_sena");
    }

    @Test
    void anOptionsNamedItemNeedsItsNameAndTheBaseStillNeedsEveryKey() throws IOException {
        String text = Files.readString(Path.of("scenarios/leicestershire-2021-mtfs.yaml"));
        assertThat(JsonSchemaTest.validate(text + "  bad:\n    workstreams:\n      - {delivery: 50%}\n")).isNotEmpty();
        assertThat(JsonSchemaTest.validate(text.replace("  - name: Inclusion\n    target: [1.2m, 2.0m, 2.5m, 3.0m]\n",
                "  - name: Inclusion\n"))).isNotEmpty();
    }

    @Test
    void slipShorthandAndOpeningSurplusAreInTheSchema() throws IOException {
        String slip = "slip: {probability: {probability: 20%, plan: 0%, source: \"judgement: a one-year slip (DOMAIN.md)\"},"
                + " years: 1}\n  - name: Strategy";
        String shipped = Files.readString(Path.of("scenarios/leicestershire-2021-mtfs.yaml"));
        assertThat(shipped).contains(slip, "opening_deficit: 17.5m");
        String text = shipped.replace(slip, "slip: 15%\n  - name: Strategy")
                .replace("opening_deficit: 17.5m", "opening_surplus: 2m");
        assertThat(JsonSchemaTest.validate(text)).isEmpty();
    }
}
