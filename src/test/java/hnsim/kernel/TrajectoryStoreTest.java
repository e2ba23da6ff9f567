package hnsim.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import hnsim.model.Metric;
import hnsim.model.MetricLayout;
import org.junit.jupiter.api.Test;

/**
 * The store of every trajectory keeps doubles while they take at most 256 MiB, floats above
 * (7 significant digits: a £100m deficit to the nearest £10).
 */
class TrajectoryStoreTest {
    @Test
    void aSmallStoreKeepsDoublesToTheLastBit() {
        TrajectoryStore store = new TrajectoryStore(2, MetricLayout.CORE, 3, 10);
        assertThat(store.isSinglePrecision()).isFalse();
        store.put(1, 7, 2, new double[] {0, 0, 0, 0, 0, 0, 0, 1.0 / 3, 0, 0});
        assertThat(store.get(1, 7, 2, 7)).isEqualTo(1.0 / 3);
        assertThat(store.column(1, 7, 2)[7]).isEqualTo(1.0 / 3);
        assertThat(store.options()).isEqualTo(2);
        assertThat(store.years()).isEqualTo(3);
        assertThat(store.trajectories()).isEqualTo(10);
        assertThat(store.layout()).isSameAs(MetricLayout.CORE);
    }

    @Test
    void aStoreAboveTheLimitKeepsFloats() {
        int metrics = MetricLayout.CORE.size();
        // Doubles would take 2 x 4 bytes x metrics x n: just above 256 MiB.
        int n = (int) (TrajectoryStore.DOUBLE_LIMIT_BYTES / (8L * metrics)) + 1;
        TrajectoryStore store = new TrajectoryStore(1, MetricLayout.CORE, 1, n);
        assertThat(store.isSinglePrecision()).isTrue();
        double[] outcome = new double[metrics];
        outcome[Metric.CUMULATIVE_DEFICIT.ordinal()] = 123_456_789.123;
        store.put(0, n - 1, 0, outcome);
        // The float nearest 123,456,789.123 is 123,456,792.
        assertThat(store.get(0, Metric.CUMULATIVE_DEFICIT, 0, n - 1)).isEqualTo(123_456_792.0);
        double[] column = store.column(0, Metric.CUMULATIVE_DEFICIT, 0);
        assertThat(column).hasSize(n);
        assertThat(column[n - 1]).isEqualTo(123_456_792.0);
        assertThat(column[0]).isZero();
    }

    @Test
    void theBytesARunNeedsAreFourPerValue() {
        assertThat(TrajectoryStore.bytesNeeded(2, 5, 6, 1_000_000_000L)).isEqualTo(4L * 2 * 5 * 6 * 1_000_000_000L);
        assertThat(TrajectoryStore.bytesNeeded(2, 6, 1_000L)).isEqualTo(4L * 2 * Metric.COUNT * 6 * 1_000L);
    }
}
