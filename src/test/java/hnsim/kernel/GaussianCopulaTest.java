package hnsim.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hnsim.dist.Distribution;
import hnsim.dist.Math3View;
import hnsim.model.TrajectoryInputs;
import hnsim.scenario.Scenario;
import java.util.Arrays;
import java.util.function.BiFunction;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Gaussian copula of the kernel: realised rank correlations match the scenario's matrix,
 * each input keeps its own distribution in every year, and AR(1) persistence still holds.
 *
 * <p>N = 20,000 trajectories. The standard error of a Spearman correlation there is at most
 * 1.06 / sqrt(N) = 0.0075, so the tolerance of 0.03 is 4 standard errors (false alarm 6e-5 per
 * pair and year); lag correlations use 0.035 (SE at most 0.007).
 */
class GaussianCopulaTest {
    private static final int N = 20_000;
    private static final int YEARS = 4;
    private static final double RHO = 0.5;
    /** Inputs in the order of the matrix; growth of both types has persistence 0.5, the others 0. */
    private static final String[] INPUTS = {"mainstream growth", "special growth", "inflation", "delivery", "grant growth"};
    private static final double[] PERSISTENCE = {RHO, RHO, 0, 0, 0};
    private static final double[][] SPEARMAN = {
        {1, 0.6, 0.3, -0.2, 0.1},
        {0.6, 1, 0.3, 0, 0},
        {0.3, 0.3, 1, -0.4, 0.5},
        {-0.2, 0, -0.4, 1, 0},
        {0.1, 0, 0.5, 0, 1},
    };
    private static final String SCENARIO = """
            name: correlated
            first_year: 2021/22
            years: 4
            placements:
              mainstream_top_up: {count: 1900, unit_cost: 8.5k, growth: {normal: [6%, 2.5%]}}
              special_school: {count: 1300, unit_cost: 22k, growth: {normal: [5%, 2%]}}
            demand: {persistence: 0.5}
            inflation:
              rate: {normal: [3%, 1%]}
            funding:
              hnb_grant: {base: 68.7m, growth: {triangular: [3%, 5%, 10%]}}
            workstreams:
              - {name: Inclusion, target: [1m, 2m, 3m, 4m], delivery: {beta: [3, 2]}}
            correlation:
              inputs: [placements.mainstream_top_up.growth, placements.special_school.growth, inflation.rate,
                       workstreams.Inclusion.delivery, funding.hnb_grant.growth]
              matrix:
                - [1, 0.6, 0.3, -0.2, 0.1]
                - [0.6, 1, 0.3, 0, 0]
                - [0.3, 0.3, 1, -0.4, 0.5]
                - [-0.2, 0, -0.4, 1, 0]
                - [0.1, 0, 0.5, 0, 1]
            """;

    /** draws[input][year][trajectory]. */
    private static double[][][] draws;
    private static Distribution[] marginals;
    /** ranks[input][year]: Spearman's correlation is Pearson's of the ranks; ranking once keeps the test fast. */
    private static double[][][] ranks;

    @BeforeAll
    static void drawTrajectories() {
        Scenario scenario = TestScenarios.parse(SCENARIO).base();
        draws = drawAll(scenario, 99L);
        ranks = new double[INPUTS.length][YEARS][];
        for (int a = 0; a < INPUTS.length; a++) {
            for (int t = 0; t < YEARS; t++) {
                ranks[a][t] = new NaturalRanking().rank(draws[a][t]);
            }
        }
        marginals = new Distribution[] {
            scenario.placements().get(0).growth().get(0).distribution(),
            scenario.placements().get(1).growth().get(0).distribution(),
            scenario.inflation().rate().get(0).distribution(),
            scenario.workstreams().get(0).delivery().get(0).distribution(),
            scenario.funding().hnbGrant().growth().get(0).distribution(),
        };
    }

    static double[][][] drawAll(Scenario scenario, long seed) {
        InputSampler sampler = new InputSampler(scenario, seed);
        TrajectoryInputs in = new TrajectoryInputs(scenario);
        double[][][] out = new double[5][YEARS][N];
        for (int i = 0; i < N; i++) {
            sampler.fill(i, in);
            for (int t = 0; t < YEARS; t++) {
                out[0][t][i] = in.growth[0][t];
                out[1][t][i] = in.growth[1][t];
                out[2][t][i] = in.inflation[0][t];
                out[3][t][i] = in.delivery[0][t];
                out[4][t][i] = in.grantGrowth[t];
            }
        }
        return out;
    }

    private static double spearman(int a, int b, int year) {
        return new PearsonsCorrelation().correlation(ranks[a][year], ranks[b][year]);
    }

    @Test
    void spearmanOfRanksIsCommonsMathsSpearman() {
        assertThat(spearman(0, 1, 0)).isCloseTo(new SpearmansCorrelation().correlation(draws[0][0], draws[1][0]),
                within(1e-12));
    }

