package hnsim.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import hnsim.model.InputCatalogue;
import hnsim.model.Metric;
import hnsim.model.TrajectoryInputs;
import hnsim.scenario.Scenario;
import hnsim.scenario.ScenarioFile;
import hnsim.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Options share the base's draws: each trajectory's inputs are drawn once and every option is
 * evaluated on them, an option that changes an input drawing only that input again. Every
 * option must still get exactly the numbers it gets when run alone (the same streams per
 * input), to the bit.
 */
class SharedDrawsTest {
    /** Options that change a correlated input, an independent one, an event and the list of transfers. */
    static final String CHANGING_OPTIONS = """
            options:
              faster_special_growth:
                placements:
                  special_school:
                    growth: {normal: [7%, 2%], plan: 4.5%}
              dearer_independent:
                placements:
                  independent_special:
                    inflation: {triangular: [3%, 6%, 12%], plan: 3%}
              likelier_shocks:
                inflation:
                  shock: {probability: 40%, size: 4%}
              no_transfer:
                transfers: []
            """;

    static ScenarioFile changingOptions() throws Exception {
        String yaml = Files.readString(Path.of("scenarios/leicestershire-2021-mtfs.yaml"));
        return TestScenarios.parse(yaml.substring(0, yaml.indexOf("\noptions:")) + "\n" + CHANGING_OPTIONS);
    }

    static Stream<ScenarioFile> files() throws Exception {
        return Stream.of(ScenarioLoader.load(Path.of("scenarios/leicestershire-2021-mtfs.yaml")),
                ScenarioLoader.load(Path.of("scenarios/leicestershire-2022-outlook.yaml")), changingOptions());
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyOptionGetsExactlyTheNumbersItGetsAlone(ScenarioFile file) throws Exception {
        for (Sampling sampling : Sampling.values()) {
            List<Scenario> options = new ArrayList<>(file.allOptions().values());
            // A full block and a short second one, on two threads.
            RunSettings settings = new RunSettings(7L, RunSettings.BLOCK + 100, 2, false, sampling);
            TrajectoryStore together = Kernel.run(options, settings, n -> { });
            for (int o = 0; o < options.size(); o++) {
                TrajectoryStore alone = Kernel.run(List.of(options.get(o)), settings, n -> { });
                for (Metric m : Metric.values()) {
                    for (int t = 0; t < options.get(o).years(); t++) {
                        assertThat(together.column(o, m, t)).as("option %d, %s, year %d, %s", o, m, t, sampling)
                                .containsExactly(alone.column(0, m, t));
                    }
                }
            }
        }
    }

    @Test
    void anOptionThatChangesAnInputDrawsOnlyThatInputAgain() throws Exception {
        ScenarioFile file = changingOptions();
        Scenario base = file.base();
        Scenario faster = file.options().get("faster_special_growth");
        Scenario dearer = file.options().get("dearer_independent");
        int alone = new InputSampler(base, 1L).drawsPerTrajectory();
        // The correlated special-school growth only maps the shared copula scores afresh: no new draws.
        assertThat(sampler(base, faster).drawsPerTrajectory()).isEqualTo(alone);
        // Independent-special inflation is drawn again: four more triangular draws a trajectory.
        assertThat(sampler(base, dearer).drawsPerTrajectory()).isEqualTo(alone + 4);

        InputSampler sampler = sampler(base, faster, dearer);
        int special = base.placementIndex("special_school");
        int independent = base.placementIndex("independent_special");
        for (long i = 0; i < 200; i++) {
            sampler.draw(i);
            TrajectoryInputs b = copy(sampler.inputs(0), base);
            TrajectoryInputs f = sampler.inputs(1);
            // Changed: the special-school growth; the same for every other input (common random numbers).
            assertThat(f.growth[special]).isNotEqualTo(b.growth[special]);
            for (int p = 0; p < base.placements().size(); p++) {
                if (p != special) {
                    assertThat(f.growth[p]).containsExactly(b.growth[p]);
                }
            }
            assertThat(f.delivery).isDeepEqualTo(b.delivery);
            assertThat(f.slipped).containsExactly(b.slipped);
            assertThat(f.inflation).isDeepEqualTo(b.inflation);
            TrajectoryInputs d = sampler.inputs(2);
            assertThat(d.ownInflation[independent]).isNotEqualTo(b.ownInflation[independent]);
            assertThat(d.growth).isDeepEqualTo(b.growth);
            assertThat(d.generalInflation).containsExactly(b.generalInflation);
            assertThat(d.inflationShock).containsExactly(b.inflationShock);
        }
    }

    @Test
    void reKeyingOneInputsStreamRedrawsThatInputAlone() {
        Scenario base = ScenarioLoader.load(Path.of("scenarios/leicestershire-2021-mtfs.yaml")).base();
        InputCatalogue catalogue = InputCatalogue.of(base);
        InputCatalogue rekeyed = catalogue.withStream("workstreams.inclusion.delivery", "sobol/B/workstream/Inclusion/delivery");
        RunSettings settings = new RunSettings(11L, 300, 1, false);
        List<double[][]> before = new ArrayList<>();
        Kernel.replay(catalogue, settings, 300, (i, in, metrics) -> before.add(new double[][] {
                in.delivery[0].clone(), in.delivery[1].clone(), in.growth[2].clone(), {in.slipped[0]}}));
        int[] index = {0};
        Kernel.replay(rekeyed, settings, 300, (i, in, metrics) -> {
            double[][] old = before.get(index[0]++);
            assertThat(in.delivery[0]).isNotEqualTo(old[0]);
            assertThat(in.delivery[1]).containsExactly(old[1]);
            assertThat(in.growth[2]).containsExactly(old[2]);
            assertThat(in.slipped[0]).isEqualTo(old[3][0]);
        });
        assertThat(index[0]).isEqualTo(300);
    }

    @ParameterizedTest
    @MethodSource("files")
    void theSamplerFillsEveryInputTheModelReads(ScenarioFile file) throws Exception {
        for (Scenario scenario : file.allOptions().values()) {
            for (Sampling sampling : Sampling.values()) {
                InputSampler sampler = new InputSampler(scenario, 3L, sampling);
                TrajectoryInputs in = new TrajectoryInputs(scenario);
                hnsim.model.InputCatalogueCoverageTestAccess.fillNaN(in);
                sampler.beginBlock(0);
                sampler.fill(5, in);
                assertThat(hnsim.model.InputCatalogueCoverageTestAccess.nanFields(in, scenario)).isEmpty();
            }
        }
    }

    private static InputSampler sampler(Scenario... options) {
        return new InputSampler(Stream.of(options).map(InputCatalogue::of).toList(), 1L, Sampling.MONTE_CARLO);
    }

    /** A copy of the base's inputs, since the sampler refills its instances. */
    private static TrajectoryInputs copy(TrajectoryInputs from, Scenario scenario) {
        TrajectoryInputs to = new TrajectoryInputs(scenario);
        for (int p = 0; p < from.growth.length; p++) {
            to.growth[p] = from.growth[p].clone();
            to.inflation[p] = from.inflation[p].clone();
            to.ownInflation[p] = from.ownInflation[p].clone();
        }
        for (int w = 0; w < from.delivery.length; w++) {
            to.delivery[w] = from.delivery[w].clone();
        }
        System.arraycopy(from.generalInflation, 0, to.generalInflation, 0, from.generalInflation.length);
        System.arraycopy(from.inflationShock, 0, to.inflationShock, 0, from.inflationShock.length);
        System.arraycopy(from.slipped, 0, to.slipped, 0, from.slipped.length);
        return to;
    }
}
