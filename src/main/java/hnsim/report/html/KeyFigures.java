package hnsim.report.html;

import hnsim.report.Figures;

import hnsim.model.Metric;
import hnsim.report.chart.PlanPath;
import hnsim.stats.Exceedance;
import hnsim.stats.RunStatistics;
import hnsim.stats.Summary;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The key-figures table of one option: for each year, the cumulative deficit of the plan, its
 * median, P10 and P90 in £m, and the chance of exceeding each threshold.
 */
final class KeyFigures {
    private KeyFigures() {
    }

    static String table(String option, List<String> years, RunStatistics stats, PlanPath plan) {
        List<Double> thresholds = thresholds(stats, option);
        StringBuilder html = new StringBuilder();
        html.append("<table class=\"figures\">\n<thead><tr><th scope=\"col\">Year</th>")
                .append("<th scope=\"col\">").append(plan.label()).append("</th><th scope=\"col\">Median</th>")
                .append("<th scope=\"col\">P10</th><th scope=\"col\">P90</th>");
        for (double t : thresholds) {
            html.append("<th scope=\"col\">P(&gt; ").append(Html.escape(Figures.money(t))).append(")</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        String metric = Metric.CUMULATIVE_DEFICIT.key();
        for (int y = 0; y < years.size(); y++) {
            String year = years.get(y);
            Summary s = stats.find(option, metric, year);
            html.append("<tr><th scope=\"row\">").append(Html.escape(year)).append("</th>")
                    .append(cell(millions(plan.value(Metric.CUMULATIVE_DEFICIT, y))))
                    .append(cell(millions(s.percentile(50))))
                    .append(cell(millions(s.percentile(10))))
                    .append(cell(millions(s.percentile(90))));
            for (double t : thresholds) {
                html.append(cell(Figures.percent(probability(stats, option, year, t))));
            }
            html.append("</tr>\n");
        }
        return html.append("</tbody>\n</table>\n").toString();
    }

    static List<Double> thresholds(RunStatistics stats, String option) {
        return List.copyOf(new TreeSet<>(stats.exceedances().stream()
                .filter(e -> e.option().equals(option)).map(Exceedance::thresholdGbp).toList()));
    }

    static double probability(RunStatistics stats, String option, String year, double threshold) {
        return stats.exceedances().stream()
                .filter(e -> e.option().equals(option) && e.year().equals(year) && e.thresholdGbp() == threshold)
                .mapToDouble(Exceedance::probability).findFirst().orElse(Double.NaN);
    }

    /** £m to one decimal, the precision a budget paper quotes: 29.2. */
    static String millions(double pounds) {
        return String.format(Locale.UK, "%,.1f", pounds / 1e6);
    }

    private static String cell(String text) {
        return "<td>" + Html.escape(text) + "</td>";
    }
}
