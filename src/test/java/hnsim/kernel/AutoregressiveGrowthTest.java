package hnsim.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hnsim.dist.Normal;
import hnsim.dist.UncertainValue;
import hnsim.dist.Unit;
import hnsim.model.Metric;
import hnsim.scenario.Scenario;
import java.util.Collections;
import java.util.List;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Demand growth {normal: [5%, 2%]} with AR(1) persistence rho: every year keeps mean 5% and
 * sd 2%, draws k years apart correlate by rho^k, and the growth summed over the years has the
 * AR(1) variance sd^2 sum_{i,j} rho^|i-j| (T sd^2 for the independent case).
 *
 * <p>Tolerances at N = 20,000 trajectories, about 5 standard errors each: mean 7e-4
 * (SE 1.4e-4), sd 5e-4 (SE 1.0e-4), correlations 0.035 (SE at most 0.007), variance of the
 * sum 5% relative (SE sqrt(2/N) = 1%).
 */
class AutoregressiveGrowthTest {
    private static final int N = 20_000;
    private static final int YEARS = 6;
    private static final double MEAN = 0.05;
    private static final double SD = 0.02;

    @ParameterizedTest(name = "rho = {0}")
    @ValueSource(doubles = {0, 0.5, 0.8})
    void inputStreamDrawsHaveTheYearlyMomentsAndGeometricAutocorrelation(double rho) {
        List<UncertainValue> growth = Collections.nCopies(YEARS, new UncertainValue(new Normal(MEAN, SD), Unit.RATE, null));
        InputStream stream = new InputStream("placement/special_school/growth", growth, rho);
        double[][] byYear = new double[YEARS][N];
        double[] one = new double[YEARS];
        for (int i = 0; i < N; i++) {
            stream.draw(42L, i, one);
            for (int t = 0; t < YEARS; t++) {
                byYear[t][i] = one[t];
            }
        }
        assertAutoregressive(byYear, rho);
    }

    @ParameterizedTest(name = "rho = {0}")
    @ValueSource(doubles = {0, 0.7})
    void kernelGrowthOfAOneTypeScenarioIsAnAr1Process(double rho) throws InterruptedException {
        Scenario scenario = TestScenarios.oneType("{normal: [5%, 2%]}", rho, YEARS).base();
        TrajectoryStore store = Kernel.run(List.of(scenario), new RunSettings(7L, N, 2, false), done -> { });
        // Growth recovered from the stored placements: placements_t = placements_{t-1} (1 + g_t).
        double[][] growth = new double[YEARS][N];
        for (int t = 0; t < YEARS; t++) {
            double[] now = store.column(0, Metric.PLACEMENTS, t);
            for (int i = 0; i < N; i++) {
                double before = t == 0 ? 1000 : store.get(0, Metric.PLACEMENTS, t - 1, i);
                growth[t][i] = now[i] / before - 1;
            }
        }
        assertAutoregressive(growth, rho);
    }

    private static void assertAutoregressive(double[][] byYear, double rho) {
        PearsonsCorrelation pearson = new PearsonsCorrelation();
        for (int t = 0; t < YEARS; t++) {
            assertThat(new Mean().evaluate(byYear[t])).as("mean in year %d", t).isCloseTo(MEAN, within(7e-4));
            assertThat(new StandardDeviation().evaluate(byYear[t])).as("sd in year %d", t).isCloseTo(SD, within(5e-4));
        }
        for (int k = 1; k <= 3; k++) {
            for (int t = k; t < YEARS; t++) {
                assertThat(pearson.correlation(byYear[t - k], byYear[t])).as("lag-%d correlation ending in year %d", k, t)
                        .isCloseTo(Math.pow(rho, k), within(0.035));
            }
        }
        double[] total = new double[N];
        for (double[] year : byYear) {
            for (int i = 0; i < N; i++) {
                total[i] += year[i];
            }
        }
        double expected = 0;
        for (int i = 0; i < YEARS; i++) {
            for (int j = 0; j < YEARS; j++) {
                expected += SD * SD * Math.pow(rho, Math.abs(i - j));
            }
        }
        assertThat(new Variance().evaluate(total)).as("variance of the summed growth").isCloseTo(expected, within(0.05 * expected));
    }
}
