package hnsim.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hnsim.model.InputCatalogue;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Known answers for inputs tied by a correlation block. The model: one year, two placement types
 * with the same count and unit cost whose growth rates x1, x2 are normal with the same spread and
 * Pearson correlation r, so the deficit is a constant plus c (x1 + x2), linear in the two growths.
 * The copula draws x = L z from independent normal scores z with L the Cholesky factor of
 * [[1, r], [r, 1]]: x1 = z1 and x2 = r z1 + sqrt(1 - r^2) z2 (in units of the spread). So
 * y = (1 + r) z1 + sqrt(1 - r^2) z2 with Var(y) = 2 (1 + r), and the scores' indices are
 * S(z1) = (1 + r)^2 / 2 (1 + r) = (1 + r) / 2 and S(z2) = (1 - r^2) / 2 (1 + r) = (1 - r) / 2,
 * first order = total (no interaction). The block as one group explains everything: S = 1.
 */
class CorrelatedInputsIndicesTest {
    /** Rank correlation 0.6: the copula's Pearson correlation is 2 sin(pi 0.6 / 6) = 2 sin(pi / 10). */
    private static final double R = 2 * Math.sin(Math.PI * 0.6 / 6);

    private static final String CORRELATED_PAIR = """
            name: two correlated growth rates
            first_year: 2021/22
            years: 1
            placements:
              special_school: {count: 1000, unit_cost: 20k, growth: {normal: [5%, 2%]}}
              independent_special: {count: 1000, unit_cost: 20k, growth: {normal: [5%, 2%]}}
            inflation: {rate: 2%}
            funding:
              hnb_grant: {base: 40m, growth: 3%}
            correlation:
              inputs: [placements.special_school.growth, placements.independent_special.growth]
              matrix:
                - [1, 0.6]
                - [0.6, 1]
            """;

    private static StudyResult study(CorrelatedTreatment treatment) throws InterruptedException {
        InputCatalogue catalogue = Scenarios.parse(CORRELATED_PAIR);
        return SensitivityStudy.run(catalogue, new StudySettings(7, 8000, 2, EnumSet.of(Method.SOBOL), List.of(),
                treatment, 400), done -> { });
    }

    @Test
    void throughTheScoresTheFirstMemberCarriesTheSharedVariance() throws InterruptedException {
        StudyResult r = study(CorrelatedTreatment.SCORES);
        List<SobolIndex> indices = r.sobol().get(0);
        assertThat(indices).extracting(SobolIndex::input).containsExactly("placements.special_school.growth",
                "placements.independent_special.growth");
        double first = (1 + R) / 2;   // 0.809
        double second = (1 - R) / 2;  // 0.191
        assertWithin(indices.get(0), first);
        assertWithin(indices.get(1), second);
        // The two scores are independent and the model is additive in them: the shares add to 1.
        assertThat(indices.get(0).totalOrder() + indices.get(1).totalOrder()).isCloseTo(1, within(0.03));
        assertThat(r.sobolEvaluations()).isEqualTo(8000L * 4);
    }

    @Test
    void byDefaultTheBlockIsOneGroupThatExplainsEverything() throws InterruptedException {
        StudyResult r = study(CorrelatedTreatment.GROUP);
        assertThat(r.groups()).containsExactly(new InputGroup(InputGroups.CORRELATED, List.of(
                "placements.special_school.growth", "placements.independent_special.growth")));
        SobolIndex block = r.sobol().get(0).get(0);
        assertWithin(block, 1.0);
        assertThat(r.sobolEvaluations()).isEqualTo(8000L * 3);
    }

    /** The known value lies in both bootstrap intervals, and both estimates are within 0.03 of it. */
    private static void assertWithin(SobolIndex s, double expected) {
        assertThat(s.firstOrderCi().low()).as("%s first-order interval", s.input()).isLessThanOrEqualTo(expected);
        assertThat(s.firstOrderCi().high()).as("%s first-order interval", s.input()).isGreaterThanOrEqualTo(expected);
        assertThat(s.totalOrderCi().low()).as("%s total interval", s.input()).isLessThanOrEqualTo(expected);
        assertThat(s.totalOrderCi().high()).as("%s total interval", s.input()).isGreaterThanOrEqualTo(expected);
        assertThat(s.firstOrder()).as("%s first order", s.input()).isCloseTo(expected, within(0.03));
        assertThat(s.totalOrder()).as("%s total", s.input()).isCloseTo(expected, within(0.03));
    }
}
