package hnsim.bench;

import hnsim.stats.ColumnStatistics;
import hnsim.stats.Summary;
import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.core.source64.XoShiRo256PlusPlus;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The statistics step: the exact summary (sort, moments, percentiles and their intervals) of
 * one column of trajectory values, per value.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StatisticsBenchmark {
    @Param({"10000", "1000000"})
    public int values;

    private double[] column;

    @Setup
    public void setUp() {
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(new XoShiRo256PlusPlus(7L, 8L, 9L, 10L));
        column = new double[values];
        for (int i = 0; i < values; i++) {
            column[i] = 50e6 + 15e6 * normal.sample();
        }
    }

    @Benchmark
    @OperationsPerInvocation(1)
    public Summary summarise() {
        return ColumnStatistics.summarise("base", "cumulative_deficit", "2024/25", column.clone());
    }
}
