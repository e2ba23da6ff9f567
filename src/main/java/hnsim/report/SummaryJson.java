package hnsim.report;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
    /**
     * Doubles are written in full, in the shortest form that reads back to the same double
     * (Schubfach, Jackson's fast writer; Java 17's own Double.toString is not always the
     * shortest). Rounding them, as this file once did to 2 decimals, pushed a probability's
     * interval bounds past the probability itself.
     */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .build();

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

    /** summary.json with the effects of the options ({@code effects} and {@code effect_thresholds}). */
    public static void write(RunManifest manifest, RunStatistics stats, List<Driver> drivers,
                             hnsim.decision.Effects effects, Path file) throws IOException {
        write(manifest, stats, drivers, effects, List.of(), file);
    }

    /** summary.json with the options' effects and the outturns' positions in the run's distribution. */
    public static void write(RunManifest manifest, RunStatistics stats, List<Driver> drivers,
                             hnsim.decision.Effects effects, List<ActualPosition> actuals, Path file)
            throws IOException {
        ObjectNode root = tree(manifest, stats, drivers);
        EffectsJson.add(root, effects);
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
            number(row, "mean", s.mean());
            number(row, "sd", s.sd());
            interval(row.putObject("mean_ci"), s.meanCi());
            for (int level : Percentiles.LEVELS) {
                number(row, Percentiles.column(level), s.percentile(level));
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
            number(row, "threshold", e.thresholdGbp());
            number(row, "probability", e.probability());
            interval(row.putObject("ci"), e.ci());
        }
        ArrayNode fb = root.putArray("first_breach");
        for (FirstBreach b : stats.firstBreaches()) {
            ObjectNode row = fb.addObject();
            row.put("option", b.option());
            number(row, "threshold", b.thresholdGbp());
            ObjectNode byYear = row.putObject("share_by_year");
            for (int i = 0; i < b.years().size(); i++) {
                number(byYear, b.years().get(i), b.share().get(i));
            }
            number(row, "never", b.neverShare());
        }
        ArrayNode sensitivity = root.putArray("sensitivity");
        for (Driver d : drivers) {
            ObjectNode row = sensitivity.addObject();
            row.put("input", d.input());
            number(row, "share", d.share());
            number(row, "spearman", d.spearman());
            number(row, "srrc", d.srrc());
        }
        return root;
    }

    /** A double in full; null where there is no number (NaN has no JSON form). */
    private static void number(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
    }

    private static void interval(ObjectNode node, Interval ci) {
        number(node, "low", ci.low());
        number(node, "high", ci.high());
    }
}
