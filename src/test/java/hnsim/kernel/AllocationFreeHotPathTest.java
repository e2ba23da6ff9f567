package hnsim.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import hnsim.model.BudgetModel;
import hnsim.model.Metric;
import hnsim.model.TrajectoryInputs;
import hnsim.model.TrajectoryState;
import hnsim.scenario.Scenario;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Drawing and stepping a trajectory allocates nothing: samplers are bound once per block to
 * reseedable generators, the copula works in preallocated arrays, and LHS permutations are
 * dealt into a reused array. Measured with the JVM's per-thread allocation counter over ten
 * blocks of the Leicestershire scenario (normal, triangular and beta inputs) with its normal
 * growth and inflation rates correlated; the bound, 1 byte a trajectory, is far below a single
 * object (16 bytes).
 *
 * <p>Known exception, not tested here: a correlated input whose distribution has no
 * closed-form quantile (beta, PERT, truncated) goes through commons-math3's root-finder, which
 * allocates (about 800 bytes a draw).
 */
class AllocationFreeHotPathTest {
    private static final String NORMAL_CORRELATION = """

            correlation:
              inputs: [placements.mainstream_top_up.growth, placements.special_school.growth, inflation.rate,
                       placements.independent_special.inflation]
              matrix: [[1, 0.6, 0.3, 0.2], [0.6, 1, 0.3, 0.2], [0.3, 0.3, 1, 0.5], [0.2, 0.2, 0.5, 1]]
            """;

    @ParameterizedTest
    @EnumSource(Sampling.class)
    void fillingAndSteppingATrajectoryAllocatesNothing(Sampling sampling) throws Exception {
        assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean,
                "needs the JVM's per-thread allocation counter");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Scenario scenario = TestScenarios.parse(TestScenarios.shippedWithoutCorrelation() + NORMAL_CORRELATION).base();
        InputSampler sampler = new InputSampler(scenario, 1L, sampling);
        TrajectoryInputs in = new TrajectoryInputs(scenario);
        BudgetModel model = new BudgetModel(scenario);
        TrajectoryState state = model.start();
        double[] outcome = new double[model.layout().size()];
        runBlocks(0, 2, sampler, in, model, state, outcome);
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        runBlocks(2, 12, sampler, in, model, state, outcome);
        long allocated = threads.getThreadAllocatedBytes(id) - before;
        assertThat(allocated / (10.0 * RunSettings.BLOCK)).as("bytes allocated per trajectory").isLessThan(1);
    }

    private static void runBlocks(int fromBlock, int toBlock, InputSampler sampler, TrajectoryInputs in, BudgetModel model,
                                  TrajectoryState state, double[] outcome) {
        for (long b = fromBlock; b < toBlock; b++) {
            sampler.beginBlock(b * RunSettings.BLOCK);
            for (long i = b * RunSettings.BLOCK; i < (b + 1) * RunSettings.BLOCK; i++) {
                sampler.fill(i, in);
                model.reset(state);
                for (int t = 0; t < model.scenario().years(); t++) {
                    model.step(t, state, in, outcome);
                }
            }
        }
    }
}
