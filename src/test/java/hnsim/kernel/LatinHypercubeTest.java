package hnsim.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hnsim.model.Metric;
import hnsim.model.TrajectoryInputs;
import hnsim.scenario.Scenario;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.junit.jupiter.api.Test;

/**
 * Latin hypercube sampling of the inputs drawn once per trajectory (transfer approvals,
 * workstream slips), stratified within each fixed block of {@link RunSettings#BLOCK}
 * trajectories.
 */
class LatinHypercubeTest {
    private static final int N = 5_000;
    private static final String SCENARIO = """
            name: events
            first_year: 2021/22
            years: 3
            placements:
              special_school: {count: 1000, unit_cost: 20k, growth: {normal: [5%, 2%]}}
            funding:
              hnb_grant: {base: 20m}
              schools_block: 400m
            transfers:
              - {year: 2022/23, rate: 0.5%, approval: 30%}
              - {year: 2023/24, rate: 0.5%, approval: 7%}
            workstreams:
              - {name: Inclusion, target: [1m, 2m, 3m], slip: {probability: 25%}}
              - {name: Sufficiency, target: [1m, 2m, 3m], slip: {probability: 62.5%}}
            """;
    private static final double[] APPROVAL = {0.30, 0.07};
    private static final double[] SLIP = {0.25, 0.625};

    private static Scenario scenario() {
        return TestScenarios.parse(SCENARIO).base();
    }

    /** events[0..1] approvals, events[2..3] slips, of trajectories [from, to), as the kernel's blocks draw them. */
    private static double[][] events(Scenario scenario, long seed, Sampling sampling, int n) {
        double[][] out = new double[4][n];
        TrajectoryInputs in = new TrajectoryInputs(scenario);
        InputSampler sampler = new InputSampler(scenario, seed, sampling);
        for (int from = 0; from < n; from += RunSettings.BLOCK) {
            int to = Math.min(n, from + RunSettings.BLOCK);
            sampler.beginBlock(from);
            for (int i = from; i < to; i++) {
                sampler.fill(i, in);
                out[0][i] = in.transferApproved[0];
                out[1][i] = in.transferApproved[1];
                out[2][i] = in.slipped[0];
                out[3][i] = in.slipped[1];
            }
        }
        return out;
    }

    private static double share(double[] events, int from, int to) {
        double count = 0;
        for (int i = from; i < to; i++) {
            count += events[i];
        }
        return count / (to - from);
    }

    @Test
    void everyFullBlockRealisesEachProbabilityToWithinOneStratum() {
        double[][] lhs = events(scenario(), 11L, Sampling.LATIN_HYPERCUBE, N);
        double[] probability = {APPROVAL[0], APPROVAL[1], SLIP[0], SLIP[1]};
        for (int from = 0; from + RunSettings.BLOCK <= N; from += RunSettings.BLOCK) {
            for (int e = 0; e < 4; e++) {
                assertThat(share(lhs[e], from, from + RunSettings.BLOCK)).as("share of event %d in block from %d", e, from)
                        .isCloseTo(probability[e], within(1.0 / RunSettings.BLOCK));
            }
        }
    }

    /** The short last block (904 of 5,000) takes the first strata of its block's permutation: same draws as a longer run. */
    @Test
    void aShorterRunIsAPrefixOfALongerOne() throws InterruptedException {
        Scenario scenario = scenario();
        TrajectoryStore shorter = Kernel.run(List.of(scenario), new RunSettings(11L, N, 2, false, Sampling.LATIN_HYPERCUBE),
                done -> { });
        TrajectoryStore longer = Kernel.run(List.of(scenario),
                new RunSettings(11L, 3 * RunSettings.BLOCK, 2, false, Sampling.LATIN_HYPERCUBE), done -> { });
        for (Metric m : Metric.values()) {
            for (int t = 0; t < scenario.years(); t++) {
                assertThat(shorter.column(0, m, t))
                        .containsExactly(java.util.Arrays.copyOf(longer.column(0, m, t), N));
            }
        }
    }

