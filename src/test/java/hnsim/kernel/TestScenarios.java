package hnsim.kernel;

import hnsim.scenario.ScenarioFile;
import hnsim.scenario.ScenarioLoader;
import java.nio.charset.StandardCharsets;

/** Small scenario files written inline, for kernel tests. */
final class TestScenarios {
    private TestScenarios() {
    }

    static ScenarioFile parse(String yaml) {
        return ScenarioLoader.parse("test.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    /** One placement type whose demand grows by {@code growth} with AR(1) persistence {@code rho}. */
    static ScenarioFile oneType(String growth, double rho, int years) {
        return parse("""
                name: one type
                first_year: 2021/22
                years: %d
                placements:
                  special_school: {count: 1000, unit_cost: 20k, growth: %s}
                demand: {persistence: %s}
                funding:
                  hnb_grant: {base: 20m}
                """.formatted(years, growth, rho));
    }
}