    @Test
    void firstYearRankCorrelationsMatchTheMatrix() {
        for (int a = 0; a < INPUTS.length; a++) {
            for (int b = a + 1; b < INPUTS.length; b++) {
                assertThat(spearman(a, b, 0))
                        .as("Spearman of %s and %s in the first year", INPUTS[a], INPUTS[b])
                        .isCloseTo(SPEARMAN[a][b], within(0.03));
            }
        }
    }

    /**
     * With AR(1) applied to the correlated shocks, two inputs of equal persistence keep the
     * matrix's correlation every year; otherwise the Pearson correlation of their normal scores
     * in year t is r [(rho_a rho_b)^t + c_a c_b sum_{k<t} (rho_a rho_b)^k], c = sqrt(1 - rho^2).
     */
    @Test
    void laterYearsFollowTheArRecursionOfTheCorrelatedShocks() {
        for (int t = 1; t < YEARS; t++) {
            for (int a = 0; a < INPUTS.length; a++) {
                for (int b = a + 1; b < INPUTS.length; b++) {
                    double r = 2 * Math.sin(Math.PI * SPEARMAN[a][b] / 6);
                    double product = PERSISTENCE[a] * PERSISTENCE[b];
                    double carried = Math.pow(product, t);
                    for (int k = 0; k < t; k++) {
                        carried += Math.sqrt((1 - PERSISTENCE[a] * PERSISTENCE[a]) * (1 - PERSISTENCE[b] * PERSISTENCE[b]))
                                * Math.pow(product, k);
                    }
                    double expected = 6 / Math.PI * Math.asin(r * carried / 2);
                    assertThat(spearman(a, b, t))
                            .as("Spearman of %s and %s in year %d", INPUTS[a], INPUTS[b], t)
                            .isCloseTo(expected, within(0.03));
                }
            }
        }
        // The same-persistence pair keeps 0.6 exactly in expectation.
        assertThat(spearman(0, 1, 3)).isCloseTo(0.6, within(0.03));
    }

    /** Same protocol as KolmogorovSmirnovSamplerTest: 10 chunks of 2,000, at most 2 with p < 0.01 (false alarm 1.1e-4). */
    @Test
    void everyInputKeepsItsDistributionInEveryYear() {
        KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest();
        for (int a = 0; a < INPUTS.length; a++) {
            for (int t = 0; t < YEARS; t++) {
                int rejections = 0;
                for (int chunk = 0; chunk < 10; chunk++) {
                    double[] sample = Arrays.copyOfRange(draws[a][t], chunk * 2_000, (chunk + 1) * 2_000);
                    if (ks.kolmogorovSmirnovTest(Math3View.of(marginals[a]), sample) < 0.01) {
                        rejections++;
                    }
                }
                assertThat(rejections).as("KS rejections of %s in year %d", INPUTS[a], t).isLessThanOrEqualTo(2);
            }
        }
    }

    @Test
    void persistenceStillAppliesToCorrelatedGrowth() {
        PearsonsCorrelation pearson = new PearsonsCorrelation();
        for (int a = 0; a < INPUTS.length; a++) {
            for (int t = 1; t < YEARS; t++) {
                assertThat(pearson.correlation(draws[a][t - 1], draws[a][t]))
                        .as("lag-1 correlation of %s ending in year %d", INPUTS[a], t)
                        .isCloseTo(PERSISTENCE[a], within(0.035));
            }
            if (PERSISTENCE[a] > 0) {
                assertThat(pearson.correlation(draws[a][0], draws[a][3])).isCloseTo(Math.pow(RHO, 3), within(0.035));
            }
        }
    }

    /** With an identity matrix the copula must change nothing: each input's normals come from its own stream. */
    @Test
    void anIdentityMatrixReproducesTheUncorrelatedDraws() {
        String identity = SCENARIO.substring(0, SCENARIO.indexOf("  matrix:")) + """
                  matrix: [[1, 0, 0, 0, 0], [0, 1, 0, 0, 0], [0, 0, 1, 0, 0], [0, 0, 0, 1, 0], [0, 0, 0, 0, 1]]
                """;
        String none = SCENARIO.substring(0, SCENARIO.indexOf("correlation:"));
        double[][][] copula = drawAll(TestScenarios.parse(identity).base(), 5L);
        double[][][] independent = drawAll(TestScenarios.parse(none).base(), 5L);
        BiFunction<Integer, Integer, double[]> both = (a, t) -> copula[a][t];
        // Normal inflation without persistence: the same arithmetic as the normal sampler, bit for bit.
        for (int t = 0; t < YEARS; t++) {
            assertThat(both.apply(2, t)).containsExactly(independent[2][t]);
        }
        // Normal growth with persistence: the same values up to rounding (the AR path standardises differently).
        for (int a = 0; a < 2; a++) {
            for (int t = 0; t < YEARS; t++) {
                for (int i = 0; i < N; i += 97) {
                    assertThat(copula[a][t][i]).isCloseTo(independent[a][t][i], within(1e-15));
                }
            }
        }
    }
}
