package hnsim.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import hnsim.report.ReportFixtures;
import hnsim.scenario.Scenario;
import hnsim.scenario.ScenarioFile;
import hnsim.scenario.ScenarioLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssumptionsTest {
    private static final ScenarioFile SHIPPED = ScenarioLoader.load(ReportFixtures.SHIPPED);

    @Test
    void everyPlacementTypeAndWorkstreamHasItsRows() {
        List<Assumptions.Row> rows = Assumptions.of(SHIPPED.base());

        for (var p : SHIPPED.base().placements()) {
            assertThat(rows).anyMatch(r -> r.subject().equals(p.name()) && r.aspect().equals("demand growth a year"));
        }
        for (var w : SHIPPED.base().workstreams()) {
            assertThat(rows).anyMatch(r -> r.subject().equals(w.name()) && r.aspect().equals("share of target delivered"));
        }
    }

    @Test
    void noTransferDiffersFromTheBaseOnlyByTheRemovedTransfer() {
        List<Assumptions.Change> changes = Assumptions.differences(SHIPPED.base(), SHIPPED.options().get("no_transfer"));

        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.subject()).isEqualTo("Transfer in 2022/23");
            assertThat(c.option()).isNull();
        });
    }

    @Test
    void transferEveryYearProposesFourTransfers() {
        Scenario option = SHIPPED.options().get("transfer_every_year");
        List<Assumptions.Change> changes = Assumptions.differences(SHIPPED.base(), option);

        assertThat(changes).hasSize(4).allMatch(c -> c.subject().startsWith("Transfer in ") && c.option() != null);
        assertThat(changes).extracting(Assumptions.Change::option)
                .allMatch(text -> text.contains("approved with probability 30% (plan 100%)"));
    }

    @Test
    void sameScenarioHasNoDifferences() {
        assertThat(Assumptions.differences(SHIPPED.base(), SHIPPED.base())).isEmpty();
    }
}
