package hnsim.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import hnsim.engine.Engine;
import hnsim.engine.RunRequest;
import hnsim.model.Metric;
import hnsim.report.PercentilesCsv;
import hnsim.scenario.ScenarioFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The same scenario, seed and N give byte-identical results on 1, 2 or 3 threads, with plain
 * Monte Carlo or Latin hypercube sampling, with or without correlated inputs. N = 5,000 is
 * not a multiple of the block size (2,048), so the last, short block is covered too.
 */
class ThreadCountIdentityTest {
    private static final int N = 5_000;
    private static final String CORRELATION = """

            correlation:
              inputs: [placements.mainstream_top_up.growth, placements.special_school.growth, inflation.rate,
                       placements.independent_special.inflation, workstreams.Inclusion.delivery]
              matrix:
                - [1, 0.6, 0.3, 0.2, -0.2]
                - [0.6, 1, 0.3, 0.2, 0]
                - [0.3, 0.3, 1, 0.5, 0]
                - [0.2, 0.2, 0.5, 1, 0]
                - [-0.2, 0, 0, 0, 1]
            """;

    @TempDir
    Path dir;

    static ScenarioFile leicestershire(boolean correlated) throws IOException {
        String yaml = TestScenarios.shippedWithoutCorrelation();
        return TestScenarios.parse(correlated ? yaml + CORRELATION : yaml);
    }

    @ParameterizedTest(name = "{0}, correlated: {1}")
    @CsvSource({"mc, false", "lhs, false", "mc, true", "lhs, true"})
    void resultsDoNotDependOnTheThreadCount(String sampling, boolean correlated) throws Exception {
        ScenarioFile file = leicestershire(correlated);
        Sampling method = Sampling.parse(sampling);
        TrajectoryStore one = Kernel.run(List.copyOf(file.allOptions().values()), new RunSettings(42L, N, 1, false, method),
                done -> { });
        byte[] csvOne = percentilesCsv(file, new RunSettings(42L, N, 1, false, method));
        for (int threads : new int[] {2, 3}) {
            TrajectoryStore many = Kernel.run(List.copyOf(file.allOptions().values()),
                    new RunSettings(42L, N, threads, false, method), done -> { });
            assertSameColumns(one, many, threads);
            assertThat(percentilesCsv(file, new RunSettings(42L, N, threads, false, method)))
                    .as("percentiles.csv on %d threads", threads).isEqualTo(csvOne);
        }
    }

    /** The settings compared above really change the draws, so the identity is not vacuous. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"lhs, false", "mc, true"})
    void samplingAndCorrelationChangeTheResults(String sampling, boolean correlated) throws Exception {
        byte[] plain = percentilesCsv(leicestershire(false), new RunSettings(42L, N, 2, false, Sampling.MONTE_CARLO));
        byte[] other = percentilesCsv(leicestershire(correlated), new RunSettings(42L, N, 2, false, Sampling.parse(sampling)));
        assertThat(other).isNotEqualTo(plain);
    }

    private byte[] percentilesCsv(ScenarioFile file, RunSettings settings) throws Exception {
        Path csv = Files.createTempFile(dir, "percentiles", ".csv");
        PercentilesCsv.write(Engine.run(file, RunRequest.of(settings, List.of()), done -> { }).statistics(), csv);
        return Files.readAllBytes(csv);
    }

    private static void assertSameColumns(TrajectoryStore expected, TrajectoryStore actual, int threads) {
        for (int o = 0; o < expected.options(); o++) {
            for (Metric m : Metric.values()) {
                for (int t = 0; t < expected.years(); t++) {
                    assertThat(Arrays.equals(expected.column(o, m, t), actual.column(o, m, t)))
                            .as("option %d, %s, year %d on %d threads", o, m.key(), t, threads).isTrue();
                }
            }
        }
    }
}
