package hnsim.stats;

import hnsim.kernel.TrajectoryStore;
import hnsim.kernel.Workers;
import hnsim.model.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Computes {@link RunStatistics} from a run's stored trajectories, in parallel over columns. */
public final class StatisticsCalculator {

    private StatisticsCalculator() {
    }

    /**
     * @param optionNames the name of each stored option, in store order
     * @param yearLabels the label of each year, e.g. 2021/22
     */
    public static RunStatistics compute(TrajectoryStore store, List<String> optionNames, List<String> yearLabels,
                                        List<Double> thresholdsGbp, int threads) throws InterruptedException {
        List<Summary> summaries = summaries(store, optionNames, yearLabels, threads);
        List<Exceedance> exceedances = new ArrayList<>();
        List<FirstBreach> breaches = new ArrayList<>();
        for (int o = 0; o < store.options() && !thresholdsGbp.isEmpty(); o++) {
            // One copy of the option's cumulative deficits serves every threshold.
            double[][] cumulative = new double[store.years()][];
            for (int t = 0; t < store.years(); t++) {
                cumulative[t] = store.column(o, Metric.CUMULATIVE_DEFICIT, t);
            }
            for (double threshold : thresholdsGbp) {
                for (int t = 0; t < store.years(); t++) {
                    exceedances.add(exceedance(optionNames.get(o), yearLabels.get(t), threshold, cumulative[t]));
                }
                breaches.add(firstBreach(cumulative, optionNames.get(o), yearLabels, threshold));
            }
        }
        return new RunStatistics(summaries, exceedances, breaches);
    }

    private static List<Summary> summaries(TrajectoryStore store, List<String> optionNames, List<String> yearLabels,
                                           int threads) throws InterruptedException {
        try (Workers pool = new Workers(threads)) {
            List<Future<Summary>> futures = new ArrayList<>();
            for (int o = 0; o < store.options(); o++) {
                for (Metric m : Metric.values()) {
                    for (int t = 0; t < store.years(); t++) {
                        int option = o;
                        int year = t;
                        futures.add(pool.submit(() -> ColumnStatistics.summarise(optionNames.get(option), m.key(),
                                yearLabels.get(year), store.column(option, m, year))));
                    }
                }
                for (PairedDifference d : o == 0 ? new PairedDifference[0] : PairedDifference.values()) {
                    for (int t = 0; t < store.years(); t++) {
                        int option = o;
                        int year = t;
                        futures.add(pool.submit(() -> ColumnStatistics.summarise(optionNames.get(option), d.key(),
                                yearLabels.get(year), difference(store, option, d.source(), year))));
                    }
                }
            }
            List<Summary> out = new ArrayList<>();
            for (Future<Summary> f : futures) {
                out.add(pool.await(f));
            }
            return out;
        } catch (ExecutionException e) {
            throw new IllegalStateException("statistics failed: " + e.getCause(), e.getCause());
        }
    }

    private static double[] difference(TrajectoryStore store, int option, Metric metric, int year) {
        double[] values = store.column(option, metric, year);
        for (int i = 0; i < values.length; i++) {
            values[i] -= store.get(0, metric, year, i);
        }
        return values;
    }

    static Exceedance exceedance(String option, String year, double threshold, double[] column) {
        long above = 0;
        for (double v : column) {
            if (v > threshold) {
                above++;
            }
        }
        int n = column.length;
        double p = (double) above / n;
        return new Exceedance(option, year, threshold, p, wilson(above, n));
    }

    /** Wilson score interval: well behaved near 0 and 1, where exceedance questions live. */
    static Interval wilson(long successes, long n) {
        double p = (double) successes / n;
        double z2 = Interval.Z95 * Interval.Z95;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Interval.Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
        // At 0 or n successes the bound is exactly 0 or 1; the formula leaves rounding dust.
        double low = successes == 0 ? 0 : Math.max(0, centre - half);
        double high = successes == n ? 1 : Math.min(1, centre + half);
        return new Interval(low, high);
    }

    /** @param columns the option's cumulative deficits, {@code [year][trajectory]} */
    static FirstBreach firstBreach(double[][] columns, String optionName, List<String> yearLabels, double threshold) {
        int n = columns[0].length;
        long[] counts = new long[columns.length];
        long never = 0;
        for (int i = 0; i < n; i++) {
            int first = -1;
            for (int t = 0; t < columns.length && first < 0; t++) {
                if (columns[t][i] > threshold) {
                    first = t;
                }
            }
            if (first < 0) {
                never++;
            } else {
                counts[first]++;
            }
        }
        List<Double> share = new ArrayList<>();
        for (long c : counts) {
            share.add((double) c / n);
        }
        return new FirstBreach(optionName, threshold, yearLabels, share, (double) never / n);
    }
}
