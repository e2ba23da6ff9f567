package hnsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * In a trajectory a workstream's slip and its opening's lateness are 0 or 1, and the savings
 * step picks one of the four shifted targets instead of mixing them. For targets with a clear
 * sign bit the pick must be, bit for bit, what the mixture gives (the deterministic path's
 * formula), on awkward magnitudes too; with a negative target the two can differ in the sign of
 * a zero, which is why such scenarios keep the mixture.
 */
class SavingsProfileTest {
    private static final double[] AWKWARD = {0.0, Double.MIN_VALUE, 1e-300, 0.1, 1.0, 2_980_000.0, 1e15 + 0.5,
        Double.MAX_VALUE / 4};

    @Test
    void pickingATargetGivesTheMixtureBitForBit() {
        SplittableRandom random = new SplittableRandom(5);
        for (int k = 0; k < 20_000; k++) {
            double[] t = new double[4];
            for (int i = 0; i < 4; i++) {
                t[i] = k % 2 == 0 ? AWKWARD[random.nextInt(AWKWARD.length)] : random.nextDouble() * 1e7;
            }
            for (double slipped : new double[] {0, 1}) {
                for (double late : new double[] {0, 1}) {
                    double mixed = SavingsStep.mixture(slipped, late, t[0], t[1], t[2], t[3]);
                    double picked = t[SavingsStep.combination(slipped, late)];
                    assertThat(Double.doubleToRawLongBits(picked)).as("%s, slipped %s, late %s",
                            java.util.Arrays.toString(t), slipped, late).isEqualTo(Double.doubleToRawLongBits(mixed));
                }
            }
        }
    }

    @Test
    void eachCombinationPicksItsOwnTarget() {
        // The lookup's index into {on time, slipped, late, slipped and late}.
        assertThat(SavingsStep.combination(0, 0)).isEqualTo(0);
        assertThat(SavingsStep.combination(1, 0)).isEqualTo(1);
        assertThat(SavingsStep.combination(0, 1)).isEqualTo(2);
        assertThat(SavingsStep.combination(1, 1)).isEqualTo(3);
        assertThat(SavingsStep.combination(-0.0, -0.0)).isEqualTo(0);
        // Anything but 0 or 1 is a chance, for the mixture.
        for (double chance : new double[] {0.3, 2, -1, 0.9999999999999999, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThat(SavingsStep.combination(chance, 0)).as("slip %s", chance).isEqualTo(-1);
            assertThat(SavingsStep.combination(1, chance)).as("late %s", chance).isEqualTo(-1);
        }
        // The deterministic path's chances mix them: 30% slip, 50% late.
        assertThat(SavingsStep.mixture(0.3, 0.5, 1, 2, 3, 4)).isEqualTo(0.35 + 0.3 + 1.05 + 0.6, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void theCentralPathMixesTheTargetsByTheChanceOfASlip() {
        // No plan value: the central path takes the slip at its chance, 30%, and delivery 50%:
        // 0.5 x (0.7 x this year's target + 0.3 x last year's).
        assertThat(centralSavings(hnsim.scenario.ScenarioFiles.MINIMAL
                .replace("delivery: 50%", "delivery: 50%\n    slip: {probability: 30%, years: 1}")))
                .containsExactly(new double[] {35_000, 85_000, 135_000}, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void theCentralPathMixesTheTargetsByTheChanceOfALateOpening() {
        // The workstream's savings start when a programme opening opens; the opening is late, by
        // a year, with chance 40%: 0.5 x (0.6 x this year's target + 0.4 x last year's).
        assertThat(centralSavings(hnsim.scenario.ScenarioFiles.MINIMAL
                .replace("delivery: 50%", "delivery: 50%\n    depends_on: New unit")
                + "programme:\n  - {name: New unit, type: special, places: 10, year: 2021/22, term: autumn,"
                + " delay: {probability: 40%, years: 1}}\n"))
                .containsExactly(new double[] {30_000, 80_000, 130_000}, org.assertj.core.api.Assertions.within(1e-6));
    }

    /** The savings of each year of a file's base on its central path (every input at its plan value or mean). */
    private static double[] centralSavings(String yaml) {
        hnsim.scenario.Scenario scenario = hnsim.scenario.ScenarioFiles.load(yaml).base();
        return new BudgetModel(scenario).run(CentralInputs.of(scenario)).stream()
                .mapToDouble(year -> year.get(Metric.SAVINGS)).toArray();
    }

    @Test
    void withANegativeTargetTheMixtureCanDifferFromThePickInTheSignOfZero() {
        // -0.0 on time, a negative slipped target: the mixture adds 0 x (-5) = -0.0 ... and +0.0 terms.
        double mixed = SavingsStep.mixture(0, 0, -0.0, -5, 3, 4);
        double picked = new double[] {-0.0, -5, 3, 4}[SavingsStep.combination(0, 0)];
        assertThat(Double.doubleToRawLongBits(mixed)).isNotEqualTo(Double.doubleToRawLongBits(picked));
    }
}
