package hnsim.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hnsim.scenario.ScenarioException;
import hnsim.scenario.ScenarioFile;
import hnsim.scenario.ScenarioLoader;
import hnsim.scenario.ScenarioOverride;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverridesTest {
    static final Path SCENARIO = Path.of("scenarios/leicestershire-2021-mtfs.yaml");

    static ScenarioFile load(String... sets) {
        return ScenarioLoader.load(SCENARIO, java.util.Arrays.stream(sets).map(ScenarioOverride::parse).toList());
    }

    @Test
    void setsAValueByIndexWithItsUnitBeforeOptionsAreLaidOver() {
        ScenarioFile file = load("transfers.0.rate=1%", "transfers.0.approval.probability=100%");
        assertThat(file.base().transfers().get(0).rate()).isEqualTo(0.01);
        assertThat(file.base().transfers().get(0).approval().probability()).isEqualTo(1.0);
        // The plan value of the approval ({probability: 50%, plan: 100%}) is kept: only the key named changes.
        assertThat(file.base().transfers().get(0).approval().plan()).isEqualTo(1.0);
        // Options replace the transfers whole, so they are untouched.
        assertThat(file.options().get("one_percent_2022").transfers().get(0).approval().probability()).isEqualTo(0.2);
    }

    @Test
    void setsAScalarWhereTheFileHasAMappingAndAMappingWhereTheFileHasAScalar() {
        ScenarioFile file = load("transfers.0.approval=60%", "placements.independent_special.unit_cost=55k",
                "workstreams.Right Place Right Time.delivery={beta: [3, 2]}",
                "workstreams.inclusion.target=[1m, 2m, 3m, 4m]");
        assertThat(file.base().transfers().get(0).approval().probability()).isEqualTo(0.6);
        int inmss = file.base().placementIndex("independent_special");
        assertThat(file.base().placements().get(inmss).baseUnitCostGbp()).isEqualTo(55_000);
        assertThat(file.base().workstreams().get(2).delivery().get(0).distribution().mean()).isEqualTo(0.6);
        assertThat(file.base().workstreams().get(0).targetGbp().get(3)).isEqualTo(4e6);
    }

    @Test
    void aPathThatDoesNotExistIsRefusedNamingThePath() {
        assertThatThrownBy(() -> load("transfers.3.rate=1%")).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("--set transfers.3.rate").hasMessageContaining("no item '3'");
        assertThatThrownBy(() -> load("funding.hnb.base=1m")).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("--set funding.hnb.base").hasMessageContaining("no key 'hnb'")
                .hasMessageContaining("hnb_grant");
        assertThatThrownBy(() -> load("opening_deficit.x=1")).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("single value");
        assertThatThrownBy(() -> load("workstreams.Nonsense.delivery=50%")).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("Inclusion");
    }

    @Test
    void aValueTheSchemaRefusesIsReportedAtTheSetPath() {
        assertThatThrownBy(() -> load("transfers.0.rate=lots")).isInstanceOf(ScenarioException.class)
                .satisfies(e -> assertThat(((ScenarioException) e).problems().get(0).location().file())
                        .isEqualTo("--set transfers.0.rate"));
        assertThatThrownBy(() -> load("transfers.0.approval.probability=150%")).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("--set transfers.0.approval.probability");
        // A key the schema does not have, added by --set, is an unknown key at its path.
        assertThatThrownBy(() -> load("transfers.0.ratee=1%")).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("ratee");
    }

    @Test
    void parsesPathEqualsValue() {
        assertThat(ScenarioOverride.parse("a.b=x=y")).isEqualTo(new ScenarioOverride("a.b", "x=y"));
        assertThatThrownBy(() -> ScenarioOverride.parse("=1")).hasMessageContaining("PATH=VALUE");
        assertThat(List.of(ScenarioOverride.parse("transfers.0.rate=1%").segments()))
                .containsExactly(List.of("transfers", "0", "rate"));
    }
}
