package hnsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code correlation:} block: what it accepts, and every refusal names file:line:column. */
class CorrelationReaderTest {
    /** Lines 1-19; a correlation block appended starts on line 20. */
    private static final String BASE = """
            name: correlated
            first_year: 2021/22
            years: 3
            placements:
              mainstream_top_up: {count: 1900, unit_cost: 8.5k, growth: {normal: [6%, 2%]}}
              special_school: {count: 1300, unit_cost: 22k, growth: {normal: [5%, 2%]}}
              independent: {count: 520, unit_cost: 54k, inflation: {normal: [6%, 2%]}}
            demand: {persistence: 0.5}
            inflation:
              rate: {normal: [3%, 1%]}
            funding:
              hnb_grant: {base: 68.7m, growth: {triangular: [3%, 5%, 10%]}}
              schools_block: 400m
            workstreams:
              - name: Inclusion
                target: [1m, 2m, 3m]
                delivery: {beta: [4, 2]}
              - name: Sufficiency
                target: [1m, 2m, 3m]
            """;

    private static ScenarioFile load(String correlation) {
        return ScenarioLoader.parse("test.yaml", (BASE + correlation).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsInputsAndTheRankCorrelationMatrix() {
        Scenario s = load("""
                correlation:
                  inputs: [placements.mainstream_top_up.growth, placements.special_school.growth, inflation.rate]
                  matrix:
                    - [1, 0.6, 0.3]
                    - [0.6, 1, 0.3]
                    - [0.3, 0.3, 1]
                """).base();
        assertThat(s.correlation().inputs()).containsExactly(
                "placements.mainstream_top_up.growth", "placements.special_school.growth", "inflation.rate");
        assertThat(s.correlation().rankCorrelation()[0]).containsExactly(1, 0.6, 0.3);
        assertThat(s.correlation().gaussianCorrelation()[0][1]).isEqualTo(2 * Math.sin(Math.PI * 0.6 / 6));
    }

    @Test
    void scenarioWithoutABlockHasNoCorrelation() {
        assertThat(load("").base().correlation()).isEqualTo(Correlation.NONE);
    }

    @Test
    void acceptsEveryKindOfYearlyInputAndWorkstreamsByIndex() {
        Scenario s = load("""
                correlation:
                  inputs: [placements.independent.inflation, funding.hnb_grant.growth, "workstreams[0].delivery"]
                  matrix: [[1, 0.2, 0], [0.2, 1, 0], [0, 0, 1]]
                """).base();
        assertThat(s.correlation().inputs()).containsExactly(
                "placements.independent.inflation", "funding.hnb_grant.growth", "workstreams.inclusion.delivery");
    }

    @Test
    void aWorkstreamIsNamedByItsIdAndItsNameIsAcceptedForIt() {
        // Files written before workstream ids name a workstream's delivery by its name.
        for (String form : new String[] {"workstreams.Inclusion.delivery", "workstreams.inclusion.delivery"}) {
            Scenario s = load("""
                    correlation:
                      inputs: [funding.hnb_grant.growth, "%s"]
                      matrix: [[1, 0.2], [0.2, 1]]
                    """.formatted(form)).base();
            assertThat(s.correlation().inputs()).as(form)
                    .containsExactly("funding.hnb_grant.growth", "workstreams.inclusion.delivery");
        }
    }

    @Test
    void rejectsAMatrixThatIsNotPositiveDefiniteAtTheMatrixKey() {
        assertThatThrownBy(() -> load("""
                correlation:
                  inputs: [placements.mainstream_top_up.growth, placements.special_school.growth, inflation.rate]
                  matrix:
                    - [1, 0.9, -0.5]
                    - [0.9, 1, 0.3]
                    - [-0.5, 0.3, 1]
                """)).isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith("test.yaml:22:3: correlation.matrix: the correlation matrix is not positive"
                        + " definite (smallest eigenvalue -0.17)");
    }

    @Test
    void rejectsAMatrixThatLosesPositiveDefinitenessInTheCopulaConversion() {
        // Spearman matrix has smallest eigenvalue +0.0067; its Pearson conversion -0.029.
        assertThatThrownBy(() -> load("""
                correlation:
                  inputs: [placements.mainstream_top_up.growth, placements.special_school.growth, inflation.rate]
                  matrix: [[1, 0.5, 0.5], [0.5, 1, -0.49], [0.5, -0.49, 1]]
                """)).hasMessageContaining("test.yaml:22:3: correlation.matrix: the correlation matrix is not"
                        + " positive definite after conversion to the Gaussian copula's Pearson correlations"
                        + " 2 sin(pi rho / 6) (smallest eigenvalue -0.029)");
    }

    @Test
    void rejectsAsymmetryAUnitDiagonalViolationAndEntriesOutsideMinusOneToOne() {
        assertThatThrownBy(() -> load("""
                correlation:
                  inputs: [placements.mainstream_top_up.growth, placements.special_school.growth, inflation.rate]
                  matrix:
                    - [1, 0.6, 0.3]
                    - [0.5, 0.9, 0.3]
                    - [0.3, 1.3, 1]
                """)).satisfies(e -> assertThat(((ScenarioException) e).problems()).extracting(Problem::toString)
                .containsExactly(
                        "test.yaml:24:13: correlation.matrix[1][1]: the diagonal must be 1 (an input's correlation"
                                + " with itself), got 0.9",
                        "test.yaml:25:13: correlation.matrix[2][1]: a correlation must be between -1 and 1, got 1.3",
                        "test.yaml:24:8: correlation.matrix[1][0]: the matrix must be symmetric: this is 0.5 but"
                                + " correlation.matrix[0][1] is 0.6",
                        "test.yaml:25:13: correlation.matrix[2][1]: the matrix must be symmetric: this is 1.3 but"
                                + " correlation.matrix[1][2] is 0.3"));
    }

    @Test
    void rejectsAMatrixOfTheWrongSize() {
        assertThatThrownBy(() -> load("""
                correlation:
                  inputs: [placements.mainstream_top_up.growth, inflation.rate]
                  matrix: [[1, 0.6, 0.3], [0.6, 1, 0.3]]
                """)).hasMessage("test.yaml:22:12: correlation.matrix[0]: expected a row of 2 correlations, found 3 values");
    }

    @Test
    void suggestsTheClosestInputForAMisspeltName() {
        assertThatThrownBy(() -> load("""
                correlation:
                  inputs: [placements.special_schol.growth, inflation.rate]
                  matrix: [[1, 0.6], [0.6, 1]]
                """)).hasMessage("test.yaml:21:12: correlation.inputs[0]: no yearly uncertain input is called"
                        + " 'placements.special_schol.growth'; did you mean 'placements.special_school.growth'?");
    }

    @Test
    void listsTheCorrelatableInputsWhenNothingIsClose() {
        assertThatThrownBy(() -> load("""
                correlation:
                  inputs: [transfers.approval, inflation.rate]
                  matrix: [[1, 0.6], [0.6, 1]]
                """)).hasMessageContaining("no yearly uncertain input is called 'transfers.approval'; inputs that can be"
                        + " correlated: placements.mainstream_top_up.growth, placements.special_school.growth,"
                        + " placements.independent.growth, placements.independent.inflation, inflation.rate,");
    }

    @Test
    void pointsAPlacementFollowingGeneralInflationToTheGeneralRate() {
        assertThatThrownBy(() -> load("""
                correlation:
                  inputs: [placements.special_school.inflation, placements.special_school.growth]
                  matrix: [[1, 0.6], [0.6, 1]]
                """)).hasMessageContaining("the placement type 'special_school' has no inflation of its own (it follows"
                        + " the general inflation); correlate inflation.rate instead");
    }

    @Test
    void rejectsAnInputListedTwice() {
        assertThatThrownBy(() -> load("""
                correlation:
                  inputs: [inflation.rate, inflation.rate]
                  matrix: [[1, 0.6], [0.6, 1]]
                """)).hasMessage("test.yaml:21:28: correlation.inputs[1]: 'inflation.rate' is listed twice");
    }

    @Test
    void warnsThatCorrelatingACertainValueHasNoEffect() {
        ScenarioFile file = load("""
                correlation:
                  inputs: [funding.schools_block.growth, inflation.rate]
                  matrix: [[1, 0.6], [0.6, 1]]
                """);
        assertThat(file.warnings()).extracting(Problem::toString).containsExactly(
                "test.yaml:21:12: warning: correlation.inputs[0]: 'funding.schools_block.growth' is a certain value"
                        + " in every year; its correlations have no effect");
    }

    @Test
    void anOptionCanChangeTheCorrelation() {
        ScenarioFile file = load("""
                correlation:
                  inputs: [placements.mainstream_top_up.growth, inflation.rate]
                  matrix: [[1, 0.6], [0.6, 1]]
                options:
                  uncorrelated:
                    correlation: {matrix: [[1, 0], [0, 1]]}
                  without:
                    correlation: null
                """);
        assertThat(file.options().get("uncorrelated").correlation().rankCorrelation()[0]).containsExactly(1, 0);
        assertThat(file.options().get("without").correlation()).isEqualTo(Correlation.NONE);
        assertThat(file.base().correlation().inputs()).isEqualTo(List.of("placements.mainstream_top_up.growth",
                "inflation.rate"));
    }
}
