package hnsim.kernel;

import hnsim.scenario.ScenarioFile;
import hnsim.scenario.ScenarioLoader;
import java.nio.charset.StandardCharsets;

/** Small scenario files written inline, for kernel tests. */
final class TestScenarios {
    private TestScenarios() {
    }

    /**
     * The shipped 2021 scenario's text without its own correlation block, for tests that add
     * a block of their own (a second one would be a duplicate key).
     */
    static String shippedWithoutCorrelation() throws java.io.IOException {
        String yaml = java.nio.file.Files.readString(java.nio.file.Path.of("scenarios/leicestershire-2021-mtfs.yaml"));
        String stripped = yaml.replaceFirst("(?ms)^correlation:.*?(?=^[a-z_]+:)", "");
        if (stripped.equals(yaml)) {
            throw new IllegalStateException("the shipped scenario has no correlation block to remove");
        }
        return stripped;
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
