package hnsim.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The summariser reuses the row of a column that an earlier column repeats value for value,
 * never of one that only looks alike, and leaves out the unmitigated variant's paired
 * differences, which no output reads; every row it gives is the row of its own column.
 */
class RepeatedColumnsTest {
    private static final int N = 20_003;
    private static final AggregateLayout LAYOUT = new AggregateLayout(List.of("base", Unmitigated.VARIANT),
            List.of("cost", "saving", "grant", "in_year_deficit", "cumulative_deficit"), List.of("y1", "y2"),
            new double[] {1e6});

    /** Cells option x metric x year: the variant's cost and grant are the base's, its saving zero. */
    private static ExactAggregates aggregates(boolean nearCopy) {
        return aggregates(nearCopy, false);
    }

    private static ExactAggregates aggregates(boolean nearCopy, boolean hashTwin) {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(41L);
        double[][] values = new double[LAYOUT.metricCells()][N];
        for (int o = 0; o < 2; o++) {
            for (int m = 0; m < 5; m++) {
                for (int t = 0; t < 2; t++) {
                    double[] v = values[LAYOUT.cell(o, m, t)];
                    for (int i = 0; i < N; i++) {
                        v[i] = switch (m) {
                            case 0 -> o == 1 ? values[LAYOUT.cell(0, 0, t)][i] : 1e6 * (1 + rng.nextDouble());
                            case 1 -> o == 1 ? 0 : 1e5 * rng.nextDouble();
                            case 2 -> 7e7;
                            default -> 1e6 * (rng.nextDouble() - 0.3 * o);
                        };
                    }
                }
            }
        }
        // The variant's grant is held in the base's arrays, as the collector keeps a cell the model declares equal.
        for (int t = 0; t < 2; t++) {
            values[LAYOUT.cell(1, 2, t)] = values[LAYOUT.cell(0, 2, t)];
        }
        if (nearCopy) {
            // The variant's 2nd-year cost agrees with the base's at every sampled trajectory
            // (i = k (n - 1) / 63) but not at trajectory 1.
            values[LAYOUT.cell(1, 0, 1)] = values[LAYOUT.cell(0, 0, 1)].clone();
            values[LAYOUT.cell(1, 0, 1)][1] = 5e5;
        }
        if (hashTwin) {
            // The variant's 2nd-year cost differs from the base's at sampled trajectory 317
            // (k = 1) only, by bits that leave Arrays.hashCode of the sample unchanged: the same
            // word xored into both halves of a long cancels in (int) (v ^ v >>> 32).
            double[] twin = values[LAYOUT.cell(0, 0, 1)].clone();
            twin[317] = Double.longBitsToDouble(Double.doubleToRawLongBits(twin[317]) ^ 0x0000_0001_0000_0001L);
            values[LAYOUT.cell(1, 0, 1)] = twin;
        }
        return ExactAggregates.of(LAYOUT, 0, N, values, BreachCounts.of(LAYOUT).toArray());
    }

    /** Each row computed from its own column, as if nothing repeated. */
    private static List<Summary> oneByOne(ExactAggregates exact) {
        List<Summary> out = new ArrayList<>();
        for (AggregateLayout.Column c : Summariser.summarised(LAYOUT)) {
            out.add(Summariser.summary(exact, c, new ColumnStatistics.Scratch()));
        }
        return out;
    }

