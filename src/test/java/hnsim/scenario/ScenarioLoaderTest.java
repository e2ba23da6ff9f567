package hnsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import hnsim.dist.Beta;
import hnsim.dist.Normal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioLoaderTest {
    private static List<Problem> problemsOf(String yaml) {
        try {
            ScenarioFiles.load(yaml);
        } catch (ScenarioException e) {
            return e.problems();
        }
        throw new AssertionError("expected the scenario to be refused");
    }

    private static Problem onlyProblemOf(String yaml) {
        List<Problem> problems = problemsOf(yaml);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    @Test
    void loadsTheMinimalScenarioIntoRecords() {
        ScenarioFile file = ScenarioFiles.load(ScenarioFiles.MINIMAL);
        Scenario s = file.base();
        assertThat(s.name()).isEqualTo("Test authority");
        assertThat(s.years()).isEqualTo(3);
        assertThat(s.openingDeficitGbp()).isEqualTo(10e6);
        assertThat(s.placements()).extracting(Placement::name).containsExactly("special", "independent");
        Placement special = s.placements().get(0);
        assertThat(special.capacityPupils()).containsExactly(105.0, 105.0, 120.0);
        assertThat(special.followsGeneralInflation()).isTrue();
        assertThat(s.placements().get(1).inflation().get(0).central()).isCloseTo(0.05, within(1e-15));
        assertThat(s.transfers()).hasSize(1);
        assertThat(s.transfers().get(0).yearIndex()).isEqualTo(1);
        assertThat(s.transfers().get(0).approval().probability()).isEqualTo(1.0);
        assertThat(s.workstreams().get(0).targetGbp()).containsExactly(100e3, 200e3, 300e3);
        assertThat(file.sha256()).hasSize(64);
        assertThat(file.warnings()).isEmpty();
    }

    @Test
    void readsDistributionsWithPlanValues() {
        ScenarioFile file = ScenarioFiles.load(ScenarioFiles.MINIMAL
                .replace("growth: 10%", "growth: {normal: [6%, 2%], plan: 4.5%}")
                .replace("delivery: 50%", "delivery: {beta: [3, 2], plan: 100%}"));
        var growth = file.base().placements().get(0).growth().get(0);
        assertThat(growth.distribution()).isEqualTo(new Normal(0.06, 0.02));
        assertThat(growth.central()).isCloseTo(0.045, within(1e-15));
        var delivery = file.base().workstreams().get(0).delivery().get(2);
        assertThat(delivery.distribution()).isEqualTo(new Beta(3, 2));
        assertThat(delivery.central()).isEqualTo(1.0);
    }

    @Test
    void loadsTheShippedScenarioWithItsOptions() {
        ScenarioFile file = ScenarioLoader.load(Path.of("scenarios/leicestershire-2021-mtfs.yaml"));
        assertThat(file.allOptions().keySet())
                .containsExactly("base", "no_transfer", "transfer_every_year", "one_percent_2022");
        assertThat(file.options().get("no_transfer").transfers()).isEmpty();
        assertThat(file.options().get("transfer_every_year").transfers()).hasSize(4);
        assertThat(file.warnings()).isEmpty();
    }

    @Test
    void rejectsUnknownKeyWithSuggestionLineAndColumn() {
        Problem p = onlyProblemOf(ScenarioFiles.MINIMAL.replace("opening_deficit:", "opening_defecit:"));
        assertThat(p.location().line()).isEqualTo(4);
        assertThat(p.location().column()).isEqualTo(1);
        assertThat(p.path()).isEqualTo("opening_defecit");
        assertThat(p.message()).contains("unknown key 'opening_defecit'").contains("did you mean 'opening_deficit'?");
        assertThat(p.toString()).startsWith("test.yaml:4:1: ");
    }

    @Test
    void rejectsProbabilityAboveOneWithLineAndColumn() {
        Problem p = onlyProblemOf(ScenarioFiles.MINIMAL.replace("rate: 0.5%}", "rate: 0.5%, approval: 130%}"));
        assertThat(p.location().line()).isEqualTo(22);
        assertThat(p.path()).isEqualTo("transfers[0].approval");
        assertThat(p.message()).contains("between 0 and 1");
    }

    @Test
    void rejectsNegativeCount() {
        Problem p = onlyProblemOf(ScenarioFiles.MINIMAL.replace("count: 10\n", "count: -10\n"));
        assertThat(p.path()).isEqualTo("placements.independent.count");
        assertThat(p.location().line()).isEqualTo(13);
        assertThat(p.message()).contains("cannot be negative");
    }

    @Test
    void rejectsWrongTypesAndMissingKeys() {
        Problem list = onlyProblemOf(ScenarioFiles.MINIMAL.replace("unit_cost: 20k", "unit_cost: [20k]"));
        assertThat(list.message()).contains("expected an amount of money").contains("found a list");
        Problem missing = onlyProblemOf(ScenarioFiles.MINIMAL.replace("    unit_cost: 50k\n", ""));
        assertThat(missing.message()).contains("missing required key 'unit_cost'");
        assertThat(missing.path()).isEqualTo("placements.independent");
    }

    @Test
    void reportsEveryProblemNotJustTheFirst() {
        List<Problem> problems = problemsOf(ScenarioFiles.MINIMAL
                .replace("count: 10\n", "count: lots\n")
                .replace("growth: 4%", "growth: fast")
                .replace("year: 2022/23", "year: 2030/31"));
        assertThat(problems).extracting(Problem::path).containsExactlyInAnyOrder(
                "placements.independent.count", "funding.hnb_grant.growth", "transfers[0].year");
        assertThat(problems.get(2).message()).contains("outside the modelled years 2021/22 to 2023/24");
    }

    @Test
    void perYearListsMustHaveOneValuePerYear() {
        Problem p = onlyProblemOf(ScenarioFiles.MINIMAL.replace("[100k, 200k, 300k]", "[100k, 200k]"));
        assertThat(p.message()).contains("one value per modelled year (3), found 2");
    }

    @Test
    void checksDistributionParameters() {
        Problem sd = onlyProblemOf(ScenarioFiles.MINIMAL.replace("growth: 10%", "growth: {normal: [5%, -1%]}"));
        assertThat(sd.path()).isEqualTo("placements.special.growth.normal");
        assertThat(sd.message()).contains("sd must be greater than 0");
        Problem tri = onlyProblemOf(ScenarioFiles.MINIMAL.replace("growth: 10%", "growth: {triangular: [5%, 1%, 9%]}"));
        assertThat(tri.message()).contains("mode");
        Problem kind = onlyProblemOf(ScenarioFiles.MINIMAL.replace("growth: 10%", "growth: {nromal: [5%, 1%]}"));
        assertThat(kind.message()).contains("did you mean 'normal'?");
        Problem weights = onlyProblemOf(ScenarioFiles.MINIMAL.replace("growth: 10%",
                "growth: {discrete: {values: [1%, 2%], weights: [50%, 60%]}}"));
        assertThat(weights.message()).contains("weights must sum to 1");
    }

    @Test
    void overflowMustNameAnotherPlacementType() {
        Problem p = onlyProblemOf(ScenarioFiles.MINIMAL.replace("overflow: independent", "overflow: independant"));
        assertThat(p.message()).contains("no placement type is called 'independant'").contains("did you mean 'independent'?");
    }

    @Test
    void optionErrorsNameTheOption() {
        Problem p = onlyProblemOf(ScenarioFiles.MINIMAL + "options:\n  bad:\n    transfers: [{year: 2022/23, rate: 50%}]\n");
        assertThat(p.path()).startsWith("options.bad: transfers[0].rate");
        assertThat(p.location().line()).isEqualTo(29);
    }

    @Test
    void anOptionCannotChangeTheYearsModelled() {
        Problem p = onlyProblemOf(ScenarioFiles.MINIMAL + "options:\n  longer: {years: 5}\n");
        assertThat(p.path()).isEqualTo("options.longer.years");
        assertThat(p.message()).contains("an option cannot change years");
    }

    @Test
    void refusesTwoIncomeLinesOfOneName() {
        Problem p = onlyProblemOf(ScenarioFiles.MINIMAL.replace("schools_block: 100m", "schools_block: 100m\n"
                + "  other_income:\n    - {name: recoupment, amount: 1m}\n    - {name: recoupment, amount: 0.5m}"));
        assertThat(p.path()).isEqualTo("funding.other_income[1].name");
        assertThat(p.message()).contains("another income line is already called 'recoupment'");
    }

    @Test
    void refusesGrowthThatCanFallBelowMinusOneHundredPercent() {
        Problem p = onlyProblemOf(ScenarioFiles.MINIMAL.replace("growth: 10%", "growth: {uniform: [-120%, 10%]}"));
        assertThat(p.path()).isEqualTo("placements.special.growth");
        assertThat(p.message()).contains("falls to -100% or below").contains("truncate");
        ScenarioFile truncated = ScenarioFiles.load(ScenarioFiles.MINIMAL
                .replace("growth: 10%", "growth: {uniform: [-120%, 10%], truncate: [-50%, 10%]}"));
        assertThat(truncated.warnings()).isEmpty();
        ScenarioFile wide = ScenarioFiles.load(ScenarioFiles.MINIMAL.replace("growth: 10%", "growth: {normal: [5%, 60%], truncate: [-90%, 200%]}"));
        assertThat(wide.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("unusually wide"));
    }

    @Test
    void aRateTransferNeedsASchoolsBlock() {
        Problem p = onlyProblemOf(ScenarioFiles.MINIMAL.replace("  schools_block: 100m\n", ""));
        assertThat(p.path()).isEqualTo("transfers");
        assertThat(p.message()).contains("funding.schools_block is not given");
        ScenarioFiles.load(ScenarioFiles.MINIMAL.replace("  schools_block: 100m\n", "")
                .replace("rate: 0.5%}", "amount: 500k}"));
    }

    @Test
    void anOptionReplacesADistributionWhole() {
        ScenarioFile file = ScenarioFiles.load(ScenarioFiles.MINIMAL.replace("growth: 10%", "growth: {normal: [6%, 2%], plan: 4.5%}")
                + "options:\n  other_family:\n    placements:\n      special: {growth: {triangular: [5%, 8%, 12%]}}\n"
                + "  no_plan:\n    placements:\n      special: {growth: {normal: [9%, 2%]}}\n");
        assertThat(file.options().get("other_family").placements().get(0).growth().get(0).distribution())
                .isEqualTo(new hnsim.dist.Triangular(0.05, 0.08, 0.12));
        // The base's plan value does not leak into the option's own distribution.
        assertThat(file.options().get("no_plan").placements().get(0).growth().get(0).central()).isCloseTo(0.09, within(1e-12));
    }

    @Test
    void optionsOverlayTheBase() {
        ScenarioFile file = ScenarioFiles.load(ScenarioFiles.MINIMAL
                + "options:\n  faster:\n    placements:\n      special: {growth: 20%}\n  none:\n    transfers: []\n");
        Scenario faster = file.options().get("faster");
        assertThat(faster.placements().get(0).growth().get(0).central()).isCloseTo(0.2, within(1e-15));
        assertThat(faster.placements().get(0).baseUnitCostGbp()).isEqualTo(20e3);
        assertThat(faster.transfers()).hasSize(1);
        assertThat(file.options().get("none").transfers()).isEmpty();
    }

    @Test
    void warnsAboutRatesWithoutPercentSign() {
        ScenarioFile file = ScenarioFiles.load(ScenarioFiles.MINIMAL.replace("rate: 2%", "rate: 2"));
        assertThat(file.warnings()).singleElement().satisfies(w -> {
            assertThat(w.path()).isEqualTo("inflation.rate");
            assertThat(w.message()).contains("write 2% if 2 per cent was meant");
        });
    }

    @Test
    void refusesDuplicateKeysAndAliases() {
        Problem dup = onlyProblemOf(ScenarioFiles.MINIMAL + "years: 4\n");
        assertThat(dup.message()).contains("duplicate key 'years'");
        assertThat(dup.location().line()).isEqualTo(27);
        Problem alias = onlyProblemOf(ScenarioFiles.MINIMAL.replace("opening_deficit: 10m", "opening_deficit: &a 10m\ndescription: *a"));
        assertThat(alias.message()).contains("YAML anchors (&a) are not supported");
    }

    @Test
    void refusesATopLevelThatIsNotAMapping() {
        assertThat(onlyProblemOf("- a\n- b\n").message()).contains("expected a scenario mapping").contains("found a list");
        assertThat(onlyProblemOf("").message()).contains("the file is empty");
    }

    @Test
    void missingFileIsAProblemWithoutLine() {
        assertThatThrownBy(() -> ScenarioLoader.load(Path.of("no/such/file.yaml")))
                .isInstanceOf(ScenarioException.class)
                .hasMessage("no/such/file.yaml: no such file");
    }
}
