package hnsim.sensitivity;

import hnsim.model.InputCatalogue;
import hnsim.scenario.ScenarioLoader;
import java.nio.charset.StandardCharsets;

/** Tiny scenarios whose sensitivity indices can be worked out by hand. */
final class Scenarios {
    private Scenarios() {
    }

    static InputCatalogue parse(String yaml) {
        return InputCatalogue.of(ScenarioLoader.parse("test.yaml", yaml.getBytes(StandardCharsets.UTF_8)).base());
    }

    /** Demand growth of one placement type is the only uncertain input. */
    static final String ONE_INPUT = """
            name: one uncertain input
            first_year: 2021/22
            years: 3
            placements:
              special_school: {count: 1000, unit_cost: 20k, growth: {normal: [5%, 2%]}}
            inflation: {rate: 2%}
            funding:
              hnb_grant: {base: 20m, growth: 3%}
            """;

    /**
     * Two workstreams whose delivery (uniform on [0, 1], drawn afresh each year) is the only
     * uncertainty: the cumulative deficit is a constant minus the sum over years of target x
     * delivery, linear in independent inputs. Var = (1/12) x sum of squared targets: 3 x 1 for
     * Small, 3 x 4 for Large (in £m^2), so first-order = total = 0.2 and 0.8.
     */
    static final String ADDITIVE = """
            name: two additive inputs
            first_year: 2021/22
            years: 3
            placements:
              special_school: {count: 1000, unit_cost: 20k, growth: 5%}
            inflation: {rate: 2%}
            funding:
              hnb_grant: {base: 20m, growth: 3%}
            workstreams:
              - name: Small
                target: 1m
                delivery: {uniform: [0, 1]}
              - name: Large
                target: 2m
                delivery: {uniform: [0, 1]}
            """;
}