    @Test
    void repeatedColumnsTakeTheEarlierRowUnderTheirOwnNames() throws InterruptedException {
        ExactAggregates exact = aggregates(false);
        List<AggregateLayout.Column> columns = Summariser.summarised(LAYOUT);
        RepeatedColumns repeats = RepeatedColumns.of(exact, columns);
        // The variant's cost repeats the base's (columns 0 and 1 of 20: 5 metrics x 2 years of
        // the base, then the variant's 10); its grant is the base's array; its zero saving and
        // the base's constant grant are uniform at the sampled trajectories, in arrays of their
        // own, and so are summarised, not compared.
        assertThat(repeats.candidate(10)).isEqualTo(0);
        assertThat(repeats.candidate(11)).isEqualTo(1);
        assertThat(repeats.candidate(14)).isEqualTo(4);
        assertThat(repeats.candidate(15)).isEqualTo(5);
        assertThat(repeats.candidate(12)).isEqualTo(-1);
        assertThat(repeats.candidate(4)).isEqualTo(-1);
        assertThat(repeats.candidate(5)).isEqualTo(-1);
        for (int threads : new int[] {1, 2, 3}) {
            RunStatistics stats = Summariser.summarise(exact, threads);
            assertThat(stats.summaries()).isEqualTo(oneByOne(exact));
        }
        Summary variantCost = Summariser.summarise(exact, 2).summaries().get(10);
        assertThat(variantCost.option()).isEqualTo(Unmitigated.VARIANT);
        assertThat(variantCost.metric()).isEqualTo("cost");
        assertThat(variantCost.year()).isEqualTo("y1");
    }

    @Test
    void aColumnThatOnlyLooksLikeAnEarlierOneIsSummarisedItself() throws InterruptedException {
        ExactAggregates exact = aggregates(true);
        List<AggregateLayout.Column> columns = Summariser.summarised(LAYOUT);
        RepeatedColumns repeats = RepeatedColumns.of(exact, columns);
        assertThat(repeats.candidate(11)).isEqualTo(1);
        assertThat(RepeatedColumns.same(exact.columnOfCell(columns.get(11).cell()),
                exact.columnOfCell(columns.get(1).cell()), N)).isFalse();
        List<Summary> rows = Summariser.summarise(exact, 2).summaries();
        assertThat(rows).isEqualTo(oneByOne(exact));
        assertThat(rows.get(11).mean()).isNotEqualTo(rows.get(1).mean());
    }

    @Test
    void theVariantsPairedDifferencesAreLeftOut() throws InterruptedException {
        // 2 options x 5 metrics x 2 years; the layout also has the variant's 2 differences x 2 years.
        assertThat(LAYOUT.columns()).hasSize(24);
        List<Summary> rows = Summariser.summarise(aggregates(false), 1).summaries();
        assertThat(rows).hasSize(20).noneMatch(s -> s.metric().endsWith("_vs_base"));
        // An ordinary option keeps its differences.
        AggregateLayout withOption = new AggregateLayout(List.of("base", "plan", Unmitigated.VARIANT),
                LAYOUT.metrics(), LAYOUT.years(), LAYOUT.thresholds());
        assertThat(Summariser.summarised(withOption)).hasSize(30 + 4)
                .filteredOn(c -> c.difference() >= 0).allMatch(c -> c.option() == 1);
    }

    @Test
    void sameComparesEveryValueAndTellsTheSignOfZero() {
        double[] a = {1, 2, 0.0};
        assertThat(RepeatedColumns.same(a, a, 3)).isTrue();
        assertThat(RepeatedColumns.same(a, new double[] {1, 2, 0.0}, 3)).isTrue();
        assertThat(RepeatedColumns.same(a, new double[] {1, 2, -0.0}, 3)).isFalse();
        assertThat(RepeatedColumns.same(a, new double[] {1, 2, 5}, 2)).isTrue();
    }

    @Test
    void aSampleThatOnlyHashesLikeAnEarlierOneGivesNoCandidate() throws InterruptedException {
        ExactAggregates exact = aggregates(false, true);
        List<AggregateLayout.Column> columns = Summariser.summarised(LAYOUT);
        assertThat((20_003 - 1) / 63).isEqualTo(317);
        double[] base = exact.columnOfCell(columns.get(1).cell());
        double[] variant = exact.columnOfCell(columns.get(11).cell());
        assertThat(variant[317]).isNotEqualTo(base[317]);
        RepeatedColumns repeats = RepeatedColumns.of(exact, columns);
        assertThat(repeats.candidate(11)).isEqualTo(-1);
        assertThat(repeats.candidate(10)).isEqualTo(0);
        assertThat(Summariser.summarise(exact, 2).summaries()).isEqualTo(oneByOne(exact));
    }
}
