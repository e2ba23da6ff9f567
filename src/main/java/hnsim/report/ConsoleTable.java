package hnsim.report;

import hnsim.model.Metric;
import hnsim.stats.Exceedance;
import hnsim.stats.PairedDifference;
import hnsim.stats.RunStatistics;
import hnsim.stats.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The table printed after a run: money in £m by year, one block per option. */
public final class ConsoleTable {
    private static final int LABEL = 28;
    private static final int CELL = 17;

    private ConsoleTable() {
    }

    public static String render(String scenarioName, List<String> options, List<String> years, RunStatistics stats,
                                boolean deterministic) {
        StringBuilder out = new StringBuilder();
        out.append(scenarioName).append('\n');
        for (String option : options) {
            out.append('\n');
            if (deterministic) {
                deterministicBlock(out, option, years, stats);
            } else {
                stochasticBlock(out, option, years, stats);
            }
        }
        return out.toString();
    }

    private static void deterministicBlock(StringBuilder out, String option, List<String> years, RunStatistics stats) {
        header(out, "Option " + option + ": central values, £m (placements in pupils)", years, 11);
        for (Metric m : Metric.values()) {
            List<String> cells = new ArrayList<>();
            for (String y : years) {
                double v = stats.find(option, m.key(), y).mean();
                cells.add(m.isMoney() ? Numbers.millions(v) : String.format(Locale.UK, "%,.0f", v));
            }
            line(out, m.key().replace('_', ' '), cells, 11);
        }
        if (!option.equals(BASE)) {
            String key = PairedDifference.CUMULATIVE_DEFICIT_VS_BASE.key();
            line(out, "cumulative deficit vs base", cells(stats, option, key, years, 50), 11);
        }
    }

    private static final String BASE = "base";

    private static void stochasticBlock(StringBuilder out, String option, List<String> years, RunStatistics stats) {
        header(out, "Option " + option + ": £m", years, CELL);
        String cumulative = Metric.CUMULATIVE_DEFICIT.key();
        line(out, "cumulative deficit median", cells(stats, option, cumulative, years, 50), CELL);
        line(out, "  P10 to P90", bands(stats, option, cumulative, years, 10, 90), CELL);
        line(out, "  P5 to P95", bands(stats, option, cumulative, years, 5, 95), CELL);
        String inYear = Metric.IN_YEAR_DEFICIT.key();
        line(out, "in-year deficit median", cells(stats, option, inYear, years, 50), CELL);
        line(out, "  P10 to P90", bands(stats, option, inYear, years, 10, 90), CELL);
        if (!option.equals(BASE)) {
            String change = PairedDifference.CUMULATIVE_DEFICIT_VS_BASE.key();
            line(out, "cumulative vs base median", cells(stats, option, change, years, 50), CELL);
            line(out, "  P10 to P90", bands(stats, option, change, years, 10, 90), CELL);
        }
        line(out, "savings delivered median", cells(stats, option, Metric.SAVINGS.key(), years, 50), CELL);
        line(out, "placements median", counts(stats, option, years), CELL);
        List<Double> thresholds = stats.exceedances().stream().filter(e -> e.option().equals(option))
                .map(Exceedance::thresholdGbp).distinct().toList();
        for (double threshold : thresholds) {
            List<String> cells = new ArrayList<>();
            for (String y : years) {
                Exceedance e = stats.exceedances().stream()
                        .filter(x -> x.option().equals(option) && x.year().equals(y) && x.thresholdGbp() == threshold)
                        .findFirst().orElseThrow();
                cells.add(Figures.percentTenths(e.probability()));
            }
            line(out, "P(cumulative > £" + trim(threshold / 1e6) + "m)", cells, CELL);
        }
    }

    /** The inputs that drive the spread, largest first, as a few lines for the console. */
    public static String drivers(List<hnsim.stats.Driver> drivers, String option, String year, int shown) {
        if (drivers.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("\nWhat drives the spread of the " + year + " cumulative deficit (" + option
                + "), share of the explained spread and rank correlation:\n");
        for (hnsim.stats.Driver d : drivers.subList(0, Math.min(shown, drivers.size()))) {
            out.append(String.format(Locale.UK, "  %-52s %5.1f%%  %+.2f%n", d.input(), 100 * d.share(), d.spearman()));
        }
        return out.toString();
    }

    private static List<String> cells(RunStatistics stats, String option, String metric, List<String> years, int level) {
        return years.stream().map(y -> Numbers.millions(stats.find(option, metric, y).percentile(level))).toList();
    }

    private static List<String> counts(RunStatistics stats, String option, List<String> years) {
        return years.stream().map(y -> String.format(Locale.UK, "%,.0f",
                stats.find(option, Metric.PLACEMENTS.key(), y).percentile(50))).toList();
    }

    private static List<String> bands(RunStatistics stats, String option, String metric, List<String> years,
                                      int low, int high) {
        List<String> out = new ArrayList<>();
        for (String y : years) {
            Summary s = stats.find(option, metric, y);
            out.add(Numbers.millions(s.percentile(low)) + " to " + Numbers.millions(s.percentile(high)));
        }
        return out;
    }

    private static void header(StringBuilder out, String title, List<String> years, int width) {
        out.append(title).append('\n');
        line(out, "", years, width);
        out.append("-".repeat(LABEL + width * years.size())).append('\n');
    }

    private static void line(StringBuilder out, String label, List<String> cells, int width) {
        out.append(String.format(Locale.UK, "%-" + LABEL + "s", label));
        for (String c : cells) {
            // Always at least two spaces between cells, even when a band is wider than the column.
            out.append(String.format(Locale.UK, "%" + Math.max(width, c.length() + 2) + "s", c));
        }
        out.append('\n');
    }

    private static String trim(double millions) {
        return millions == Math.rint(millions) ? String.format(Locale.UK, "%.0f", millions)
                : String.format(Locale.UK, "%.1f", millions);
    }
}
