package hnsim.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hnsim.model.Metric;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A workstream that slips by k years delivers its savings profile exactly k years late: in
 * year t it saves the fraction delivered in year t of the target of year t - k, and nothing
 * before year k. The options share the base's delivery draws, so in every trajectory an
 * option's savings divided by the base's are the ratio of the two targets.
 */
class SlipShiftTest {
    private static final int N = 3_000;
    private static final double[] TARGET = {1e6, 2e6, 3e6, 4e6, 5e6};
    private static final String SCENARIO = """
            name: slips
            first_year: 2021/22
            years: 5
            placements:
              special_school: {count: 1000, unit_cost: 20k, growth: {normal: [5%, 2%]}}
            funding:
              hnb_grant: {base: 20m}
            workstreams:
              - {name: Inclusion, target: [1m, 2m, 3m, 4m, 5m], delivery: {beta: [4, 2]}}
            options:
              one_year_late:
                workstreams:
                  - {name: Inclusion, target: [1m, 2m, 3m, 4m, 5m], delivery: {beta: [4, 2]}, slip: {probability: 100%, years: 1}}
              two_years_late:
                workstreams:
                  - {name: Inclusion, target: [1m, 2m, 3m, 4m, 5m], delivery: {beta: [4, 2]}, slip: {probability: 100%, years: 2}}
              maybe_two_years_late:
                workstreams:
                  - {name: Inclusion, target: [1m, 2m, 3m, 4m, 5m], delivery: {beta: [4, 2]}, slip: {probability: 40%, years: 2}}
            """;

    private TrajectoryStore store;

    /**
     * Run afresh for each test, not once per class: mutation testing attributes what a
     * class-level set-up executes to no test, and would not run these tests against it.
     */
    @BeforeEach
    void run() {
        store = KernelRuns.run(TestScenarios.parse(SCENARIO), 7L, N);
    }

    /** Savings of {@code option} over the base's in year t of trajectory i: the delivery fraction cancels. */
    private double[] targetShare(int option, int i) {
        double[] out = new double[TARGET.length];
        for (int t = 0; t < TARGET.length; t++) {
            out[t] = store.get(option, Metric.SAVINGS, t, i) / store.get(0, Metric.SAVINGS, t, i) * TARGET[t];
        }
        return out;
    }

    @Test
    void theBaseSavesEachYearsTargetTimesItsDelivery() {
        int outside = 0;
        for (int i = 0; i < N; i++) {
            for (int t = 0; t < TARGET.length; t++) {
                double delivered = store.get(0, Metric.SAVINGS, t, i) / TARGET[t];
                outside += delivered > 0 && delivered < 1 ? 0 : 1;
            }
        }
        assertThat(outside).as("years whose delivered share of target is outside (0, 1)").isZero();
    }

    @Test
    void aSlipOfOneYearShiftsTheProfileByExactlyOneYear() {
        for (int i = 0; i < N; i++) {
            KernelRuns.assertClose(targetShare(1, i), new double[] {0, 1e6, 2e6, 3e6, 4e6}, 1e-3, "trajectory " + i);
        }
    }

    @Test
    void aSlipOfTwoYearsShiftsTheProfileByExactlyTwoYears() {
        for (int i = 0; i < N; i++) {
            KernelRuns.assertClose(targetShare(2, i), new double[] {0, 0, 1e6, 2e6, 3e6}, 1e-3, "trajectory " + i);
        }
    }

    @Test
    void aSlipThatMayHappenShiftsTheWholeProfileOrNone() {
        int slipped = 0;
        for (int i = 0; i < N; i++) {
            double[] share = targetShare(3, i);
            if (share[0] == 0) {
                slipped++;
                KernelRuns.assertClose(share, new double[] {0, 0, 1e6, 2e6, 3e6}, 1e-3, "slipped trajectory " + i);
            } else {
                KernelRuns.assertClose(share, TARGET, 1e-3, "trajectory on time " + i);
            }
        }
        // 40% at N = 3,000: standard error 0.0089; 4.5 of them.
        assertThat((double) slipped / N).isCloseTo(0.4, within(0.04));
    }
}