    @Test
    void plainMonteCarloDoesNotStratify() {
        // The control: by chance a block's share is within 1/2048 of 30% with probability about 0.04.
        double[][] mc = events(scenario(), 11L, Sampling.MONTE_CARLO, N);
        double worst = 0;
        for (int from = 0; from < N; from += RunSettings.BLOCK) {
            int to = Math.min(N, from + RunSettings.BLOCK);
            worst = Math.max(worst, Math.abs(share(mc[0], from, to) - APPROVAL[0]));
        }
        assertThat(worst).isGreaterThan(1.0 / RunSettings.BLOCK);
    }

    @Test
    void theKernelsTransfersFollowTheStratifiedApprovals() throws InterruptedException {
        Scenario scenario = scenario();
        TrajectoryStore store = Kernel.run(List.of(scenario), new RunSettings(11L, N, 2, false, Sampling.LATIN_HYPERCUBE),
                done -> { });
        double[][] lhs = events(scenario, 11L, Sampling.LATIN_HYPERCUBE, N);
        for (int i = 0; i < N; i++) {
            assertThat(store.get(0, Metric.TRANSFER, 1, i) > 0).isEqualTo(lhs[0][i] == 1);
        }
    }

    /**
     * The mean of a static input over N = 2,048 trajectories, repeated over 60 seeds: plain
     * Monte Carlo's variance is p (1 - p) / N (1.0e-4 for an approval of 30%); stratified, the
     * block's count can only be floor(pN) or one more, so the variance is at most about 1/(4 N^2) = 6e-8.
     * The test asks for at least a hundredfold reduction for every static input.
     */
    @Test
    void theMeanOfAStaticInputVariesFarLessThanUnderMonteCarlo() {
        Scenario scenario = scenario();
        int seeds = 60;
        double[][] mcMeans = new double[4][seeds];
        double[][] lhsMeans = new double[4][seeds];
        for (int r = 0; r < seeds; r++) {
            double[][] mc = events(scenario, 1_000L + r, Sampling.MONTE_CARLO, RunSettings.BLOCK);
            double[][] lhs = events(scenario, 1_000L + r, Sampling.LATIN_HYPERCUBE, RunSettings.BLOCK);
            for (int e = 0; e < 4; e++) {
                mcMeans[e][r] = share(mc[e], 0, RunSettings.BLOCK);
                lhsMeans[e][r] = share(lhs[e], 0, RunSettings.BLOCK);
            }
        }
        double[] probability = {APPROVAL[0], APPROVAL[1], SLIP[0], SLIP[1]};
        for (int e = 0; e < 4; e++) {
            double mcVariance = new Variance().evaluate(mcMeans[e]);
            double lhsVariance = new Variance().evaluate(lhsMeans[e]);
            assertThat(mcVariance).as("MC variance of event %d", e)
                    .isCloseTo(probability[e] * (1 - probability[e]) / RunSettings.BLOCK,
                            within(0.6 * probability[e] * (1 - probability[e]) / RunSettings.BLOCK));
            assertThat(lhsVariance).as("LHS variance of event %d", e).isLessThan(mcVariance / 100)
                    // Two values 1/N apart: the sample variance is at most (1/(4 N^2)) R / (R - 1).
                    .isLessThanOrEqualTo(0.25 / ((double) RunSettings.BLOCK * RunSettings.BLOCK) * seeds / (seeds - 1));
        }
    }

    @Test
    void stratificationIsUnbiasedOverBlocks() {
        // Across 40 blocks (81,920 trajectories) the share stays p; each block differs by its permutation and jitter.
        double[][] lhs = events(scenario(), 3L, Sampling.LATIN_HYPERCUBE, 40 * RunSettings.BLOCK);
        assertThat(share(lhs[1], 0, lhs[1].length)).isCloseTo(APPROVAL[1], within(1.0 / RunSettings.BLOCK));
        // Trajectory j of every block is not given the same stratum: block 0 and block 1 differ.
        int same = 0;
        for (int j = 0; j < RunSettings.BLOCK; j++) {
            same += lhs[0][j] == lhs[0][RunSettings.BLOCK + j] ? 1 : 0;
        }
        assertThat(same).isLessThan(RunSettings.BLOCK * 9 / 10);
    }
}
