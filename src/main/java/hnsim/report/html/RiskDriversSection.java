package hnsim.report.html;

import hnsim.report.Figures;
import hnsim.report.RiskDrivers;
import hnsim.report.SensitivityOutputs;
import hnsim.report.chart.RenderedChart;
import hnsim.scenario.Scenario;
import hnsim.sensitivity.InputGroup;
import hnsim.sensitivity.SobolIndex;
import hnsim.sensitivity.StudyResult;
import hnsim.sensitivity.TailDriver;
import hnsim.stats.Driver;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * "What drives the risk" ({@code run --sensitivity}): the drivers by year (chart and table),
 * the two tornadoes, the final year's Sobol indices with their intervals, the tail drivers, and
 * what the study cost and how it treated correlated inputs. Replaces the final-year "What
 * drives the spread" table, which it contains.
 */
final class RiskDriversSection {
    /** Rows of the tables; every input is in the CSV files. */
    static final int SHOWN = 12;

    private RiskDriversSection() {
    }

    static void write(StringBuilder html, RiskDrivers drivers, Scenario base, String option) {
        StudyResult r = drivers.study();
        int last = r.lastYear();
        String year = r.years().get(last);
        int n = drivers.manifest().trajectories();
        int k = r.groups().size();
        html.append("<section id=\"drivers\">\n<h2>What drives the risk</h2>\n<p>")
                .append(Html.escape(String.format(Locale.UK, "Which uncertain inputs drive option %s's cumulative"
                        + " deficit, year by year, from a sensitivity study on the run's first %,d trajectories (seed"
                        + " %d): rank regression shares, the one-at-a-time and Monte Carlo tornadoes, Sobol first-order"
                        + " and total indices from a Saltelli design of N x (k + 2) = %,d x %d = %,d model evaluations"
                        + " with 95%% bootstrap intervals (%d resamples), and the inputs over-represented in the worst"
                        + " 10%% of trajectories.", option, n, drivers.manifest().seed(), n, k + 2,
                        r.sobolEvaluations(), drivers.manifest().bootstrapResamples())))
                .append("</p>\n<p>").append(Html.escape(drivers.correlatedChoice(base))).append("</p>\n");
        chart(html, drivers.chart(SensitivityOutputs.SHARE_CHART).orElse(null));
        sharesTable(html, r);
        chart(html, drivers.chart("tornado").orElse(null));
        chart(html, drivers.chart("tornado-monte-carlo").orElse(null));
        sobolTable(html, r, year);
        tailTable(html, r, year);
        html.append("<p>Every input, year and method: <a href=\"sensitivity.csv\">sensitivity.csv</a>, "
                + "<a href=\"tornado.csv\">tornado.csv</a>, <a href=\"sobol.csv\">sobol.csv</a>, "
                + "<a href=\"tail-drivers.csv\">tail-drivers.csv</a>; the study's manifest: "
                + "<a href=\"sensitivity.json\">sensitivity.json</a>.</p>\n</section>\n");
    }

    private static void chart(StringBuilder html, RenderedChart chart) {
        if (chart == null) {
            return;
        }
        HtmlReport.figure(html, chart);
    }

