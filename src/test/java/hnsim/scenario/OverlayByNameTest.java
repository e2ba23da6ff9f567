package hnsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hnsim.model.BudgetModel;
import hnsim.model.CentralInputs;
import hnsim.model.Metric;
import hnsim.model.YearOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Options change the named items they list and keep the others. */
class OverlayByNameTest {
    static final Path SHIPPED = Path.of("scenarios/leicestershire-2021-mtfs.yaml");

    private static ScenarioFile withOption(String option) throws IOException {
        String text = Files.readString(SHIPPED, StandardCharsets.UTF_8) + option;
        return ScenarioLoader.parse("test.yaml", text.getBytes(StandardCharsets.UTF_8));
    }

    private static double planDeficit(Scenario s) {
        List<YearOutcome> path = new BudgetModel(s).run(CentralInputs.of(s));
        return path.get(path.size() - 1).get(Metric.CUMULATIVE_DEFICIT);
    }

    @Test
    void anOptionListingOneWorkstreamChangesOnlyThatOne() throws IOException {
        ScenarioFile file = withOption("""
                  inclusion_half:
                    workstreams:
                      - {name: Inclusion, delivery: {beta: [4, 2], plan: 50%}}
                """);
        Scenario base = file.base();
        Scenario option = file.allOptions().get("inclusion_half");
        assertThat(option.workstreams()).hasSize(7);
        assertThat(option.workstreams().stream().map(Workstream::name).toList())
                .isEqualTo(base.workstreams().stream().map(Workstream::name).toList());
        Workstream inclusion = option.workstreams().get(0);
        assertThat(inclusion.delivery().get(0).central()).isEqualTo(0.5);
        // Kept from the base item: its target and its slip.
        assertThat(inclusion.targetGbp()).isEqualTo(base.workstreams().get(0).targetGbp());
        assertThat(inclusion.slip()).isEqualTo(base.workstreams().get(0).slip());
        assertThat(option.workstreams().subList(1, 7)).isEqualTo(base.workstreams().subList(1, 7));
        // Half of Inclusion's £3.0m target in 2024/25 is lost, and half of each earlier year's.
        assertThat(planDeficit(option) - planDeficit(base)).isEqualTo((1.2e6 + 2.0e6 + 2.5e6 + 3.0e6) / 2,
                org.assertj.core.api.Assertions.within(1.0));
    }

    @Test
    void removeIsExplicitAndNewNamesAreAdded() throws IOException {
        ScenarioFile file = withOption("""
                  reshaped:
                    workstreams:
                      - {name: Inclusion, remove: true}
                      - {name: Early help, target: 1m, delivery: 100%}
                    placements:
                      post_16: {remove: true}
                """);
        Scenario option = file.allOptions().get("reshaped");
        assertThat(option.workstreams()).hasSize(7);
        assertThat(option.workstreams().stream().map(Workstream::name)).doesNotContain("Inclusion")
                .endsWith("Early help");
        assertThat(option.placementIndex("post_16")).isEqualTo(-1);
        assertThat(file.base().placementIndex("post_16")).isNotNegative();
    }

    @Test
    void anEmptyListStillRemovesEveryItemAndTransfersReplace() throws IOException {
        ScenarioFile file = withOption("""
                  none:
                    workstreams: []
                    transfers: [{year: 2023/24, amount: 1m}]
                """);
        Scenario option = file.allOptions().get("none");
        assertThat(option.workstreams()).isEmpty();
        assertThat(option.transfers()).hasSize(1);
        assertThat(option.transfers().get(0).yearIndex()).isEqualTo(2);
    }

    @Test
    void removingANameTheBaseDoesNotHaveIsAnErrorAtItsPlace() throws IOException {
        assertThatThrownBy(() -> withOption("""
                  typo:
                    workstreams:
                      - {name: Inclusoin, remove: true}
                      - {delivery: 50%}
                """)).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("options.typo.workstreams[0]: there is no 'Inclusoin' in the base to remove; "
                        + "did you mean 'Inclusion'?")
                .hasMessageContaining("options.typo.workstreams[1]: an option's workstreams are matched by name");
    }

    @Test
    void theShippedOutlookOptionMeansWhatItsCommentSays() throws IOException {
        // savings_delayed lists all three workstreams in full: every one slips two years for certain.
        ScenarioFile file = ScenarioLoader.load(Path.of("scenarios/leicestershire-2022-outlook.yaml"));
        Scenario delayed = file.allOptions().get("savings_delayed");
        assertThat(delayed.workstreams()).hasSize(3);
        for (int i = 0; i < 3; i++) {
            Workstream w = delayed.workstreams().get(i);
            assertThat(w.slip().probability()).isEqualTo(1.0);
            assertThat(w.slipYears()).isEqualTo(2);
            assertThat(w.targetGbp()).isEqualTo(file.base().workstreams().get(i).targetGbp());
        }
    }
}
