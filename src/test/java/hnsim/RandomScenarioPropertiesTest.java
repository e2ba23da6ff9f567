package hnsim;

import static org.assertj.core.api.Assertions.assertThat;

import hnsim.engine.Engine;
import hnsim.engine.RunRequest;
import hnsim.kernel.RunSettings;
import hnsim.model.Metric;
import hnsim.scenario.ScenarioFile;
import hnsim.scenario.ScenarioGenerator;
import hnsim.scenario.ScenarioLoader;
import hnsim.stats.SimulationResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random valid scenarios (written as YAML text by {@link ScenarioGenerator}) load without
 * errors, run, and keep the budget's accounting identities in every trajectory, option and
 * year: net = gross - savings, in-year = net - funding, cumulative = opening + the in-year sum.
 */
class RandomScenarioPropertiesTest {
    static final int SCENARIOS = 80;
    static final int TRAJECTORIES = 200;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, SCENARIOS);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aRandomValidScenarioLoadsRunsAndBalances(long seed) throws Exception {
        String yaml = ScenarioGenerator.generate(seed);
        ScenarioFile file = ScenarioLoader.parse("generated-" + seed + ".yaml", yaml.getBytes(StandardCharsets.UTF_8));
        SimulationResult result = Engine.run(file, RunRequest.of(new RunSettings(seed, TRAJECTORIES, 1, false), List.of()), n -> { });
        hnsim.stats.ExactAggregates store = result.exact().orElseThrow();
        List<String> broken = new ArrayList<>();
        List<String> names = result.optionNames();
        for (int o = 0; o < names.size(); o++) {
            double opening = file.allOptions().get(names.get(o)).openingDeficitGbp();
            for (int i = 0; i < TRAJECTORIES; i++) {
                double cumulative = opening;
                for (int t = 0; t < result.years().size(); t++) {
                    double gross = store.get(o, Metric.GROSS_COST.ordinal(), t, i);
                    double savings = store.get(o, Metric.SAVINGS.ordinal(), t, i);
                    double net = store.get(o, Metric.NET_COST.ordinal(), t, i);
                    double funding = store.get(o, Metric.FUNDING.ordinal(), t, i);
                    double inYear = store.get(o, Metric.IN_YEAR_DEFICIT.ordinal(), t, i);
                    cumulative += inYear;
                    String at = names.get(o) + " trajectory " + i + " year " + t + ": ";
                    for (Metric m : Metric.values()) {
                        if (!Double.isFinite(store.get(o, m.ordinal(), t, i))) {
                            broken.add(at + m.key() + " is " + store.get(o, m.ordinal(), t, i));
                        }
                    }
                    check(broken, at + "net = gross - savings", net, gross - savings);
                    check(broken, at + "in-year = net - funding", inYear, net - funding);
                    check(broken, at + "cumulative = opening + sum of in-year", store.get(o, Metric.CUMULATIVE_DEFICIT.ordinal(), t, i),
                            cumulative);
                    if (store.get(o, Metric.PLACEMENTS.ordinal(), t, i) < 0) {
                        broken.add(at + "negative placements");
                    }
                }
            }
        }
        assertThat(broken).as(yaml).isEmpty();
    }

    private static void check(List<String> broken, String what, double actual, double expected) {
        double tolerance = 1e-9 * Math.max(1, Math.abs(expected)) + 1e-6;
        if (broken.size() < 10 && Math.abs(actual - expected) > tolerance) {
            broken.add(what + ": " + actual + " vs " + expected);
        }
    }
}
