package hnsim.report.html;

import hnsim.decision.Sweep;
import hnsim.decision.SweepPoint;
import hnsim.model.Metric;
import hnsim.report.Figures;
import hnsim.report.chart.RenderedChart;
import hnsim.stats.Exceedance;
import hnsim.stats.Summary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * sweep-report.html: the sweep charts, then a slider over the swept values that shows each
 * value's fan chart and key figures. One self-contained page: styles, charts (inline SVG) and
 * a few lines of script inline, nothing fetched. Opened with {@code #selftest} the script moves
 * the slider through every value and writes whether each showed its own figures, for a check
 * in a headless browser.
 */
public final class SweepReport {
    public static final String FILE = "sweep-report.html";

    private SweepReport() {
    }

    public static void write(Sweep sweep, String scenarioName, List<RenderedChart> charts, String runNote, Path file)
            throws IOException {
        Files.writeString(file, render(sweep, scenarioName, charts, runNote), StandardCharsets.UTF_8);
    }

    public static String render(Sweep sweep, String scenarioName, List<RenderedChart> charts, String runNote) {
        List<SweepPoint> points = sweep.points();
        String last = sweep.years().get(sweep.years().size() - 1);
        StringBuilder html = new StringBuilder(512 * 1024);
        String title = "Sweep of " + sweep.first().path() + (sweep.second() == null ? "" : " and " + sweep.second().path());
        html.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(title + " | " + scenarioName)).append("</title>\n<style>\n")
                .append(Style.CSS)
                .append("input[type=range] { width: 100%; max-width: 40em; }\n")
                .append(".value { font-size: 1.3em; font-weight: bold; margin-left: 0.6em; }\n")
                .append(".point svg { display: block; width: 100%; height: auto; border: 1px solid #e4e4e4; }\n")
                .append("</style>\n</head>\n<body>\n<main>\n<header>\n<h1>").append(Html.escape(title))
                .append("</h1>\n<p class=\"description\">").append(Html.escape(scenarioName)).append("</p>\n<p class=\"run\">")
                .append(Html.escape(runNote)).append("</p>\n</header>\n");
        html.append("<section id=\"explore\">\n<h2>Each value</h2>\n<p>Move the slider to see the fan chart of the "
                + "base's cumulative deficit and the key figures at each value. Every value runs the same "
                + "trajectories, so the change from one value to the next is the value's own effect.</p>\n");
        slider(html, "slider", sweep.first().path(), sweep.first().values().size());
        if (sweep.second() != null) {
            slider(html, "slider2", sweep.second().path(), sweep.second().values().size());
        }
        for (int k = 0; k < points.size(); k++) {
            SweepPoint p = points.get(k);
            int firstIndex = sweep.second() == null ? k : k / sweep.second().values().size();
            String label = sweep.first().path() + " = " + sweep.first().display(p.value())
                    + (p.isGrid() ? ", " + sweep.second().path() + " = " + sweep.second().display(p.value2()) : "");
            html.append("<div class=\"point\" data-index=\"").append(k).append("\" data-first=\"").append(firstIndex)
                    .append("\" data-label=\"").append(Html.escape(label)).append('"').append(k == 0 ? "" : " hidden")
                    .append(">\n<h3>").append(Html.escape(label)).append("</h3>\n");
            keyFigures(html, p, last);
            html.append(p.fanSvg()).append("\n</div>\n");
        }
        html.append("<pre id=\"selftest\"></pre>\n</section>\n");
        html.append("<section id=\"charts\">\n<h2>Against the value</h2>\n");
        for (RenderedChart chart : charts) {
            html.append("<figure>\n<h3>").append(Html.escape(chart.title())).append("</h3>\n<p>")
                    .append(Html.escape(chart.howToRead())).append("</p>\n").append(chart.svgElement())
                    .append("\n<figcaption>Files: ").append(Html.escape(chart.pngFile())).append(", ")
                    .append(Html.escape(chart.svgFile())).append("</figcaption>\n</figure>\n");
        }
        html.append("</section>\n<script>\n").append(SCRIPT).append("</script>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void slider(StringBuilder html, String id, String path, int count) {
        html.append("<p><label for=\"").append(id).append("\">").append(Html.escape(path)).append("</label><br>")
                .append("<input type=\"range\" id=\"").append(id).append("\" min=\"0\" max=\"").append(count - 1)
                .append("\" step=\"1\" value=\"0\"></p>\n");
        if (id.equals("slider")) {
            html.append("<p>Showing:<output id=\"value-label\" class=\"value\"></output></p>\n");
        }
    }

    private static void keyFigures(StringBuilder html, SweepPoint p, String last) {
        html.append("<table class=\"figures\">\n<thead><tr><th scope=\"col\">Option</th><th scope=\"col\">Mean</th>")
                .append("<th scope=\"col\">Median</th><th scope=\"col\">P10</th><th scope=\"col\">P90</th>");
        List<Double> thresholds = p.statistics().exceedances().stream().filter(e -> e.option().equals(p.options().get(0)))
                .map(Exceedance::thresholdGbp).distinct().toList();
        for (double t : thresholds) {
            html.append("<th scope=\"col\">P(&gt; ").append(Html.escape(Figures.money(t))).append(")</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (String option : p.options()) {
            Summary s = p.statistics().find(option, Metric.CUMULATIVE_DEFICIT.key(), last);
            html.append("<tr><th scope=\"row\">").append(Html.escape(option)).append("</th>");
            for (double v : new double[] {s.mean(), s.percentile(50), s.percentile(10), s.percentile(90)}) {
                html.append("<td>").append(String.format(Locale.UK, "£%.2fm", v / 1e6)).append("</td>");
            }
            for (double t : thresholds) {
                double probability = p.statistics().exceedances().stream().filter(e -> e.option().equals(option)
                        && e.year().equals(last) && e.thresholdGbp() == t).findFirst().orElseThrow().probability();
                html.append("<td>").append(String.format(Locale.UK, "%.1f%%", 100 * probability)).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n<p>Cumulative deficit at the end of ").append(Html.escape(last))
                .append(", every option.</p>\n");
    }

    /** Shows the point the sliders select; with #selftest, checks every position and writes the outcome. */
    static final String SCRIPT = """
            (function () {
              var points = Array.prototype.slice.call(document.querySelectorAll('.point'));
              var s1 = document.getElementById('slider');
              var s2 = document.getElementById('slider2');
              var label = document.getElementById('value-label');
              var perFirst = s2 ? Number(s2.max) + 1 : 1;
              function show() {
                var k = Number(s1.value) * perFirst + (s2 ? Number(s2.value) : 0);
                points.forEach(function (p, i) { p.hidden = i !== k; });
                label.textContent = ' ' + points[k].getAttribute('data-label');
              }
              s1.addEventListener('input', show);
              if (s2) { s2.addEventListener('input', show); }
              show();
              if (location.hash === '#selftest') {
                var failures = [];
                for (var i = 0; i <= Number(s1.max); i++) {
                  s1.value = String(i);
                  s1.dispatchEvent(new Event('input'));
                  var shown = points.filter(function (p) { return !p.hidden; });
                  if (shown.length !== 1 || shown[0].getAttribute('data-first') !== String(i)
                      || !shown[0].querySelector('svg') || !shown[0].querySelector('table')
                      || label.textContent !== ' ' + shown[0].getAttribute('data-label')
                      || shown[0].getBoundingClientRect().height < 100) {
                    failures.push(i);
                  }
                }
                document.getElementById('selftest').textContent = (failures.length === 0 ? 'SELFTEST PASS ' : 'SELFTEST FAIL ')
                    + (Number(s1.max) + 1) + ' positions' + (failures.length ? ': ' + failures.join(',') : '');
              }
            })();
            """;
}
