package hnsim.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hnsim.backtest.ActualPosition;
import hnsim.backtest.Coverage;
import hnsim.report.chart.ChartCaption;
import hnsim.report.chart.ChartWriter;
import hnsim.report.chart.PitHistogramChart;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The files of {@code hnsim backtest}: backtest.csv (one row per outturn), summary.json (the
 * same, the coverage and the run settings) and the PIT histogram as PNG and SVG.
 */
public final class BacktestOutputs {
    public static final String CSV = "backtest.csv";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BacktestOutputs() {
    }

    /** One scenario file's outturns with their positions. */
    public record FileResult(String file, String sha256, List<ActualPosition> positions) {
        public FileResult {
            positions = List.copyOf(positions);
        }
    }

    /** Writes the files into {@code dir}; returns their names. */
    public static List<String> write(List<FileResult> files, Map<String, Object> settings, ChartCaption caption,
                                     Path dir) throws IOException {
        List<ActualPosition> all = new ArrayList<>();
        files.forEach(f -> all.addAll(f.positions()));
        try (Writer w = Files.newBufferedWriter(dir.resolve(CSV), StandardCharsets.UTF_8)) {
            w.write("scenario,metric,year,value,percentile,within_p10_p90,within_p5_p95,outside,p5,p10,p50,p90,p95,source\n");
            for (FileResult f : files) {
                for (ActualPosition a : f.positions()) {
                    List<String> cells = List.of(Csv.text(f.file()), Csv.text(a.actual().metric()),
                            Csv.text(a.actual().year().toString()),
                            Numbers.plain(a.actual().value(), 2), Numbers.plain(a.percentile(), 4),
                            Boolean.toString(a.withinP10P90()), Boolean.toString(a.withinP5P95()),
                            a.outside().name().toLowerCase(java.util.Locale.ROOT), Numbers.plain(a.p5(), 2),
                            Numbers.plain(a.p10(), 2), Numbers.plain(a.p50(), 2), Numbers.plain(a.p90(), 2),
                            Numbers.plain(a.p95(), 2), Csv.text(a.actual().source()));
                    w.write(Csv.line(cells));
                    w.write('\n');
                }
            }
        }
        ObjectNode root = MAPPER.createObjectNode();
        root.set("settings", MAPPER.valueToTree(settings));
        Coverage coverage = Coverage.of(all);
        ObjectNode c = root.putObject("coverage");
        c.put("outturns", coverage.outturns());
        c.put("inside_p10_p90", coverage.insideP10P90());
        c.put("share_p10_p90", coverage.shareP10P90());
        c.put("nominal_p10_p90", Coverage.NOMINAL_80);
        c.put("inside_p5_p95", coverage.insideP5P95());
        c.put("share_p5_p95", coverage.shareP5P95());
        c.put("nominal_p5_p95", Coverage.NOMINAL_90);
        ArrayNode scenarios = root.putArray("scenarios");
        for (FileResult f : files) {
            ObjectNode node = scenarios.addObject();
            node.put("file", f.file());
            node.put("sha256", f.sha256());
            ActualsJson.add(node, f.positions());
        }
        MAPPER.writeValue(dir.resolve(RunOutputs.SUMMARY).toFile(), root);
        ChartWriter.write(PitHistogramChart.create(all.stream().map(ActualPosition::percentile).toList(), caption),
                dir, PitHistogramChart.STEM);
        return List.of(CSV, RunOutputs.SUMMARY, PitHistogramChart.STEM + ".png", PitHistogramChart.STEM + ".svg");
    }
}
