package hnsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import hnsim.scenario.Scenario;
import hnsim.scenario.ScenarioFiles;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The row layout of a run: the core metrics in {@link Metric} order, then placements, gross
 * costs and savings of every option (the union, in order of first appearance), then the rule
 * metrics in their fixed order; pupils are not money.
 */
class MetricLayoutTest {
    private static final String TWO_TYPES = """
            name: layout
            first_year: 2021/22
            years: 2
            opening_deficit: 1m
            placements:
              special: {count: 100, unit_cost: 20k}
              independent: {count: 10, unit_cost: 50k}
            funding:
              hnb_grant: {base: 1m}
              schools_block: 200m
            workstreams:
              - {name: Review, target: [100k, 200k], delivery: 50%}
            """;

    private static Scenario load(String yaml) {
        return ScenarioFiles.load(yaml).base();
    }

    @Test
    void coreMetricsComeFirstInTheirOwnOrder() {
        MetricLayout core = MetricLayout.CORE;
        assertThat(core.size()).isEqualTo(Metric.values().length);
        for (Metric m : Metric.values()) {
            assertThat(core.indexOf(m.key())).isEqualTo(m.ordinal());
            assertThat(core.name(m.ordinal())).isEqualTo(m.key());
            assertThat(core.isMoney(m.ordinal())).as(m.key()).isEqualTo(m.isMoney());
        }
        assertThat(core.isMoney(Metric.PLACEMENTS.ordinal())).isFalse();
        assertThat(core.isMoney(Metric.CUMULATIVE_DEFICIT.ordinal())).isTrue();
        assertThat(core.indexOf("savings.review")).isEqualTo(-1);
        assertThat(core.contains("savings.review")).isFalse();
        assertThat(core.partsOf("placements")).isEmpty();
    }

    @Test
    void partsFollowInTheOrderTheOptionsFirstNameThem() {
        Scenario base = load(TWO_TYPES);
        Scenario option = load(TWO_TYPES.replace("independent: {count: 10, unit_cost: 50k}",
                "independent: {count: 10, unit_cost: 50k}\n  resourced: {count: 5, unit_cost: 30k}")
                .replace("- {name: Review, target: [100k, 200k], delivery: 50%}",
                        "- {name: Review, target: [100k, 200k], delivery: 50%}\n  - {name: Travel, target: 50k, delivery: 80%}"));
        MetricLayout layout = MetricLayout.of(List.of(base, option));
        int core = Metric.values().length;
        assertThat(layout.names().subList(core, layout.size())).containsExactly(
                "placements.special", "placements.independent", "placements.resourced",
                "gross_cost.special", "gross_cost.independent", "gross_cost.resourced",
                "savings.review", "savings.travel");
        assertThat(layout.partsOf("placements")).containsExactly("placements.special", "placements.independent",
                "placements.resourced");
        assertThat(layout.partsOf("savings")).containsExactly("savings.review", "savings.travel");
        assertThat(layout.isMoney("placements.special")).isFalse();
        assertThat(layout.isMoney("gross_cost.special")).isTrue();
        assertThat(layout.isMoney("savings.travel")).isTrue();
        assertThat(layout.isMoney("no.such")).isFalse();
        assertThat(layout.contains("savings.travel")).isTrue();
        assertThat(layout.indexOf("gross_cost.special")).isEqualTo(core + 3);
        assertThat(layout.toString()).startsWith("[" + Metric.values()[0].key() + ", ").endsWith("savings.travel]");
        assertThat(MetricLayout.of(base).size()).isEqualTo(core + 5);
    }

    @Test
    void ruleMetricsComeLastInTheirFixedOrderWhateverTheOrderOfTheRules() {
        Scenario rules = load(TWO_TYPES + """
                rules:
                  - {write_off: {year: 2022/23, share: 50%}}
                  - {safety_valve: {from: 2021/22, path: 1m, payments: 1m}}
                """);
        MetricLayout layout = MetricLayout.of(rules);
        List<String> names = layout.names();
        assertThat(names.subList(names.size() - 2, names.size()))
                .containsExactly(MetricLayout.SAFETY_VALVE_INCOME, MetricLayout.WRITTEN_OFF);
        assertThat(layout.isMoney(MetricLayout.WRITTEN_OFF)).isTrue();
        assertThat(layout.contains(MetricLayout.GRANT_INCOME)).isFalse();
        assertThat(layout.contains(MetricLayout.GENERAL_FUND_EXPOSURE)).isFalse();
    }
}
