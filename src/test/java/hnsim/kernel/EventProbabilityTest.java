package hnsim.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hnsim.model.Metric;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Transfer approvals, workstream slips and inflation shocks happen with the probability the
 * scenario gives, read off the metrics of a plain Monte Carlo run. Probabilities are far from
 * 1/2 on purpose: an event drawn with probability 1 - p instead of p must fail.
 *
 * <p>Each event is designed to show in one metric exactly: a transfer of a fixed £1m is 0 or
 * £1m; a workstream delivering 100% of a flat target saves all of it in the first year or, a
 * year late, nothing; a 10% shock on a flat unit cost with no other inflation multiplies the
 * gross cost by exactly 1.1 in the years it strikes.
 *
 * <p>Tolerance: at N = {@value #N} the share of a probability-p event has standard error
 * sqrt(p (1 - p) / N), at most 0.0026 for the p here; each check allows 4.5 standard errors,
 * so one fails by chance with probability 7e-6 (the seed is fixed, so the outcome is
 * reproducible either way). The 1 - p mistake moves every share by at least 0.7.
 */
class EventProbabilityTest {
    private static final int N = 20_000;
    private static final long SEED = 20_210_301L;
    private static final double[] APPROVAL = {0.12, 0.85};
    private static final double INCLUSION_SLIP = 0.15;
    private static final double SUFFICIENCY_SLIP = 0.90;
    private static final double SHOCK = 0.08;
    private static final String EVENTS = """
            name: events
            first_year: 2021/22
            years: 3
            placements:
              special_school: {count: 1000, unit_cost: 10k, growth: 0%}
            inflation:
              rate: 0%
              shock: {probability: 8%, size: 10%}
            funding:
              hnb_grant: {base: 20m, growth: 0%}
            transfers:
              - {year: 2021/22, amount: 1m, approval: 12%}
              - {year: 2022/23, amount: 1m, approval: 85%}
            workstreams:
              - {name: Inclusion, target: [1m, 1m, 1m], delivery: 100%, slip: {probability: 15%, years: 1}}
              - {name: Sufficiency, target: [2m, 2m, 2m], delivery: 100%, slip: {probability: 90%, years: 1}}
            """;

    private TrajectoryStore store;

    /**
     * Run afresh for each test, not once per class: mutation testing attributes what a
     * class-level set-up executes to no test, and would not run these tests against it.
     */
    @BeforeEach
    void run() {
        store = KernelRuns.run(TestScenarios.parse(EVENTS), SEED, N);
    }

    private static double tolerance(double p) {
        return 4.5 * Math.sqrt(p * (1 - p) / N);
    }

    @Test
    void transfersAreApprovedWithTheirProbability() {
        for (int year = 0; year < APPROVAL.length; year++) {
            double approved = KernelRuns.shareEqualTo(store, Metric.TRANSFER, year, 1e6);
            double refused = KernelRuns.shareEqualTo(store, Metric.TRANSFER, year, 0);
            assertThat(approved + refused).as("every transfer is all or nothing").isEqualTo(1.0);
            assertThat(approved).as("share approved in year %d", year)
                    .isCloseTo(APPROVAL[year], within(tolerance(APPROVAL[year])));
        }
    }

    @Test
    void workstreamsSlipWithTheirProbability() {
        int inclusionSlipped = 0;
        int sufficiencySlipped = 0;
        for (int i = 0; i < N; i++) {
            // First-year savings are £1m (Inclusion on time) + £2m (Sufficiency on time), or less.
            long millions = Math.round(store.get(0, Metric.SAVINGS, 0, i) / 1e6);
            if (millions < 0 || millions > 3) {
                throw new AssertionError("first-year savings of £" + millions + "m in trajectory " + i);
            }
            inclusionSlipped += millions % 2 == 0 ? 1 : 0;
            sufficiencySlipped += millions < 2 ? 1 : 0;
        }
        assertThat((double) inclusionSlipped / N).as("share of Inclusion slipped")
                .isCloseTo(INCLUSION_SLIP, within(tolerance(INCLUSION_SLIP)));
        assertThat((double) sufficiencySlipped / N).as("share of Sufficiency slipped")
                .isCloseTo(SUFFICIENCY_SLIP, within(tolerance(SUFFICIENCY_SLIP)));
    }

    @Test
    void inflationShocksStrikeEachYearWithTheirProbability() {
        for (int year = 0; year < 3; year++) {
            int shocks = 0;
            int neither = 0;
            for (int i = 0; i < N; i++) {
                double before = year == 0 ? 10e6 : store.get(0, Metric.GROSS_COST, year - 1, i);
                double ratio = store.get(0, Metric.GROSS_COST, year, i) / before;
                boolean shocked = Math.abs(ratio - 1.1) < 1e-12;
                shocks += shocked ? 1 : 0;
                neither += shocked || Math.abs(ratio - 1) < 1e-12 ? 0 : 1;
            }
            assertThat(neither).as("trajectories whose cost grew by neither 0%% nor the 10%% shock").isZero();
            assertThat((double) shocks / N).as("share of trajectories with a shock in year %d", year)
                    .isCloseTo(SHOCK, within(tolerance(SHOCK)));
        }
    }
}
