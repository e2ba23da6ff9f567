package hnsim.stats;

import static org.assertj.core.api.Assertions.assertThat;

import hnsim.kernel.ResultSink;
import hnsim.kernel.RunSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A precision run that outgrows exact storage converts its exact aggregates to sketches: the
 * result must be, to the last bit, what a streaming run of the same range builds, blocks of
 * 2,048 trajectories and all, also for a range that starts inside a block.
 */
class ExactToSketchTest {
    private static final AggregateLayout LAYOUT = new AggregateLayout(List.of("base", "plan"),
            List.of("in_year_deficit", "cumulative_deficit"), List.of("y1"), new double[] {1});

    private static double value(int option, long i, int metric) {
        return Math.sin(i * 0.37 + metric) * 1e6 + 3e6 - option * (i % 7) * 1e4;
    }

    /** Feeds [from, to) block by block, as the kernel does. */
    private static RunAggregates collect(QuantileMethod method, long from, long to) {
        RunAggregates.Collector collector = RunAggregates.collector(LAYOUT, method, from, to);
        for (long start = from; start < to; ) {
            long end = Math.min(to, (start / RunSettings.BLOCK + 1) * RunSettings.BLOCK);
            ResultSink.BlockRecorder r = collector.open(start, end);
            // As the kernel records: trajectory by trajectory, the base first in each.
            for (long i = start; i < end; i++) {
                for (int o = 0; o < 2; o++) {
                    r.record(o, i, 0, new double[] {value(o, i, 0), value(o, i, 1)});
                }
            }
            r.close();
            start = end;
        }
        return collector.finish();
    }

    @Test
    void convertedExactAggregatesAreTheStreamedSketchesBitForBit() throws InterruptedException {
        for (long[] range : new long[][] {{0, 5_000}, {100, 5_000}, {2_047, 4_097}}) {
            SketchAggregates streamed = (SketchAggregates) collect(QuantileMethod.SKETCH, range[0], range[1]);
            SketchAggregates converted = ((ExactAggregates) collect(QuantileMethod.EXACT, range[0], range[1])).toSketch();
            assertThat(converted.packedMoments()).as("[%d, %d)", range[0], range[1])
                    .containsExactly(streamed.packedMoments());
            assertThat(Summariser.summarise(converted, 1)).isEqualTo(Summariser.summarise(streamed, 1));
            assertThat(converted.breaches().toArray()).containsExactly(streamed.breaches().toArray());
        }
    }
}
