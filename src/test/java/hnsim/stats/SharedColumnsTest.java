package hnsim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hnsim.kernel.ResultSink;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Exact aggregates keep one column for cells the kernel's model declares equal (the unmitigated
 * forecast's pupils and costs are its base's): the shared aggregates must hold, cell by cell and
 * after merges, exactly the values of aggregates that store every cell, and give the same tables.
 */
class SharedColumnsTest {
    static final AggregateLayout LAYOUT = new AggregateLayout(List.of("base", "unmitigated"),
            List.of("gross_cost", "cumulative_deficit"), List.of("y1", "y2"), new double[] {10});
    /** The unmitigated option's gross cost is the base's; its cumulative deficit is not. */
    static final int[][] SAME = {{-1, -1}, {0, -1}};

    /** Trajectory i: gross cost 100 + 7i mod 11 (+ year), cumulative 3i mod 5 (+ 4 without savings). */
    static double value(int option, int metric, int year, long i) {
        if (metric == 0) {
            return 100 + (7 * i) % 11 + year;
        }
        return (3 * i) % 5 + year + 4 * option;
    }

    static RunAggregates collect(int[][] same, long from, long to) {
        RunAggregates.Collector collector = RunAggregates.collector(LAYOUT, QuantileMethod.EXACT, from, to, same);
        ResultSink.BlockRecorder recorder = collector.open(from, to);
        for (long i = from; i < to; i++) {
            for (int o = 0; o < 2; o++) {
                for (int t = 0; t < 2; t++) {
                    recorder.record(o, i, t, new double[] {value(o, 0, t, i), value(o, 1, t, i)});
                }
            }
        }
        recorder.close();
        return collector.finish();
    }

    @Test
    void sharedCellsHoldTheValuesOfAStoreOfEveryCell() throws Exception {
        ExactAggregates shared = (ExactAggregates) collect(SAME, 0, 100);
        ExactAggregates every = (ExactAggregates) collect(new int[0][], 0, 100);
        for (int c = 0; c < LAYOUT.metricCells(); c++) {
            assertThat(shared.columnOfCell(c)).as("cell %d", c).containsExactly(every.columnOfCell(c));
        }
        // One array for the shared gross cost, separate ones for the rest.
        assertThat(shared.columnOfCell(LAYOUT.cell(1, 0, 1))).isSameAs(shared.columnOfCell(LAYOUT.cell(0, 0, 1)));
        assertThat(shared.columnOfCell(LAYOUT.cell(1, 1, 1))).isNotSameAs(shared.columnOfCell(LAYOUT.cell(0, 1, 1)));
        assertThat(every.columnOfCell(LAYOUT.cell(1, 0, 1))).isNotSameAs(every.columnOfCell(LAYOUT.cell(0, 0, 1)));
        assertThat(Summariser.summarise(shared, 2).summaries()).isEqualTo(Summariser.summarise(every, 2).summaries());
    }

    @Test
    void aMergeOfSharedPartsStaysSharedAndEqualsTheWhole() {
        // A part that starts later holds exactly its own trajectories, 60 here, in every column.
        ExactAggregates later = (ExactAggregates) collect(SAME, 40, 100);
        for (int c = 0; c < LAYOUT.metricCells(); c++) {
            assertThat(later.columnOfCell(c)).as("cell %d", c).hasSize(60);
        }
        ExactAggregates merged = (ExactAggregates) collect(SAME, 0, 40).merge(collect(SAME, 40, 100));
        ExactAggregates whole = (ExactAggregates) collect(new int[0][], 0, 100);
        for (int c = 0; c < LAYOUT.metricCells(); c++) {
            assertThat(merged.columnOfCell(c)).as("cell %d", c).containsExactly(whole.columnOfCell(c));
        }
        assertThat(merged.columnOfCell(LAYOUT.cell(1, 0, 0))).isSameAs(merged.columnOfCell(LAYOUT.cell(0, 0, 0)));
        // A part that stores every cell: the merge cannot share, and still holds every value.
        ExactAggregates mixed = (ExactAggregates) collect(SAME, 0, 40).merge(collect(new int[0][], 40, 100));
        assertThat(mixed.columnOfCell(LAYOUT.cell(1, 0, 0))).isNotSameAs(mixed.columnOfCell(LAYOUT.cell(0, 0, 0)))
                .containsExactly(whole.columnOfCell(LAYOUT.cell(1, 0, 0)));
    }

    @Test
    void columnsAllocatedOnSeveralThreadsAreSharedAlike() {
        // Large enough (cells x trajectories >= 2^24) for the columns to be allocated in parallel.
        int n = 1 << 21;
        ExactAggregates parallel = (ExactAggregates) RunAggregates.collector(LAYOUT, QuantileMethod.EXACT, 0, n, SAME, 2)
                .finish();
        for (int o = 0; o < 2; o++) {
            for (int m = 0; m < 2; m++) {
                for (int t = 0; t < 2; t++) {
                    double[] column = parallel.columnOfCell(LAYOUT.cell(o, m, t));
                    assertThat(column).hasSize(n);
                    if (o == 1) {
                        double[] base = parallel.columnOfCell(LAYOUT.cell(0, m, t));
                        assertThat(column == base).as("metric %d, year %d shared", m, t).isEqualTo(m == 0);
                    }
                }
            }
        }
    }

    @Test
    void onlyAnEarlierOptionsColumnCanBeShared() {
        assertThatThrownBy(() -> collect(new int[][] {{1, -1}, {-1, -1}}, 0, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("earlier option");
        // Nor its own.
        assertThatThrownBy(() -> collect(new int[][] {{-1, -1}, {1, -1}}, 0, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("earlier option");
    }
}
