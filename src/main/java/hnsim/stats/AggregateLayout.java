package hnsim.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The shape of a run's aggregates: the options (the base first), the metrics the kernel
 * reports by name and index, the year labels and the cumulative-deficit thresholds. Cells are
 * numbered option x metric x year, then option x paired difference x year for the options
 * other than the base. Written against metric names, not a fixed list, so metrics a scenario
 * adds flow through to every table.
 *
 * @param metrics the kernel's metric names, in the order of its outcome array
 */
public record AggregateLayout(List<String> options, List<String> metrics, List<String> years, double[] thresholds) {
    /** The metric whose thresholds are counted (exceedance, first breach). */
    public static final String CUMULATIVE_DEFICIT = "cumulative_deficit";
    /** Metrics reported as paired differences against the base, when the layout has them. */
    static final List<String> DIFFERENCE_SOURCES = List.of("in_year_deficit", CUMULATIVE_DEFICIT);

    public AggregateLayout {
        options = List.copyOf(options);
        metrics = List.copyOf(metrics);
        years = List.copyOf(years);
        thresholds = thresholds.clone();
        if (options.isEmpty() || metrics.isEmpty() || years.isEmpty()) {
            throw new IllegalArgumentException("a layout needs options, metrics and years");
        }
    }

    public int metricIndex(String metric) {
        int i = metrics.indexOf(metric);
        if (i < 0) {
            throw new IllegalArgumentException("no metric '" + metric + "'");
        }
        return i;
    }

    /** Index of the cumulative deficit, or -1 when the layout has none (then no thresholds are counted). */
    int cumulativeIndex() {
        return metrics.indexOf(CUMULATIVE_DEFICIT);
    }

    /** The metric indices reported as differences from the base. */
    int[] differenceSources() {
        return DIFFERENCE_SOURCES.stream().mapToInt(metrics::indexOf).filter(i -> i >= 0).toArray();
    }

    /** The name of a paired difference, e.g. {@code cumulative_deficit_vs_base}. */
    String differenceName(int d) {
        return metrics.get(differenceSources()[d]) + "_vs_base";
    }

    /** Option x metric x year cells. */
    public int metricCells() {
        return options.size() * metrics.size() * years.size();
    }

    /** Metric cells plus difference cells. */
    public int cells() {
        return metricCells() + (options.size() - 1) * differenceSources().length * years.size();
    }

    int cell(int option, int metric, int year) {
        return (option * metrics.size() + metric) * years.size() + year;
    }

    /** The cell of difference {@code d} of option {@code option} (at least 1). */
    int differenceCell(int option, int d, int year) {
        return metricCells() + ((option - 1) * differenceSources().length + d) * years.size() + year;
    }

    /** The columns of every table in output order: per option its metrics, then its differences. */
    List<Column> columns() {
        List<Column> out = new ArrayList<>();
        int[] sources = differenceSources();
        for (int o = 0; o < options.size(); o++) {
            for (int m = 0; m < metrics.size(); m++) {
                for (int t = 0; t < years.size(); t++) {
                    out.add(new Column(cell(o, m, t), o, m, -1, t, metrics.get(m)));
                }
            }
            for (int d = 0; o > 0 && d < sources.length; d++) {
                for (int t = 0; t < years.size(); t++) {
                    out.add(new Column(differenceCell(o, d, t), o, sources[d], d, t, differenceName(d)));
                }
            }
        }
        return out;
    }

    /**
     * One column of the tables.
     *
     * @param metric the metric index (the source metric of a difference)
     * @param difference the difference index, or -1 for the metric itself
     */
    record Column(int cell, int option, int metric, int difference, int year, String name) {
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AggregateLayout l && options.equals(l.options) && metrics.equals(l.metrics)
                && years.equals(l.years) && Arrays.equals(thresholds, l.thresholds);
    }

    @Override
    public int hashCode() {
        return (options.hashCode() * 31 + metrics.hashCode()) * 31 + years.hashCode() * 7 + Arrays.hashCode(thresholds);
    }

    @Override
    public String toString() {
        return "AggregateLayout[options=" + options + ", metrics=" + metrics + ", years=" + years
                + ", thresholds=" + Arrays.toString(thresholds) + "]";
    }
}
