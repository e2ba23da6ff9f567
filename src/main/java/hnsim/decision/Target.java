package hnsim.decision;

import hnsim.model.Metric;
import hnsim.scenario.Quantities;
import hnsim.stats.ColumnStatistics;
import hnsim.stats.Interval;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

/**
 * A goal for {@code hnsim solve}: a statistic of one metric in one year of the base, held on
 * one side of a bound. Either a percentile or the mean ({@code P90 cumulative_deficit 2024/25
 * <= 50m}) or an exceedance probability ({@code P(cumulative_deficit 2024/25 > 99m) <= 10%}).
 *
 * @param level the percentile (1-99), or 0 for the mean, or -1 for an exceedance probability
 * @param exceedGbp the amount of an exceedance probability, NaN otherwise
 * @param atMost true for {@code <=}, false for {@code >=}
 * @param bound the bound in pounds, or a probability 0-1 for an exceedance target
 */
public record Target(String text, int level, Metric metric, String year, double exceedGbp, boolean atMost,
                     double bound) {
    static final int MEAN = 0;
    static final int EXCEEDANCE = -1;
    private static final double Z95 = 1.959963984540054;

    private static final Pattern STATISTIC = Pattern.compile(
            "\\s*(?<stat>[Pp]\\d{1,2}|mean|median)\\s+(?<metric>[a-z_]+)\\s+(?<year>\\d{4}/\\d{2})\\s*(?<op><=|>=|=<|=>)\\s*(?<bound>.+)");
    private static final Pattern PROBABILITY = Pattern.compile(
            "\\s*P\\(\\s*(?<metric>[a-z_]+)\\s+(?<year>\\d{4}/\\d{2})\\s*>\\s*(?<amount>[^)]+)\\)\\s*(?<op><=|>=|=<|=>)\\s*(?<bound>.+)");

    /** Parses a target; throws {@link IllegalArgumentException} saying what is expected. */
    public static Target parse(String text) {
        Matcher p = PROBABILITY.matcher(text);
        if (p.matches()) {
            Metric metric = metric(p.group("metric"));
            double amount = money(p.group("amount"), text);
            double bound;
            try {
                bound = Quantities.probability(p.group("bound").trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--target '" + text + "': the chance " + e.getMessage());
            }
            return new Target(text.trim(), EXCEEDANCE, metric, p.group("year"), amount, atMost(p.group("op")), bound);
        }
        Matcher s = STATISTIC.matcher(text);
        if (s.matches()) {
            String stat = s.group("stat").toLowerCase(Locale.ROOT);
            int level = stat.equals("mean") ? MEAN : stat.equals("median") ? 50 : Integer.parseInt(stat.substring(1));
            if (stat.startsWith("p") && (level < 1 || level > 99)) {
                throw new IllegalArgumentException("--target '" + text + "': percentiles run from P1 to P99");
            }
            return new Target(text.trim(), level, metric(s.group("metric")), s.group("year"), Double.NaN,
                    atMost(s.group("op")), money(s.group("bound"), text));
        }
        throw new IllegalArgumentException("--target '" + text + "': expected e.g. 'P90 cumulative_deficit 2024/25 <= 50m', "
                + "'mean in_year_deficit 2023/24 <= 5m' or 'P(cumulative_deficit 2024/25 > 99m) <= 10%'");
    }

    private static boolean atMost(String op) {
        return op.equals("<=") || op.equals("=<");
    }

    private static Metric metric(String key) {
        try {
            return Metric.byKey(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--target: no metric '" + key + "'; metrics: "
                    + String.join(", ", Arrays.stream(Metric.values()).map(Metric::key).toList()));
        }
    }

    private static double money(String text, String target) {
        try {
            return Quantities.money(text.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--target '" + target + "': " + e.getMessage());
        }
    }

    /** The statistic over one column of trajectory values, which it sorts. */
    public double statistic(double[] values) {
        if (level == EXCEEDANCE) {
            return (double) above(values) / values.length;
        }
        if (level == MEAN) {
            return Arrays.stream(values).sum() / values.length;
        }
        Arrays.sort(values);
        return ColumnStatistics.quantile(values, level / 100.0);
    }

    /**
     * The 95% Monte Carlo interval of the statistic over {@code values} (sorted by {@link #statistic}):
     * distribution-free order-statistic bounds for a percentile, the normal interval for the mean,
     * Wilson's for a probability.
     */
    public Interval interval(double[] values) {
        int n = values.length;
        if (level == EXCEEDANCE) {
            long k = above(values);
            if (n < 2) {
                return new Interval(k, k);
            }
            org.apache.commons.math3.stat.interval.ConfidenceInterval ci =
                    new WilsonScoreInterval().createInterval(n, (int) k, 0.95);
            return new Interval(Math.max(0, ci.getLowerBound()), Math.min(1, ci.getUpperBound()));
        }
        if (level == MEAN) {
            double mean = statistic(values.clone());
            double sd = n > 1 ? new org.apache.commons.math3.stat.descriptive.moment.StandardDeviation().evaluate(values) : 0;
            double half = n > 1 ? Z95 * sd / Math.sqrt(n) : 0;
            return new Interval(mean - half, mean + half);
        }
        return ColumnStatistics.quantileInterval(values, level / 100.0);
    }

    private long above(double[] values) {
        long k = 0;
        for (double v : values) {
            if (v > exceedGbp) {
                k++;
            }
        }
        return k;
    }

    /** How far a statistic is from meeting the target: at most 0 when it meets it. */
    public double gap(double statistic) {
        return atMost ? statistic - bound : bound - statistic;
    }

    public boolean met(double statistic) {
        return gap(statistic) <= 0;
    }

    /** The statistic's name: "P90 of the 2024/25 cumulative deficit". */
    public String statisticName() {
        String what = "the " + year + " " + metric.key().replace('_', ' ');
        if (level == EXCEEDANCE) {
            return "chance " + what + " exceeds " + money(exceedGbp);
        }
        return (level == MEAN ? "mean" : "P" + level) + " of " + what;
    }

    /** A value of the statistic as people read it: £49.8m or 9.7%. */
    public String describe(double statistic) {
        return level == EXCEEDANCE ? String.format(Locale.UK, "%.1f%%", 100 * statistic) : money(statistic);
    }

    private static String money(double pounds) {
        return String.format(Locale.UK, "£%.2fm", pounds / 1e6);
    }
}