    private static void sharesTable(StringBuilder html, StudyResult r) {
        List<Driver> last = r.drivers().get(r.lastYear());
        html.append("<h3>Rank regression: share of the explained spread, by year</h3>\n<table class=\"figures\">\n"
                + "<thead><tr><th scope=\"col\">Input</th>");
        for (String y : r.years()) {
            html.append("<th scope=\"col\">").append(Html.escape(y)).append("</th>");
        }
        html.append("<th scope=\"col\">Rank correlation, ").append(Html.escape(r.years().get(r.lastYear())))
                .append("</th></tr></thead>\n<tbody>\n");
        for (Driver d : last.subList(0, Math.min(SHOWN, last.size()))) {
            html.append("<tr><th scope=\"row\">").append(Html.escape(d.input())).append("</th>");
            for (List<Driver> byYear : r.drivers()) {
                double share = byYear.stream().filter(x -> x.input().equals(d.input())).mapToDouble(Driver::share)
                        .findFirst().orElse(0);
                html.append("<td>").append(Html.escape(Figures.percent(share))).append("</td>");
            }
            html.append("<td>").append(String.format(Locale.UK, "%+.2f", d.spearman())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static void sobolTable(StringBuilder html, StudyResult r, String year) {
        List<SobolIndex> indices = r.sobol().get(r.lastYear()).stream()
                .sorted(Comparator.comparingDouble(SobolIndex::totalOrder).reversed().thenComparing(SobolIndex::input))
                .toList();
        html.append("<h3>Sobol indices of the ").append(Html.escape(year)).append(" cumulative deficit</h3>\n")
                .append("<p><em>First order</em>: the share of the deficit's variance the input explains alone; "
                        + "<em>total</em>: with all its interactions. The gap between them is the input's part in "
                        + "interactions (demand growth x unit-cost inflation compounding). 95% bootstrap intervals "
                        + "beside each; an interval that reaches 0 means the index cannot be told from none at this N.</p>\n"
                        + "<table class=\"figures\">\n<thead><tr><th scope=\"col\">Input</th>"
                        + "<th scope=\"col\">First order</th><th scope=\"col\">95% interval</th>"
                        + "<th scope=\"col\">Total</th><th scope=\"col\">95% interval</th></tr></thead>\n<tbody>\n");
        for (SobolIndex s : indices.subList(0, Math.min(SHOWN, indices.size()))) {
            html.append("<tr><th scope=\"row\">").append(Html.escape(s.input())).append("</th><td>")
                    .append(index(s.firstOrder())).append("</td><td>").append(interval(s.firstOrderCi().low(),
                            s.firstOrderCi().high())).append("</td><td>").append(index(s.totalOrder()))
                    .append("</td><td>").append(interval(s.totalOrderCi().low(), s.totalOrderCi().high()))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        if (indices.size() > SHOWN) {
            html.append("<p>").append(indices.size() - SHOWN).append(" more inputs in sobol.csv.</p>\n");
        }
        for (InputGroup g : r.groups()) {
            if (!g.isSingle()) {
                html.append("<p><strong>").append(Html.escape(g.name())).append("</strong> = ")
                        .append(Html.escape(String.join(" + ", g.paths()))).append(" (analysed as one input)</p>\n");
            }
        }
    }

    private static void tailTable(StringBuilder html, StudyResult r, String year) {
        html.append("<h3>Tail drivers: the worst 10% of ").append(Html.escape(year)).append("</h3>\n<p>")
                .append(Html.escape("Among the trajectories whose " + year + " cumulative deficit is above its P90 ("
                        + Figures.money(r.tailThreshold()) + "): each input's mean percentile (50 = unrelated to the"
                        + " tail) and how many times more often than chance it is in its own top decile."))
                .append("</p>\n<table class=\"figures\">\n<thead><tr><th scope=\"col\">Input</th>"
                        + "<th scope=\"col\">Mean percentile in the tail</th><th scope=\"col\">In its top decile"
                        + "</th></tr></thead>\n<tbody>\n");
        for (TailDriver d : r.tail().subList(0, Math.min(SHOWN, r.tail().size()))) {
            html.append("<tr><th scope=\"row\">").append(Html.escape(d.input())).append("</th><td>")
                    .append(String.format(Locale.UK, "%.1f", d.tailMeanPercentile())).append("</td><td>")
                    .append(Double.isNaN(d.topDecileLift()) ? "n/a (yes/no)"
                            : String.format(Locale.UK, "%.1fx chance", d.topDecileLift()))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static String index(double v) {
        return String.format(Locale.UK, "%.3f", v);
    }

    private static String interval(double low, double high) {
        return String.format(Locale.UK, "%.3f to %.3f", low, high);
    }
}
