package hnsim.scenario;

import java.nio.charset.StandardCharsets;

/** A small valid scenario for tests, and helpers to change it. */
public final class ScenarioFiles {
    public static final String MINIMAL = """
            name: Test authority
            first_year: 2021/22
            years: 3
            opening_deficit: 10m
            placements:
              special:
                count: 100
                unit_cost: 20k
                growth: 10%
                capacity: [105, 105, 120]
                overflow: independent
              independent:
                count: 10
                unit_cost: 50k
                inflation: 5%
            inflation:
              rate: 2%
            funding:
              hnb_grant: {base: 2.5m, growth: 4%}
              schools_block: 100m
            transfers:
              - {year: 2022/23, rate: 0.5%}
            workstreams:
              - name: Review
                target: [100k, 200k, 300k]
                delivery: 50%
            """;

    private ScenarioFiles() {
    }

    public static ScenarioFile load(String yaml) {
        return ScenarioLoader.parse("test.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }
}
