package hnsim.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import hnsim.model.Metric;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Options run on the base's random draws (common random numbers), trajectory by trajectory:
 * the paired difference of an option is its own effect and nothing else. The scenario has an
 * input of every kind (correlated and persistent demand, own and general inflation with
 * shocks, uncertain grant and Schools Block growth, an approval, delivery and slip, other
 * income) so an option given draws of its own would differ somewhere.
 */
class CommonRandomNumbersTest {
    private static final int N = 4_000;
    private static final int YEARS = 4;
    /** Also used by {@link DrawProfileTest}: every input uncertain. */
    static final String SCENARIO = """
            name: every kind of input
            first_year: 2021/22
            years: 4
            opening_deficit: 17.5m
            placements:
              mainstream_top_up: {count: 1930, unit_cost: 8015, growth: {normal: [6%, 2%]}}
              special_school:
                count: 1240
                unit_cost: 20.8k
                growth: {lognormal: {mean: 5.5%, sd: 2%}}
                capacity: [1290, 1350, 1410, 1470]
                overflow: independent_special
              independent_special: {count: 520, unit_cost: 51k, growth: {uniform: [2%, 6%]}, inflation: {normal: [6%, 2%]}}
            demand: {persistence: 0.5}
            inflation:
              rate: {normal: [3%, 1%]}
              shock: {probability: 15%, size: 4%}
            funding:
              hnb_grant: {base: 64.9816m, growth: [10%, {triangular: [3%, 5%, 10%]}, 4.5%, 4.5%]}
              schools_block: {base: 385m, growth: {normal: [2%, 0.5%]}}
              other_income: [{name: Contribution, amount: {uniform: [0.2m, 0.8m]}}]
            transfers:
              - {year: 2022/23, rate: 0.5%, approval: 50%}
            workstreams:
              - {name: Inclusion, target: [1.2m, 2.0m, 2.5m, 3.0m], delivery: {beta: [4, 2]}, slip: {probability: 20%, years: 1}}
            correlation:
              inputs: [placements.mainstream_top_up.growth, placements.special_school.growth]
              matrix:
                - [1, 0.5]
                - [0.5, 1]
            options:
              identical: {opening_deficit: 17.5m}
              larger_transfer:
                transfers:
                  - {year: 2022/23, rate: 1%, approval: 50%}
              no_transfer: {transfers: []}
            """;
    private static final int BASE = 0;
    private static final int IDENTICAL = 1;
    private static final int LARGER_TRANSFER = 2;
    private static final int NO_TRANSFER = 3;

    private TrajectoryStore store;

    /**
     * Run afresh for each test, not once per class: mutation testing attributes what a
     * class-level set-up executes to no test, and would not run these tests against it.
     */
    @BeforeEach
    void run() {
        store = KernelRuns.run(TestScenarios.parse(SCENARIO), 20_210_301L, N);
    }

    @Test
    void anOptionIdenticalToTheBaseHasAPairedDifferenceOfExactlyZero() {
        for (Metric m : Metric.values()) {
            for (int t = 0; t < YEARS; t++) {
                for (int i = 0; i < N; i++) {
                    double base = store.get(BASE, m, t, i);
                    double option = store.get(IDENTICAL, m, t, i);
                    if (option != base) {
                        throw new AssertionError(m.key() + " in year " + t + " of trajectory " + i + ": option "
                                + option + ", base " + base);
                    }
                }
            }
        }
    }

    @Test
    void anOptionChangingOnlyTheTransferDiffersFromTheBaseOnlyByTheTransfer() {
        // Twice the rate on the same approval draw: twice the base's transfer, approved or not.
        assertDiffersOnlyByTransfer(LARGER_TRANSFER, 2.0);
        // No transfer: the base's transfer is the whole difference.
        assertDiffersOnlyByTransfer(NO_TRANSFER, 0.0);
        double refused = KernelRuns.shareEqualTo(store, Metric.TRANSFER, 1, 0);
        assertThat(refused).as("the approval is a real coin, refused in some trajectories, granted in others")
                .isBetween(0.4, 0.6);
    }

    /**
     * Checks every trajectory and year with plain comparisons (an assertion library call per
     * value would cost seconds) and reports the first mismatch.
     */
    private void assertDiffersOnlyByTransfer(int option, double transferRatio) {
        EnumSet<Metric> untouched = EnumSet.of(Metric.PLACEMENTS, Metric.GROSS_COST, Metric.SAVINGS, Metric.NET_COST);
        for (int i = 0; i < N; i++) {
            double cumulativeGap = 0;
            for (int t = 0; t < YEARS; t++) {
                for (Metric m : untouched) {
                    check(store.get(option, m, t, i) == store.get(BASE, m, t, i), m.key(), t, i);
                }
                double baseTransfer = store.get(BASE, Metric.TRANSFER, t, i);
                double gap = store.get(option, Metric.TRANSFER, t, i) - baseTransfer;
                check(Math.abs(gap - (transferRatio - 1) * baseTransfer) < PENNY, "transfer", t, i);
                cumulativeGap += gap;
                check(Math.abs(gap(option, Metric.FUNDING, t, i) - gap) < PENNY, "funding", t, i);
                check(Math.abs(gap(option, Metric.IN_YEAR_DEFICIT, t, i) + gap) < PENNY, "in-year deficit", t, i);
                check(Math.abs(gap(option, Metric.CUMULATIVE_DEFICIT, t, i) + cumulativeGap) < PENNY,
                        "cumulative deficit", t, i);
            }
        }
    }

    /** Sums of pounds around 10^8 carry rounding of about 10^-8; a thousandth of a penny is far above it. */
    private static final double PENNY = 1e-5;

    private double gap(int option, Metric m, int t, int i) {
        return store.get(option, m, t, i) - store.get(BASE, m, t, i);
    }

    private static void check(boolean ok, String what, int year, int trajectory) {
        if (!ok) {
            throw new AssertionError(what + " differs from the base by more than the transfer in year " + year
                    + " of trajectory " + trajectory);
        }
    }
}
