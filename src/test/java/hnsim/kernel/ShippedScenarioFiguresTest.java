package hnsim.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hnsim.model.Metric;
import hnsim.scenario.ScenarioFile;
import hnsim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pins the headline Monte Carlo figures of each shipped scenario: the 2024/25 median and P90
 * of the base's cumulative deficit and P(cumulative deficit > £99m), from {@value #N}
 * trajectories at seed {@value #SEED}. A change to what a scenario means (the model, an
 * input's distribution, how a file is read) moves them; a change of sampler that keeps every
 * distribution gives another, equally valid estimate, and passes. The figures are computed
 * here from the sorted trajectories (nearest rank), apart from the statistics package.
 *
 * <p>Tolerance, from the Monte Carlo standard error. A percentile's standard error is read
 * from the run itself, as half the distance between the order statistics one binomial standard
 * deviation sqrt(N p (1 - p)) either side of its rank; a probability's is sqrt(p (1 - p) / N).
 * A run with other random numbers differs from the pinned figure by the difference of two
 * independent estimates, whose standard error is sqrt(2) times one; the test allows 4 of those
 * (a false alarm with probability 6e-5 per figure). At N = 20,000 that is £1.25m on the 2021
 * median, £1.7m on its P90 and 1.8 points on its P(> £99m); £0.7m, £1.1m and 0.75 points for
 * the 2022 outlook. Changes of meaning, such as a slip of the wrong length or an inverted
 * approval, move them further.
 */
class ShippedScenarioFiguresTest {
    static final int N = 20_000;
    static final long SEED = 20_210_301L;
    private static final double MARGIN = 4 * Math.sqrt(2);

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // scenario file, final-year index of 2024/25, median £m, P90 £m, P(> £99m). The 2021 file
        // now runs on stocks and flows with the Sufficiency programme (another meaning); its figures
        // as first shipped are pinned on the kept fixture, whose meaning must not move.
        "src/test/resources/fixtures/leicestershire-2021-mtfs-v1.yaml, 3, 87.48, 116.78, 0.3059",
        "scenarios/leicestershire-2022-outlook.yaml, 2, 73.82, 91.19, 0.0369",
        // The shipped files on stocks and flows (reference results, 10,000 trajectories).
        "scenarios/leicestershire-2021-mtfs.yaml, 3, 78.69, 98.30, 0.0920",
        "scenarios/leicestershire-2022-dbv.yaml, 2, 76.48, 89.44, 0.0159",
    })
    void headlineFiguresOf2024To2025(String file, int year, double medianM, double p90M, double above99m)
            throws InterruptedException {
        ScenarioFile scenario = ScenarioLoader.load(Path.of(file));
        assertThat(scenario.base().year(year)).hasToString("2024/25");
        TrajectoryStore store = Kernel.run(List.of(scenario.base()), new RunSettings(SEED, N, 2, false), done -> { });
        double[] sorted = store.column(0, Metric.CUMULATIVE_DEFICIT, year);
        Arrays.sort(sorted);
        long above = Arrays.stream(sorted).filter(x -> x > 99e6).count();
        double p = (double) above / N;

        assertThat(percentile(sorted, 0.5) / 1e6).as("median, £m")
                .isCloseTo(medianM, within(MARGIN * standardError(sorted, 0.5) / 1e6));
        assertThat(percentile(sorted, 0.9) / 1e6).as("P90, £m")
                .isCloseTo(p90M, within(MARGIN * standardError(sorted, 0.9) / 1e6));
        assertThat(p).as("P(cumulative deficit > £99m)")
                .isCloseTo(above99m, within(MARGIN * Math.sqrt(above99m * (1 - above99m) / N)));
    }

    /** Nearest rank: the smallest value with at least a fraction q of the values at or below it. */
    private static double percentile(double[] sorted, double q) {
        return sorted[(int) Math.ceil(q * sorted.length) - 1];
    }

    private static double standardError(double[] sorted, double q) {
        int n = sorted.length;
        int rank = (int) Math.ceil(q * n) - 1;
        int spread = (int) Math.round(Math.sqrt(n * q * (1 - q)));
        return (sorted[Math.min(n - 1, rank + spread)] - sorted[Math.max(0, rank - spread)]) / 2;
    }
}
