package hnsim.report.html;

import hnsim.model.Metric;
import hnsim.model.MetricLayout;
import hnsim.stats.RunStatistics;
import hnsim.stats.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The base's results by placement type and workstream, and the money of its policy rules: the
 * mean of every part by year. Means, because the means of the parts add up to the mean of the
 * whole (a median of a sum is not the sum of medians).
 */
final class PartsTable {
    private static final List<String> RULE_METRICS = List.of(MetricLayout.GRANT_INCOME,
            MetricLayout.SAFETY_VALVE_INCOME, MetricLayout.WRITTEN_OFF, MetricLayout.GENERAL_FUND_EXPOSURE);

    private PartsTable() {
    }

    static String section(String option, List<String> years, RunStatistics stats) {
        List<String> metrics = stats.summaries().stream().filter(s -> s.option().equals(option)).map(Summary::metric)
                .distinct().toList();
        StringBuilder html = new StringBuilder("<section id=\"parts\">\n<h2>By placement type and workstream</h2>\n")
                .append("<p>Means across trajectories of option ").append(Html.escape(option))
                .append(" (pupils, £m); the parts of each block add up to its total. Percentiles of every part are ")
                .append("in percentiles.csv and summary.json.</p>\n");
        block(html, "Placements (pupils)", Metric.PLACEMENTS.key(), false, option, years, stats, metrics);
        block(html, "Gross cost, £m", Metric.GROSS_COST.key(), true, option, years, stats, metrics);
        block(html, "Savings delivered, £m", Metric.SAVINGS.key(), true, option, years, stats, metrics);
        List<String> rules = RULE_METRICS.stream().filter(metrics::contains).toList();
        if (!rules.isEmpty()) {
            table(html, "Policy rules, £m", rules, true, option, years, stats);
        }
        return html.append("</section>\n").toString();
    }

    private static void block(StringBuilder html, String title, String whole, boolean money, String option,
                              List<String> years, RunStatistics stats, List<String> metrics) {
        List<String> rows = new ArrayList<>(metrics.stream().filter(m -> m.startsWith(whole + ".")).toList());
        if (rows.isEmpty()) {
            return;
        }
        rows.add(whole);
        table(html, title, rows, money, option, years, stats);
    }

    private static void table(StringBuilder html, String title, List<String> rows, boolean money, String option,
                              List<String> years, RunStatistics stats) {
        html.append("<h3>").append(Html.escape(title)).append("</h3>\n<table class=\"parts\">\n<thead><tr><th></th>");
        for (String y : years) {
            html.append("<th>").append(Html.escape(y)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (String metric : rows) {
            boolean total = !metric.contains(".") && !RULE_METRICS.contains(metric);
            html.append(total ? "<tr class=\"total\"><th>total" : "<tr><th>" + Html.escape(label(metric)));
            html.append("</th>");
            for (String y : years) {
                double mean = stats.find(option, metric, y).mean();
                html.append("<td>").append(money ? String.format(Locale.UK, "%.2f", mean / 1e6)
                        : String.format(Locale.UK, "%,.0f", mean)).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static String label(String metric) {
        int dot = metric.indexOf('.');
        return dot < 0 ? metric.replace('_', ' ') : metric.substring(dot + 1);
    }
}
