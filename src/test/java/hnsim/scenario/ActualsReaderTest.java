package hnsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hnsim.model.Metric;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActualsReaderTest {
    private static final String BASE = """
            name: Test council
            first_year: 2021/22
            years: 3
            opening_deficit: 10m
            placements:
              special: {count: 1000, unit_cost: 20k, growth: {normal: [5%, 2%]}}
            funding:
              hnb_grant: {base: 40m, growth: 3%}
            workstreams:
              - {name: Right Place Right Time, target: 1m}
            """;

    private static ScenarioFile parse(String text) {
        return ScenarioLoader.parse("t.yaml", text.getBytes(StandardCharsets.UTF_8));
    }

    private static String errors(String text) {
        try {
            parse(text);
            return "";
        } catch (ScenarioException e) {
            return e.getMessage();
        }
    }

    @Test
    void readsOutturnsWithTheirUnitsYearsAndSources() {
        ScenarioFile file = parse(BASE + """
                actuals:
                  - {metric: cumulative_deficit, year: 2022/23, value: 24.3m, source: "reported: outturn report"}
                  - {metric: placements, year: 2021/22, value: "4,880", source: "reported: SEN2"}
                  - {metric: savings.right_place_right_time, year: 2023/24, value: 250k, source: judgement}
                """);
        assertThat(file.actuals()).hasSize(3);
        Actual first = file.actuals().get(0);
        assertThat(first.metric()).isEqualTo("cumulative_deficit");
        assertThat(first.yearIndex()).isEqualTo(1);
        assertThat(first.value()).isEqualTo(24.3e6);
        assertThat(first.source()).isEqualTo("reported: outturn report");
        assertThat(first.location().line()).isEqualTo(12);
        assertThat(file.actuals().get(1).value()).isEqualTo(4880);
        assertThat(file.actuals().get(2).value()).isEqualTo(250_000);
    }

    @Test
    void refusesAnUnknownMetricWithLineColumnAndASuggestion() {
        String message = errors(BASE + """
                actuals:
                  - {metric: cumulative_defict, year: 2022/23, value: 24.3m, source: reported}
                """);
        assertThat(message).contains("t.yaml:12:14: actuals[0].metric: no metric 'cumulative_defict'; did you mean 'cumulative_deficit'?");
    }

    @Test
    void refusesAYearOutsideTheHorizonAMissingSourceAndAValueWithoutItsUnit() {
        String message = errors(BASE + """
                actuals:
                  - {metric: cumulative_deficit, year: 2020/21, value: 17.5m, source: reported}
                  - {metric: in_year_deficit, year: 2021/22, value: 5.6m}
                  - {metric: in_year_deficit, year: 2022/23, value: 5.6 million, source: reported}
                """);
        assertThat(message).contains("t.yaml:12:40: actuals[0].year: the year 2020/21 is outside the modelled years"
                + " 2021/22 to 2023/24; an outturn before them is the opening position (opening_deficit)");
        assertThat(message).contains("t.yaml:13:5: actuals[1]: missing required key 'source'");
        assertThat(message).contains("t.yaml:14:53: actuals[2].value: expected an amount of money");
        assertThat(message).contains("actuals[2].value");
    }

    @Test
    void refusesTwoOutturnsOfOneMetricAndYear() {
        String message = errors(BASE + """
                actuals:
                  - {metric: cumulative_deficit, year: 2022/23, value: 24.3m, source: reported}
                  - {metric: cumulative_deficit, year: 2022/23, value: 25m, source: reported}
                """);
        assertThat(message).contains("another outturn of cumulative_deficit in 2022/23 is listed already");
    }

    @Test
    void anOptionCannotChangeTheOutturns() {
        assertThatThrownBy(() -> parse(BASE + """
                options:
                  other: {actuals: []}
                """)).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("options.other.actuals: an option cannot change actuals");
    }

    @Test
    void theMetricsAnOutturnMayNameAreTheModelsMetrics() {
        assertThat(ActualsReader.METRICS).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Metric.values()).map(Metric::key).toList());
    }

    @Test
    void theSourceOfAnAssumptionIsKept() {
        ScenarioFile file = parse(BASE.replace("growth: {normal: [5%, 2%]}",
                "growth: {normal: [5%, 2%], source: \"judgement: national EHCP growth\"}"));
        assertThat(file.base().placements().get(0).growth().get(0).source()).isEqualTo("judgement: national EHCP growth");
        assertThat(List.of(file.base().placements().get(0).growth().get(0).describe())).containsExactly("normal(mean 5%, sd 2%)");
    }
}
