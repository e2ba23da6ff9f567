package hnsim.stats;

import com.datadoghq.sketch.ddsketch.DDSketch;
import hnsim.model.MetricLayout;
import java.util.ArrayList;
import java.util.List;

/** {@link RunStatistics} from {@link StreamingAggregates}: the same tables as the exact path. */
final class SketchStatistics {

    private SketchStatistics() {
    }

    static RunStatistics compute(StreamingAggregates aggregates, StreamingAggregates.Merged merged,
                                 List<String> optionNames, List<String> years) {
        return compute(aggregates, merged, optionNames, years, MetricLayout.CORE);
    }

    static RunStatistics compute(StreamingAggregates aggregates, StreamingAggregates.Merged merged,
                                 List<String> optionNames, List<String> years, MetricLayout layout) {
        List<Summary> summaries = new ArrayList<>();
        for (int o = 0; o < optionNames.size(); o++) {
            for (int m = 0; m < layout.size(); m++) {
                for (int t = 0; t < years.size(); t++) {
                    int c = aggregates.cell(o, m, t);
                    summaries.add(summary(optionNames.get(o), layout.name(m), years.get(t), merged.sketches()[c],
                            merged.moments()[c]));
                }
            }
            for (PairedDifference d : o == 0 ? new PairedDifference[0] : PairedDifference.values()) {
                for (int t = 0; t < years.size(); t++) {
                    int c = aggregates.differenceCell(o, d, t);
                    summaries.add(summary(optionNames.get(o), d.key(), years.get(t), merged.sketches()[c],
                            merged.moments()[c]));
                }
            }
        }
        double[] thresholds = aggregates.thresholds();
        List<Exceedance> exceedances = new ArrayList<>();
        List<FirstBreach> breaches = new ArrayList<>();
        for (int o = 0; o < optionNames.size(); o++) {
            long n = merged.moments()[aggregates.cell(o, 0, 0)].count;
            for (int k = 0; k < thresholds.length; k++) {
                List<Double> share = new ArrayList<>();
                for (int t = 0; t < years.size(); t++) {
                    long above = merged.exceed()[o][k][t];
                    exceedances.add(new Exceedance(optionNames.get(o), years.get(t), thresholds[k],
                            (double) above / n, StatisticsCalculator.wilson(above, n)));
                    double s = (double) merged.firstBreach()[o][k][t] / n;
                    share.add(s);
                }
                long firstTotal = 0;
                for (long count : merged.firstBreach()[o][k]) {
                    firstTotal += count;
                }
                breaches.add(new FirstBreach(optionNames.get(o), thresholds[k], years, share,
                        (double) (n - firstTotal) / n));
            }
        }
        return new RunStatistics(summaries, exceedances, breaches);
    }

    private static Summary summary(String option, String metric, String year, DDSketch sketch, Moments moments) {
        long n = moments.count;
        double sd = moments.sd();
        List<Double> percentiles = new ArrayList<>();
        List<Interval> cis = new ArrayList<>();
        for (int level : Percentiles.LEVELS) {
            double p = level / 100.0;
            percentiles.add(atRank(sketch, n, OrderStatistics.rank(n, p)));
            long[] bounds = OrderStatistics.intervalRanks(n, p);
            cis.add(new Interval(atRank(sketch, n, bounds[0]), atRank(sketch, n, bounds[1])));
        }
        return new Summary(option, metric, year, n, moments.mean, sd, Interval.ofMean(moments.mean, sd, n),
                percentiles, cis);
    }

    /** {@code points} values at the mid-quantiles (k + 1/2) / points: a stand-in sample of the distribution. */
    static double[] quantileSample(DDSketch sketch, int points) {
        double[] out = new double[points];
        for (int k = 0; k < points; k++) {
            out[k] = sketch.getValueAtQuantile((k + 0.5) / points);
        }
        return out;
    }

    /** The value of 1-based rank {@code rank} (1 to n, as OrderStatistics gives) among {@code n}, read from the sketch. */
    private static double atRank(DDSketch sketch, long n, long rank) {
        double q = n > 1 ? (double) (rank - 1) / (n - 1) : 0;
        return sketch.getValueAtQuantile(q);
    }
}
