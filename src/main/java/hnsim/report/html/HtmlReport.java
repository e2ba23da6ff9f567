package hnsim.report.html;

import hnsim.report.Figures;

import hnsim.model.Metric;
import hnsim.report.chart.Palette;
import hnsim.report.chart.PlanPath;
import hnsim.report.chart.RenderedChart;
import hnsim.scenario.Scenario;
import hnsim.scenario.ScenarioFile;
import hnsim.stats.FirstBreach;
import hnsim.stats.RunStatistics;
import hnsim.stats.SimulationResult;
import hnsim.stats.Summary;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Renders report.html: a single page with its styles inline and its charts as inline SVG, so it
 * needs no network, no scripts and no other file to show everything.
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    public static void write(ReportContent content, Path file) throws IOException {
        Files.writeString(file, render(content), StandardCharsets.UTF_8);
    }

    public static String render(ReportContent content) {
        SimulationResult result = content.result();
        Scenario base = result.scenarioFile().base();
        StringBuilder html = new StringBuilder(256 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(base.name())).append(" | hnsim report</title>\n")
                .append("<style>\n").append(Style.CSS).append("</style>\n</head>\n<body>\n<main>\n");
        header(html, content, base);
        DecisionSections.sheet(html, content);
        keyFigures(html, content);
        DecisionSections.effects(html, content);
        html.append(PartsTable.section(result.optionNames().get(0), result.years(), result.statistics()));
        charts(html, content.charts());
        ActualsSection.write(html, result);
        firstBreach(html, result);
        if (content.riskDriversOrNull() != null) {
            RiskDriversSection.write(html, content.riskDriversOrNull(), base, result.optionNames().get(0));
        } else {
            drivers(html, result);
        }
        assumptions(html, result.scenarioFile());
        manifest(html, content.manifest());
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void header(StringBuilder html, ReportContent content, Scenario base) {
        html.append("<header>\n<h1>").append(Html.escape(base.name())).append("</h1>\n");
        if (base.description() != null && !base.description().isBlank()) {
            html.append("<p class=\"description\">").append(Html.escape(base.description())).append("</p>\n");
        }
        int n = content.result().trajectories();
        String run = content.deterministic()
                ? "A deterministic run: one trajectory per option, every input at its central (plan) value."
                : String.format(Locale.UK, "A Monte Carlo run of %,d trajectories per option. Every option uses the "
                        + "same random draws, so differences between options are due to the options alone.", n);
        html.append("<p class=\"run\">").append(Html.escape(run)).append("</p>\n")
                .append("<nav>").append(DecisionSections.navigation(content))
                .append("<a href=\"#key-figures\">Key figures</a> <a href=\"#parts\">By type</a> <a href=\"#charts\">Charts</a> ")
                .append(content.result().scenarioFile().actuals().isEmpty() ? ""
                        : "<a href=\"#" + ActualsSection.ID + "\">Outturns</a> ")
                .append("<a href=\"#first-breach\">First breach</a> <a href=\"#drivers\">Drivers</a> ")
                .append("<a href=\"#assumptions\">Assumptions</a> ")
                .append("<a href=\"#manifest\">Run manifest</a></nav>\n</header>\n");
    }

    private static void keyFigures(StringBuilder html, ReportContent content) {
        SimulationResult result = content.result();
        RunStatistics stats = result.statistics();
        List<String> years = result.years();
        html.append("<section id=\"key-figures\">\n<h2>Key figures</h2>\n")
                .append("<p>Cumulative High Needs deficit at 31 March of each year, £m. ")
                .append(content.plans().get(result.optionNames().get(0)).stated()
                        ? "<em>Plan</em> is the path with every input at its central value (its plan value, else its mean)"
                        : "<em>Central path</em> is the path with every input at its mean; the scenario states no plan values")
                .append("; median, P10 and P90 are across trajectories (80% of "
                        + "trajectories lie between P10 and P90); the last columns give the chance that the deficit "
                        + "exceeds each threshold.</p>\n");
        html.append("<p class=\"headline\">").append(Html.escape(headline(content))).append("</p>\n");
        List<String> options = result.optionNames();
        for (int o = 0; o < options.size(); o++) {
            String option = options.get(o);
            html.append("<h3><span class=\"swatch\" style=\"background:").append(Palette.css(Palette.option(o)))
                    .append("\"></span>Option ").append(Html.escape(option)).append("</h3>\n");
            html.append(KeyFigures.table(option, years, stats, content.plans().get(option)));
        }
        html.append("</section>\n");
    }

    /** The final-year message in one sentence, for readers who read nothing else. */
    static String headline(ReportContent content) {
        SimulationResult result = content.result();
        int last = result.years().size() - 1;
        String option = result.optionNames().get(0);
        Summary s = result.statistics().find(option, Metric.CUMULATIVE_DEFICIT.key(), result.years().get(last));
        PlanPath planPath = content.plans().get(option);
        double plan = planPath.value(Metric.CUMULATIVE_DEFICIT, last);
        String end = "31 March " + (result.scenarioFile().base().year(last).startYear() + 1);
        if (content.deterministic()) {
            return "With every input at its central value, the cumulative deficit reaches " + Figures.money(plan)
                    + " by " + end + ".";
        }
        StringBuilder text = new StringBuilder("By ").append(end).append(" the median cumulative deficit is ")
                .append(Figures.money(s.percentile(50))).append(", against ").append(Figures.money(plan))
                .append(' ').append(planPath.inPhrase()).append("; 80% of trajectories end between ").append(Figures.money(s.percentile(10)))
                .append(" and ").append(Figures.money(s.percentile(90))).append('.');
        for (double t : KeyFigures.thresholds(result.statistics(), option)) {
            text.append(" Chance above ").append(Figures.money(t)).append(": ")
                    .append(Figures.percent(KeyFigures.probability(result.statistics(), option,
                            result.years().get(last), t))).append('.');
        }
        return text.toString();
    }

    /** One chart as a figure: title, how to read it, the inline SVG and links to its PNG and SVG files. */
    static void figure(StringBuilder html, RenderedChart chart) {
        html.append("<figure id=\"chart-").append(Html.escape(chart.stem())).append("\">\n<h3>")
                .append(Html.escape(chart.title())).append("</h3>\n<p>").append(Html.escape(chart.howToRead()))
                .append("</p>\n")
                // JFreeSVG escapes every text it draws, and the element holds no script.
                .append(chart.svgElement()).append('\n')
                .append("<figcaption>Files: <a href=\"").append(Html.escape(chart.pngFile())).append("\">")
                .append(Html.escape(chart.pngFile())).append("</a>, <a href=\"")
                .append(Html.escape(chart.svgFile())).append("\">").append(Html.escape(chart.svgFile()))
                .append("</a></figcaption>\n</figure>\n");
    }

    private static void charts(StringBuilder html, List<RenderedChart> charts) {
        html.append("<section id=\"charts\">\n<h2>Charts</h2>\n<p>Each chart is also saved beside this report as "
                + "PNG (for pasting into papers) and SVG.</p>\n");
        for (RenderedChart chart : charts) {
            figure(html, chart);
        }
        html.append("</section>\n");
    }

    private static void firstBreach(StringBuilder html, SimulationResult result) {
        String option = result.optionNames().get(0);
        List<FirstBreach> breaches = result.statistics().firstBreaches().stream()
                .filter(b -> b.option().equals(option)).toList();
        html.append("<section id=\"first-breach\">\n<h2>When each threshold is first crossed</h2>\n");
        if (breaches.isEmpty()) {
            html.append("<p>The run has no thresholds.</p>\n</section>\n");
            return;
        }
        html.append("<p>Option ").append(Html.escape(option)).append(": the share of trajectories whose "
                + "cumulative deficit first exceeds each threshold in each year.</p>\n<table class=\"figures\">\n"
                + "<thead><tr><th scope=\"col\">Threshold</th>");
        for (String year : breaches.get(0).years()) {
            html.append("<th scope=\"col\">").append(Html.escape(year)).append("</th>");
        }
        html.append("<th scope=\"col\">Not within the period</th></tr></thead>\n<tbody>\n");
        for (FirstBreach b : breaches) {
            html.append("<tr><th scope=\"row\">").append(Html.escape(Figures.money(b.thresholdGbp())))
                    .append("</th>");
            for (double share : b.share()) {
                html.append("<td>").append(Html.escape(Figures.percent(share))).append("</td>");
            }
            html.append("<td>").append(Html.escape(Figures.percent(b.neverShare()))).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    private static void drivers(StringBuilder html, SimulationResult result) {
        html.append("<section id=\"drivers\">\n<h2>What drives the spread</h2>\n");
        if (result.drivers().isEmpty()) {
            html.append("<p>Not computed for this run (a deterministic run, or fewer than 100 trajectories).</p>\n"
                    + "</section>\n");
            return;
        }
        String finalYear = result.years().get(result.years().size() - 1);
        html.append("<p>Which uncertain inputs move the ").append(Html.escape(finalYear)).append(" cumulative deficit "
                + "of option ").append(Html.escape(result.optionNames().get(0))).append(" most, over the first ")
                .append(String.format(Locale.UK, "%,d", Math.min(result.trajectories(), hnsim.stats.Sensitivity.MAX_TRAJECTORIES)))
                .append(" trajectories. <em>Share</em> is the input's part of the explained spread (squared "
                        + "standardised rank regression coefficients); <em>rank correlation</em> is Spearman's, "
                        + "positive when more of the input means a larger deficit.</p>\n<table class=\"figures\">\n"
                        + "<thead><tr><th scope=\"col\">Input</th><th scope=\"col\">Share</th>"
                        + "<th scope=\"col\">Rank correlation</th></tr></thead>\n<tbody>\n");
        for (hnsim.stats.Driver d : result.drivers()) {
            html.append("<tr><th scope=\"row\">").append(Html.escape(d.input())).append("</th><td>")
                    .append(Html.escape(Figures.percent(d.share()))).append("</td><td>")
                    .append(String.format(Locale.UK, "%+.2f", d.spearman())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    private static void assumptions(StringBuilder html, ScenarioFile file) {
        html.append("<section id=\"assumptions\">\n<h2>Assumptions</h2>\n<p>The inputs of the scenario file ")
                .append("<code>").append(Html.escape(Path.of(file.path()).getFileName().toString())).append("</code>. ")
                .append("An uncertain input shows its distribution and, where the plan assumes something else, ")
                .append("the plan's value; the plan path uses the plan values, or else the means.</p>\n");
        String section = null;
        String subject = null;
        for (Assumptions.Row row : Assumptions.of(file.base())) {
            if (!row.section().equals(section)) {
                if (section != null) {
                    html.append("</tbody>\n</table>\n");
                }
                section = row.section();
                subject = null;
                html.append("<h3>").append(Html.escape(section)).append("</h3>\n<table class=\"assumptions\">\n<tbody>\n");
            }
            if (row.aspect().isEmpty()) {
                html.append("<tr><th scope=\"row\">").append(Html.escape(row.subject())).append("</th><td>")
                        .append(Html.escape(row.value())).append("</td></tr>\n");
                subject = null;
                continue;
            }
            if (!row.subject().equals(subject)) {
                subject = row.subject();
                html.append("<tr class=\"subject\"><th colspan=\"2\" scope=\"rowgroup\">").append(Html.escape(subject))
                        .append("</th></tr>\n");
            }
            html.append("<tr><th scope=\"row\" class=\"aspect\">").append(Html.escape(row.aspect())).append("</th><td>")
                    .append(Html.escape(row.value())).append("</td></tr>\n");
        }
        if (section != null) {
            html.append("</tbody>\n</table>\n");
        }
        options(html, file);
        html.append("</section>\n");
    }

    private static void options(StringBuilder html, ScenarioFile file) {
        if (file.options().isEmpty()) {
            return;
        }
        html.append("<h3>Options</h3>\n<p>Each option is the base with the changes below.</p>\n");
        file.options().forEach((name, option) -> {
            html.append("<h4>").append(Html.escape(name)).append("</h4>\n");
            List<Assumptions.Change> changes = Assumptions.differences(file.base(), option);
            if (changes.isEmpty()) {
                html.append("<p>Same inputs as the base.</p>\n");
                return;
            }
            html.append("<table class=\"assumptions\">\n<thead><tr><th scope=\"col\">Input</th>")
                    .append("<th scope=\"col\">Base</th><th scope=\"col\">").append(Html.escape(name))
                    .append("</th></tr></thead>\n<tbody>\n");
            for (Assumptions.Change c : changes) {
                String input = c.subject() + (c.aspect().isEmpty() ? "" : ": " + c.aspect());
                html.append("<tr><th scope=\"row\">").append(Html.escape(input)).append("</th><td>")
                        .append(Html.escape(c.base() == null ? "(none)" : c.base())).append("</td><td>")
                        .append(Html.escape(c.option() == null ? "(none)" : c.option())).append("</td></tr>\n");
            }
            html.append("</tbody>\n</table>\n");
        });
    }

    private static void manifest(StringBuilder html, Record manifest) {
        html.append("<section id=\"manifest\">\n<h2>Run manifest</h2>\n<p>What produced these results: the same "
                + "scenario file (by its SHA-256), seed and number of trajectories give the same numbers. The same "
                + "fields, with the same names, open summary.json.</p>\n"
                + "<table class=\"assumptions\">\n<tbody>\n");
        for (RecordComponent component : manifest.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(manifest);
            } catch (ReflectiveOperationException e) {
                value = "?";
            }
            html.append("<tr><th scope=\"row\">").append(Html.escape(component.getName())).append("</th><td>")
                    .append(Html.escape(String.valueOf(value))).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }
}
