package hnsim.report.html;


import static org.assertj.core.api.Assertions.assertThat;

import hnsim.report.ReportFixtures;
import hnsim.report.chart.ChartInputs;
import hnsim.report.chart.ChartSet;
import hnsim.report.chart.RenderedChart;
import hnsim.stats.SimulationResult;
import hnsim.stats.Summary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
    @TempDir
    static Path dir;
    private static String shippedReport;

    /** The report of the shared small run, rendered once for the tests that only read it. */
    static synchronized String shippedReport() throws IOException {
        if (shippedReport == null) {
            shippedReport = report(ReportFixtures.shippedRun(), false, dir);
        }
        return shippedReport;
    }

    /** The report of a run, charts included, as report.html holds it; chart files go to {@code dir} unless null. */
    static String report(SimulationResult result, boolean deterministic, Path dir) throws IOException {
        ChartInputs inputs = ReportFixtures.chartInputs(result, deterministic);
        List<RenderedChart> charts = dir == null ? ChartSet.render(inputs) : ChartSet.write(inputs, dir);
        return HtmlReport.render(new ReportContent(result, inputs.plans(), charts,
                ReportFixtures.manifest(result, deterministic), deterministic));
    }

    @Test
    void keyFiguresTableHoldsMedianP10P90AndThresholdChancesOfEveryOption() throws IOException {
        SimulationResult result = ReportFixtures.shippedRun();
        String html = shippedReport();

        for (String option : result.optionNames()) {
            assertThat(html).contains("Option " + option + "</h3>");
            Summary s = result.statistics().find(option, "cumulative_deficit", "2024/25");
            assertThat(html).contains("<td>" + millions(s.percentile(50)) + "</td><td>" + millions(s.percentile(10))
                    + "</td><td>" + millions(s.percentile(90)) + "</td>");
        }
        assertThat(html).contains("<th scope=\"col\">P(&gt; £30m)</th>", "<th scope=\"col\">P(&gt; £50m)</th>",
                "<th scope=\"col\">P(&gt; £99m)</th>");
        // The plan column of the base in 2024/25 is the council's £29.2m.
        assertThat(html).contains("<tr><th scope=\"row\">2024/25</th><td>29.2</td>");
    }

    @Test
    void thresholdChancesAreTheRunsExceedances() throws IOException {
        SimulationResult result = ReportFixtures.shippedRun();
        String html = shippedReport();
        double p = result.statistics().exceedances().stream()
                .filter(e -> e.option().equals("base") && e.year().equals("2024/25") && e.thresholdGbp() == 99e6)
                .findFirst().orElseThrow().probability();

        // Written out here rather than by the formatter under test: whole percent for 1% to 99%.
        assertThat(p).isBetween(0.01, 0.99);
        assertThat(html).contains("Chance above £99m: " + Math.round(100 * p) + "%.");
    }

    @Test
    void embedsEveryChartAsInlineSvgWithIdsUniqueOnThePage() throws IOException {
        String html = shippedReport();

        assertThat(count(html, "<svg ")).isEqualTo(ChartSet.stems().size());
        Set<String> ids = new HashSet<>();
        Matcher m = Pattern.compile("\\sid=['\"]([^'\"]*)['\"]").matcher(html);
        while (m.find()) {
            assertThat(ids.add(m.group(1))).as("id %s is unique", m.group(1)).isTrue();
        }
        for (String stem : ChartSet.stems()) {
            assertThat(html).contains("<a href=\"" + stem + ".png\">");
        }
    }

    @Test
    void fetchesNothingAndRunsNothing() throws IOException {
        String html = shippedReport();
        // xmlns attributes name namespaces; a browser never fetches them.
        String withoutNamespaces = html.replaceAll("\\sxmlns(:\\w+)?=(['\"])[^'\"]*\\2", "");

        assertThat(withoutNamespaces).doesNotContainIgnoringCase("http://").doesNotContainIgnoringCase("https://");
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script", "<link", "<img", "<iframe", "@import",
                "url(http", " src=", "javascript:");
    }

    @Test
    void escapesScenarioTextEverywhere() throws IOException {
        String name = "<script>alert('x')</script> & \"Co\"";
        SimulationResult result = ReportFixtures.run(ReportFixtures.renamed("'" + name.replace("'", "''") + "'"), 50,
                false);
        assertThat(result.scenarioFile().base().name()).isEqualTo(name);

        String html = report(result, false, null);

        assertThat(html).doesNotContainIgnoringCase("<script");
        assertThat(html).contains("<title>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;");
        assertThat(html).contains("<h1>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;</h1>");
    }

    @Test
    void listsEveryUncertainInputWithItsDistribution() throws IOException {
        String html = shippedReport();

        assertThat(html)
                .contains("<tr class=\"subject\"><th colspan=\"2\" scope=\"rowgroup\">special_school</th></tr>")
                .contains("normal(mean 5.5%, sd 2%), plan 4.5%, each year")
                .contains("2022/23: triangular(3%, 5%, 10%), plan 5%")
                .contains("beta(3, 2), mean 60%, plan 100%, each year")
                .contains("20% (plan 0%) chance the whole profile is 1 year late")
                .contains("15% (plan 0%) a year, adding 4% to every type&#39;s inflation")
                .contains("0.5% of the Schools Block; approved with probability 50% (plan 100%)");
    }

    @Test
    void describesEachOptionByItsDifferencesFromTheBase() throws IOException {
        String html = shippedReport();
        String noTransfer = html.substring(html.indexOf("<h4>no_transfer</h4>"), html.indexOf("<h4>transfer_every_year"));

        assertThat(noTransfer).contains("<th scope=\"row\">Transfer in 2022/23</th>")
                .contains("<td>(none)</td>");
        assertThat(count(noTransfer, "<tr><th scope=\"row\">")).isEqualTo(1);
    }

    @Test
    void showsTheRunManifest() throws IOException {
        SimulationResult result = ReportFixtures.shippedRun();
        String html = shippedReport();

        assertThat(html).contains("<th scope=\"row\">seed</th><td>20210301</td>")
                .contains("<th scope=\"row\">scenarioSha256</th><td>" + result.scenarioFile().sha256() + "</td>")
                .contains("<th scope=\"row\">trajectories</th><td>400</td>");
    }

    @Test
    void deterministicReportSaysSoAndStillHasEveryChart() throws IOException {
        String html = report(ReportFixtures.shippedDeterministic(), true, null);

        assertThat(html).contains("A deterministic run")
                .contains("the cumulative deficit reaches £29.2m by 31 March 2025");
        assertThat(count(html, "<svg ")).isEqualTo(ChartSet.stems().size());
    }

    /** £m to one decimal, written out here rather than by the formatter under test. */
    private static String millions(double pounds) {
        return String.format(java.util.Locale.UK, "%.1f", pounds / 1e6);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
