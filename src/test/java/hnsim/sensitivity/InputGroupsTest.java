package hnsim.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hnsim.model.InputCatalogue;
import hnsim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputGroupsTest {
    private static final List<String> DEMAND = List.of("placements.mainstream_top_up.growth",
            "placements.resourced_provision.growth", "placements.special_school.growth",
            "placements.independent_special.growth");

    private static InputCatalogue shipped() {
        return InputCatalogue.of(ScenarioLoader.load(Path.of("scenarios/leicestershire-2021-mtfs.yaml")).base());
    }

    @Test
    void aCorrelationBlockIsOneGroupByDefault() {
        List<InputGroup> groups = InputGroups.of(shipped(), List.of(), CorrelatedTreatment.GROUP);
        InputGroup block = groups.stream().filter(g -> g.name().equals(InputGroups.CORRELATED)).findFirst().orElseThrow();
        assertThat(block.paths()).containsExactlyInAnyOrderElementsOf(DEMAND);
        assertThat(groups).filteredOn(InputGroup::isSingle).extracting(InputGroup::name).doesNotContainAnyElementsOf(DEMAND);
    }

    @Test
    void throughTheirScoresEachMemberIsItsOwnInput() {
        List<InputGroup> groups = InputGroups.of(shipped(), List.of(), CorrelatedTreatment.SCORES);
        assertThat(groups).allMatch(InputGroup::isSingle);
        assertThat(groups).extracting(InputGroup::name).containsAll(DEMAND);
    }

    @Test
    void aUserGroupTakesTheBlockAlong() {
        List<InputGroup> groups = InputGroups.of(shipped(), List.of("demand=placements.*.growth"), CorrelatedTreatment.GROUP);
        InputGroup demand = groups.stream().filter(g -> g.name().equals("demand")).findFirst().orElseThrow();
        assertThat(demand.paths()).containsAll(DEMAND).contains("placements.post_16.growth");
        assertThat(groups).extracting(InputGroup::name).doesNotContain(InputGroups.CORRELATED);
    }

    @Test
    void badGroupsAreRefusedWithTheInputsListed() {
        assertThatThrownBy(() -> InputGroups.of(shipped(), List.of("x=placements.*.growht"), CorrelatedTreatment.GROUP))
                .hasMessageContaining("matches no uncertain input").hasMessageContaining("placements.special_school.growth");
        assertThatThrownBy(() -> InputGroups.of(shipped(), List.of("demand"), CorrelatedTreatment.GROUP))
                .hasMessageContaining("NAME=PATTERN");
        assertThatThrownBy(() -> InputGroups.of(shipped(),
                List.of("a=placements.special_school.growth", "b=placements.independent_special.growth"),
                CorrelatedTreatment.GROUP)).hasMessageContaining("--correlated scores");
    }

    @Test
    void inputsThatCannotVaryAreLeftOut() {
        // The shipped scenario's schools block growth is a fixed 2%: no index to estimate.
        assertThat(InputGroups.varying(shipped())).extracting(i -> i.path())
                .doesNotContain("funding.schools_block.growth");
    }
}
