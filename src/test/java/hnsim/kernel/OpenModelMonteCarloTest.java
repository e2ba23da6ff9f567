package hnsim.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hnsim.model.Metric;
import hnsim.model.MetricLayout;
import hnsim.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Known answers of the open model over many trajectories (fixed seeds). */
class OpenModelMonteCarloTest {
    private static final int N = 20_000;

    /** Uncertain demand: the in-year deficit is about £1m (£0.6m to £1.4m) a year. */
    private static final String UNCERTAIN = """
            name: uncertain
            first_year: 2021/22
            years: 4
            opening_deficit: 10m
            placements:
              special: {count: 100, unit_cost: 20k, growth: {normal: [0%, 5%]}}
            funding:
              hnb_grant: {base: 1m}
            """;

    private static TrajectoryStore run(String yaml, int n) throws InterruptedException {
        List<Scenario> options = List.of(TestScenarios.parse(yaml).base());
        return Kernel.run(options, new RunSettings(7L, n, 2, false, Sampling.MONTE_CARLO), done -> { });
    }

    @Test
    void aSafetyValvePathEveryTrajectoryMeetsPaysInFullAndOneNoneMeetsPaysNothing() throws InterruptedException {
        TrajectoryStore always = run(UNCERTAIN + "rules: [{safety_valve: {from: 2022/23, path: 100m, payments: 3m}}]\n", 2_000);
        TrajectoryStore never = run(UNCERTAIN + "rules: [{safety_valve: {from: 2022/23, path: -100m, payments: 3m}}]\n", 2_000);
        int income = always.layout().indexOf(MetricLayout.SAFETY_VALVE_INCOME);
        for (int i = 0; i < 2_000; i++) {
            double paid = 0;
            double none = 0;
            for (int t = 0; t < 4; t++) {
                paid += always.get(0, income, t, i);
                none += never.get(0, income, t, i);
            }
            assertThat(paid).isEqualTo(9e6);
            assertThat(none).isZero();
        }
    }

    @Test
    void aPathSomeTrajectoriesKeepPaysOnlyThem() throws InterruptedException {
        // The 2022/23 in-year deficit is under £1m in about half the trajectories.
        TrajectoryStore store = run(UNCERTAIN + "rules: [{safety_valve: {from: 2022/23, path: 1m, payments: 3m,"
                + " missed: withhold_rest}}]\n", 2_000);
        int income = store.layout().indexOf(MetricLayout.SAFETY_VALVE_INCOME);
        double[] paid = store.column(0, income, 1);
        double share = java.util.Arrays.stream(paid).filter(p -> p > 0).count() / 2_000.0;
        assertThat(share).isBetween(0.4, 0.6);
        for (int i = 0; i < 2_000; i++) {
            boolean kept = store.get(0, Metric.IN_YEAR_DEFICIT, 1, i) <= 1e6;
            assertThat(paid[i]).isEqualTo(kept ? 3e6 : 0);
        }
    }

    private static String delivery(boolean persistent) {
        return """
                name: delivery
                first_year: 2021/22
                years: 5
                placements:
                  special: {count: 100, unit_cost: 20k}
                funding:
                  hnb_grant: {base: 2m}
                workstreams:
                  - name: Review
                    target: 1m
                    delivery: {beta: [4, 2]}
                    persistent: %s
                """.formatted(persistent);
    }

    private static double fiveYearSavingsVariance(TrajectoryStore store) {
        double[] totals = new double[N];
        for (int t = 0; t < 5; t++) {
            double[] year = store.column(0, Metric.SAVINGS, t);
            for (int i = 0; i < N; i++) {
                totals[i] += year[i];
            }
        }
        return new org.apache.commons.math3.stat.descriptive.moment.Variance().evaluate(totals);
    }

    @Test
    void persistentDeliveryGivesTheFiveYearSavingsVarianceOfASingleDraw() throws InterruptedException {
        // Beta(4, 2) has variance 8 / 252. Five yearly targets of £1m delivered at one fraction d
        // save 5d (£m): variance 25 x 8/252; drawn afresh each year: 5 x 8/252.
        double single = 8.0 / 252 * 1e12;
        assertThat(fiveYearSavingsVariance(run(delivery(true), N)) / (25 * single)).isCloseTo(1, within(0.04));
        assertThat(fiveYearSavingsVariance(run(delivery(false), N)) / (5 * single)).isCloseTo(1, within(0.04));
    }

    @Test
    void yearlyNoiseAroundPersistentDeliveryAddsItsVariance() throws InterruptedException {
        // Noise sd 10 points each year, independent: variance of 5-year total gains 5 x 0.01 (£m^2).
        String yaml = delivery(true).replace("persistent: true", "persistent: true\n    yearly_noise: 10%");
        double expected = 25 * 8.0 / 252 + 5 * 0.01;
        assertThat(fiveYearSavingsVariance(run(yaml, N)) / 1e12 / expected).isCloseTo(1, within(0.05));
    }

    @Test
    void meansOfThePartsAddUpToTheMeanOfTheWhole() throws Exception {
        String yaml = java.nio.file.Files.readString(java.nio.file.Path.of("scenarios/leicestershire-2021-mtfs.yaml"));
        TrajectoryStore store = run(yaml, 4_000);
        MetricLayout layout = store.layout();
        for (Metric whole : List.of(Metric.PLACEMENTS, Metric.GROSS_COST, Metric.SAVINGS)) {
            List<String> parts = layout.partsOf(whole.key());
            assertThat(parts).isNotEmpty();
            for (int t = 0; t < store.years(); t++) {
                double sumOfMeans = 0;
                for (String part : parts) {
                    sumOfMeans += mean(store.column(0, layout.indexOf(part), t));
                }
                double mean = mean(store.column(0, whole, t));
                assertThat(sumOfMeans).isCloseTo(mean, within(Math.abs(mean) * 1e-9));
            }
        }
    }

    private static double mean(double[] values) {
        return java.util.Arrays.stream(values).average().orElseThrow();
    }
}
