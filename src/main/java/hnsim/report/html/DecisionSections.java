package hnsim.report.html;

import hnsim.decision.Effect;
import hnsim.decision.Effects;
import hnsim.decision.ThresholdEffect;
import hnsim.model.Metric;
import hnsim.report.DecisionSheet;
import hnsim.report.Figures;
import hnsim.report.chart.EffectsChart;
import hnsim.report.chart.Palette;
import hnsim.report.chart.RenderedChart;
import java.util.List;
import java.util.Locale;

/**
 * The decision parts of report.html: the decision sheet that opens it, and "What each option
 * buys", the effects of each option against the base with the options chart and the effects
 * chart side by side.
 */
final class DecisionSections {
    static final String OPTIONS_STEM = "options-cumulative_deficit";

    private DecisionSections() {
    }

    static String navigation(ReportContent content) {
        StringBuilder nav = new StringBuilder();
        if (!content.sheet().isEmpty()) {
            nav.append("<a href=\"#decision-sheet\">Decision sheet</a> ");
        }
        if (content.effectsOrNull() != null && content.result().optionNames().size() > 1) {
            nav.append("<a href=\"#effects\">What each option buys</a> ");
        }
        return nav.toString();
    }

    static void sheet(StringBuilder html, ReportContent content) {
        if (content.sheet().isEmpty()) {
            return;
        }
        html.append("<section id=\"decision-sheet\">\n<h2>Decision sheet</h2>\n")
                .append("<p>The answers in one place, for the working group; the sections below give the detail. "
                        + "Also saved as decision-sheet.png and decision-sheet.svg (one page).</p>\n");
        for (DecisionSheet.Part part : content.sheet()) {
            html.append("<h3>").append(Html.escape(part.heading())).append("</h3>\n<ul>\n");
            for (String sentence : part.sentences()) {
                html.append("<li>").append(Html.escape(sentence)).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("</section>\n");
    }

    static void effects(StringBuilder html, ReportContent content) {
        Effects effects = content.effectsOrNull();
        List<String> options = content.result().optionNames();
        if (effects == null || options.size() < 2) {
            return;
        }
        String base = options.get(0);
        List<String> years = content.result().years();
        html.append("<section id=\"effects\">\n<h2>What each option buys</h2>\n<p>Each option minus the base <em>in "
                + "the same trajectory</em>, £m: every option draws the same random numbers, so the difference is "
                + "the option's own effect, without the spread the options share. Negative: the option lowers the "
                + "deficit. <em>P(lower)</em> and <em>P(higher)</em> are the shares of trajectories where the option "
                + "ends lower or higher than the base by more than £1; in the rest it changes nothing.");
        if (effects.trajectories() < content.result().trajectories()) {
            html.append(String.format(Locale.UK, " Measured on the run's first %,d trajectories.", effects.trajectories()));
        }
        html.append("</p>\n<div class=\"side-by-side\" style=\"display:grid;grid-template-columns:repeat(auto-fit,"
                + "minmax(480px,1fr));gap:1em\">\n");
        for (RenderedChart chart : content.charts()) {
            if (chart.stem().equals(OPTIONS_STEM) || chart.stem().equals(EffectsChart.STEM)) {
                html.append("<figure>\n<h3>").append(Html.escape(chart.title())).append("</h3>\n")
                        .append(chart.svgElement().replace("id=\"" + chart.stem() + "\"",
                                "id=\"" + chart.stem() + "-beside\""))
                        .append("\n<figcaption>").append(Html.escape(chart.howToRead())).append("</figcaption>\n</figure>\n");
            }
        }
        html.append("</div>\n");
        for (int o = 1; o < options.size(); o++) {
            String option = options.get(o);
            html.append("<h3><span class=\"swatch\" style=\"background:").append(Palette.css(Palette.option(o)))
                    .append("\"></span>").append(Html.escape(option)).append(" against ").append(Html.escape(base))
                    .append("</h3>\n<table class=\"figures\">\n<thead><tr><th scope=\"col\">Year</th>")
                    .append("<th scope=\"col\">Cumulative: mean</th><th scope=\"col\">median</th>")
                    .append("<th scope=\"col\">P10 to P90</th><th scope=\"col\">P(lower)</th>")
                    .append("<th scope=\"col\">P(higher)</th><th scope=\"col\">In-year: mean</th>")
                    .append("<th scope=\"col\">P10 to P90</th>");
            List<Double> thresholds = effects.thresholds().stream().filter(t -> t.option().equals(option)
                    && t.against().equals(base)).map(ThresholdEffect::thresholdGbp).distinct().toList();
            for (double t : thresholds) {
                html.append("<th scope=\"col\">P(&gt; ").append(Html.escape(Figures.money(t))).append(") change</th>");
            }
            html.append("</tr></thead>\n<tbody>\n");
            for (String year : years) {
                Effect c = effects.find(option, base, Metric.CUMULATIVE_DEFICIT.key(), year);
                Effect y = effects.find(option, base, Metric.IN_YEAR_DEFICIT.key(), year);
                html.append("<tr><th scope=\"row\">").append(Html.escape(year)).append("</th>")
                        .append(cell(m(c.mean()))).append(cell(m(c.p50())))
                        .append(cell(m(c.p10()) + " to " + m(c.p90())))
                        .append(cell(Figures.percent(c.pLower()))).append(cell(Figures.percent(c.pHigher())))
                        .append(cell(m(y.mean()))).append(cell(m(y.p10()) + " to " + m(y.p90())));
                for (double t : thresholds) {
                    ThresholdEffect change = effects.thresholds().stream().filter(x -> x.option().equals(option)
                            && x.against().equals(base) && x.year().equals(year) && x.thresholdGbp() == t)
                            .findFirst().orElseThrow();
                    html.append(cell(hnsim.report.DecisionSheet.points(change.change()) + " pts"));
                }
                html.append("</tr>\n");
            }
            html.append("</tbody>\n</table>\n");
        }
        html.append("</section>\n");
    }

    private static String m(double pounds) {
        return String.format(Locale.UK, "%.2f", pounds / 1e6);
    }

    private static String cell(String text) {
        return "<td style=\"white-space:nowrap\">" + Html.escape(text) + "</td>";
    }
}
