package hnsim.report;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hnsim.report.chart.ChartCaption;
import hnsim.report.chart.ChartWriter;
import hnsim.report.chart.RenderedChart;
import hnsim.report.chart.ShareByYearChart;
import hnsim.report.chart.TornadoChart;
import hnsim.sensitivity.InputGroup;
import hnsim.sensitivity.SobolIndex;
import hnsim.sensitivity.StudyResult;
import hnsim.sensitivity.TailDriver;
import hnsim.sensitivity.TornadoBar;
import hnsim.stats.Driver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a sensitivity study's files (of {@code hnsim sensitivity}, of a merge of its shards, or
 * beside a run's own with {@code hnsim run --sensitivity}): {@code sensitivity.csv} (rank regression by year),
 * {@code tornado.csv}, {@code sobol.csv}, {@code tail-drivers.csv}, the charts (PNG and SVG) and
 * {@code sensitivity.json} (the manifest: seed, scenario hash, design, groups). Inputs are named
 * by their catalogue path; text cells go through {@link Csv#text}.
 */
public final class SensitivityOutputs {
    public static final String MANIFEST = "sensitivity.json";
    static final String METRIC = "cumulative_deficit";
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .build();

    private SensitivityOutputs() {
    }

    /** Who ran what, recorded in {@code sensitivity.json}. */
    public record Manifest(String tool, String version, String scenarioFile, String scenarioSha256,
                           String scenarioName, long seed, int trajectories, int threads, String sampling,
                           String generator, String correlated, int bootstrapResamples, String javaVersion) {
    }

    /** The files written, in order, and the charts among them (for report.html). */
    public record Written(List<String> files, List<RenderedChart> charts) {
        public Written {
            files = List.copyOf(files);
            charts = List.copyOf(charts);
        }
    }

    /** Writes every file of the methods the result holds; returns their names in order. */
    public static List<String> write(StudyResult r, Manifest manifest, ChartCaption caption, Path dir)
            throws IOException {
        return writeAll(r, manifest, caption, dir).files();
    }

    /** Writes every file of the methods the result holds, and returns the charts as well. */
    public static Written writeAll(StudyResult r, Manifest manifest, ChartCaption caption, Path dir)
            throws IOException {
        List<String> files = new ArrayList<>();
        List<RenderedChart> charts = new ArrayList<>();
        if (!r.drivers().isEmpty()) {
            files.add(write(dir, "sensitivity.csv", sensitivityCsv(r)));
            charts.add(shareChart(r, caption, dir));
        }
        if (!r.oneAtATime().isEmpty()) {
            files.add(write(dir, "tornado.csv", tornadoCsv(r)));
            charts.addAll(tornadoCharts(r, caption, dir));
        }
        if (!r.sobol().isEmpty()) {
            files.add(write(dir, "sobol.csv", sobolCsv(r)));
        }
        files.add(write(dir, "tail-drivers.csv", tailCsv(r)));
        MAPPER.writeValue(dir.resolve(MANIFEST).toFile(), json(r, manifest));
        files.add(MANIFEST);
        for (RenderedChart chart : charts) {
            files.add(chart.pngFile());
            files.add(chart.svgFile());
        }
        return new Written(files, charts);
    }

    public static String sensitivityCsv(StudyResult r) {
        StringBuilder out = new StringBuilder("input,metric,year,share,spearman,srrc\n");
        for (int t = 0; t < r.years().size(); t++) {
            for (Driver d : r.drivers().get(t)) {
                line(out, Csv.text(d.input()), METRIC, r.years().get(t), num(d.share()), num(d.spearman()), num(d.srrc()));
            }
        }
        return out.toString();
    }

    public static String tornadoCsv(StudyResult r) {
        StringBuilder out = new StringBuilder("input,metric,year,method,low,high,reference\n");
        for (int t = 0; t < r.years().size(); t++) {
            for (TornadoBar b : r.oneAtATime().get(t)) {
                line(out, Csv.text(b.input()), METRIC, r.years().get(t), "one_at_a_time", gbp(b.low()), gbp(b.high()),
                        gbp(b.reference()));
            }
            for (TornadoBar b : r.monteCarlo().get(t)) {
                line(out, Csv.text(b.input()), METRIC, r.years().get(t), "monte_carlo", gbp(b.low()), gbp(b.high()),
                        gbp(b.reference()));
            }
        }
        return out.toString();
    }

    public static String sobolCsv(StudyResult r) {
        StringBuilder out = new StringBuilder("input,metric,year,first_order,first_order_ci_low,first_order_ci_high,"
                + "total_order,total_order_ci_low,total_order_ci_high\n");
        for (int t = 0; t < r.years().size(); t++) {
            for (SobolIndex s : r.sobol().get(t)) {
                line(out, Csv.text(s.input()), METRIC, r.years().get(t), num(s.firstOrder()), num(s.firstOrderCi().low()),
                        num(s.firstOrderCi().high()), num(s.totalOrder()), num(s.totalOrderCi().low()),
                        num(s.totalOrderCi().high()));
            }
        }
        return out.toString();
    }

    public static String tailCsv(StudyResult r) {
        StringBuilder out = new StringBuilder("input,metric,year,tail_threshold,tail_mean_percentile,top_decile_lift\n");
        String year = r.years().get(r.lastYear());
        for (TailDriver d : r.tail()) {
            line(out, Csv.text(d.input()), METRIC, year, gbp(r.tailThreshold()), num(d.tailMeanPercentile()),
                    num(d.topDecileLift()));
        }
        return out.toString();
    }

    /** The stacked chart of rank regression shares by year. */
    public static final String SHARE_CHART = "drivers-by-year";

    private static RenderedChart shareChart(StudyResult r, ChartCaption caption, Path dir) throws IOException {
        // The inputs with the largest share in any year get their own colour.
        Map<String, Double> peak = new LinkedHashMap<>();
        for (List<Driver> year : r.drivers()) {
            for (Driver d : year) {
                peak.merge(d.input(), d.share(), Math::max);
            }
        }
        List<String> shown = peak.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(ShareByYearChart.SHOWN).map(Map.Entry::getKey).toList();
        double[][] shares = new double[shown.size()][r.years().size()];
        for (int t = 0; t < r.years().size(); t++) {
            for (Driver d : r.drivers().get(t)) {
                int i = shown.indexOf(d.input());
                if (i >= 0) {
                    shares[i][t] = d.share();
                }
            }
        }
        String svg = ChartWriter.write(ShareByYearChart.create(r.years(), shown, shares, "cumulative deficit", caption),
                dir, SHARE_CHART);
        return new RenderedChart(SHARE_CHART, "What drives the spread, year by year",
                "Each bar is one year's cumulative deficit; its parts are the inputs' shares of the spread the rank"
                        + " regression explains (the largest inputs in colour, the rest together).", svg);
    }

    private static List<RenderedChart> tornadoCharts(StudyResult r, ChartCaption caption, Path dir) throws IOException {
        int last = r.lastYear();
        String year = r.years().get(last);
        List<RenderedChart> charts = new ArrayList<>();
        List<TornadoBar> oat = r.oneAtATime().get(last);
        String oatSvg = ChartWriter.write(TornadoChart.create("Tornado: " + year + " cumulative deficit, one input at a time",
                "each input at its P10 and P90, the others at plan values", bars(oat),
                oat.isEmpty() ? 0 : oat.get(0).reference(), "input at P10", "input at P90", caption), dir, "tornado");
        charts.add(new RenderedChart("tornado", "Tornado: " + year + ", one input at a time",
                "Each input moved to its P10 and its P90 with every other input at its plan value; the line is the"
                        + " plan path. Longest bars first.", oatSvg));
        List<TornadoBar> mc = r.monteCarlo().get(last);
        String mcSvg = ChartWriter.write(TornadoChart.create("Tornado: " + year + " cumulative deficit, Monte Carlo",
                "median deficit of the trajectories with the input in its bottom and top decile", bars(mc),
                mc.isEmpty() ? 0 : mc.get(0).reference(), "input in bottom decile", "input in top decile", caption),
                dir, "tornado-monte-carlo");
        charts.add(new RenderedChart("tornado-monte-carlo", "Tornado: " + year + ", Monte Carlo",
                "The median deficit of the trajectories whose input fell in its bottom and its top decile, every"
                        + " other input varying as in the run; the line is the median of all.", mcSvg));
        return charts;
    }

    private static List<TornadoChart.Bar> bars(List<TornadoBar> bars) {
        return bars.stream().map(b -> new TornadoChart.Bar(b.input(), b.low(), b.high())).toList();
    }

    private static ObjectNode json(StudyResult r, Manifest manifest) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("manifest", MAPPER.valueToTree(manifest));
        ObjectNode design = root.putObject("sobol_design");
        design.put("rows", manifest.trajectories());
        design.put("groups", r.groups().size());
        design.put("model_evaluations", r.sobolEvaluations());
        design.put("matrices", "A = the run's streams; B = every input re-keyed to an independent stream;"
                + " AB_g = A with group g re-keyed as in B; N x (k + 2) trajectories, plain Monte Carlo");
        design.put("estimators", "first order: Saltelli et al. (2010); total: Jansen (1999);"
                + " 95% intervals: row bootstrap, percentile method");
        ArrayNode groups = root.putArray("inputs");
        for (InputGroup g : r.groups()) {
            ObjectNode node = groups.addObject();
            node.put("name", g.name());
            ArrayNode paths = node.putArray("paths");
            g.paths().forEach(paths::add);
        }
        root.put("one_at_a_time", "every input at its central value, one moved to its P10 and P90 in every year;"
                + " once-per-trajectory events set to no (0) and yes (1); yearly events to the P10 and P90 of their"
                + " number of event years, spread evenly over the years");
        root.put("tail_threshold", r.tailThreshold());
        root.put("wall_time_ms", r.wallTimeMillis());
        return root;
    }

    private static void line(StringBuilder out, String... cells) {
        out.append(Csv.line(List.of(cells))).append('\n');
    }

    /** An index, share or coefficient: six decimals, far below its sampling error. */
    private static String num(double v) {
        return Double.isFinite(v) ? String.format(java.util.Locale.ROOT, "%.6f", v) : "";
    }

    /** Pounds, to the penny as percentiles.csv writes them. */
    private static String gbp(double v) {
        return Double.isFinite(v) ? String.format(java.util.Locale.ROOT, "%.2f", v) : "";
    }

    private static String write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        return name;
    }
}
