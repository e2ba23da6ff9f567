package hnsim.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hnsim.backtest.ActualPosition;
import hnsim.stats.Driver;
import hnsim.stats.Exceedance;
import hnsim.stats.FirstBreach;
import hnsim.stats.Interval;
import hnsim.stats.Percentiles;
import hnsim.stats.RunStatistics;
import hnsim.stats.Summary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** summary.json: the run manifest, then the same numbers as percentiles.csv plus exceedances and first breaches. */
public final class SummaryJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryJson() {
    }

    public static void write(RunManifest manifest, RunStatistics stats, List<Driver> drivers, Path file)
            throws IOException {
        write(manifest, stats, drivers, List.of(), file);
    }

    public static void write(RunManifest manifest, RunStatistics stats, List<Driver> drivers,
                             List<ActualPosition> actuals, Path file) throws IOException {
        ObjectNode root = tree(manifest, stats, drivers);
        ActualsJson.add(root, actuals);
        MAPPER.writeValue(file.toFile(), root);
    }

    static ObjectNode tree(RunManifest manifest, RunStatistics stats, List<Driver> drivers) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("manifest", MAPPER.valueToTree(manifest));
        ArrayNode rows = root.putArray("percentiles");
        for (Summary s : stats.summaries()) {
            ObjectNode row = rows.addObject();
            row.put("option", s.option());
            row.put("metric", s.metric());
            row.put("year", s.year());
            row.put("mean", round(s.mean()));
            row.put("sd", round(s.sd()));
            interval(row.putObject("mean_ci"), s.meanCi());
            for (int level : Percentiles.LEVELS) {
                row.put(Percentiles.column(level), round(s.percentile(level)));
            }
            ObjectNode cis = row.putObject("percentile_ci");
            for (int level : Percentiles.LEVELS) {
                interval(cis.putObject(Percentiles.column(level)), s.percentileCi(level));
            }
        }
        ArrayNode ex = root.putArray("exceedance");
        for (Exceedance e : stats.exceedances()) {
            ObjectNode row = ex.addObject();
            row.put("option", e.option());
            row.put("metric", "cumulative_deficit");
            row.put("year", e.year());
            row.put("threshold", round(e.thresholdGbp()));
            row.put("probability", e.probability());
            interval(row.putObject("ci"), e.ci());
        }
        ArrayNode fb = root.putArray("first_breach");
        for (FirstBreach b : stats.firstBreaches()) {
            ObjectNode row = fb.addObject();
            row.put("option", b.option());
            row.put("threshold", round(b.thresholdGbp()));
            ObjectNode byYear = row.putObject("share_by_year");
            for (int i = 0; i < b.years().size(); i++) {
                byYear.put(b.years().get(i), b.share().get(i));
            }
            row.put("never", b.neverShare());
        }
        ArrayNode sensitivity = root.putArray("sensitivity");
        for (Driver d : drivers) {
            ObjectNode row = sensitivity.addObject();
            row.put("input", d.input());
            row.put("share", d.share());
            row.put("spearman", d.spearman());
            row.put("srrc", d.srrc());
        }
        return root;
    }

    private static void interval(ObjectNode node, Interval ci) {
        node.put("low", round(ci.low()));
        node.put("high", round(ci.high()));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
