package hnsim.report;

import hnsim.decision.Sweep;
import hnsim.decision.SweepPoint;
import hnsim.decision.Parameter;
import hnsim.report.chart.ChartCaption;
import hnsim.report.chart.ChartWriter;
import hnsim.report.chart.RenderedChart;
import hnsim.report.chart.SweepCharts;
import hnsim.report.html.SweepReport;
import hnsim.stats.Exceedance;
import hnsim.stats.Summary;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of a sweep: {@code sweep.csv} ({@code value,option,metric,year,mean,p10,p50,p90},
 * with {@code value2} after {@code value} in a grid; money in pounds, values as plain numbers
 * such as 0.005), {@code sweep-exceedance.csv}, the two sweep charts and the sweep report.
 */
public final class SweepOutputs {
    public static final String CSV = "sweep.csv";
    public static final String EXCEEDANCE_CSV = "sweep-exceedance.csv";

    private SweepOutputs() {
    }

    public static List<String> write(Sweep sweep, String scenarioName, ChartCaption caption, String runNote, Path dir)
            throws IOException {
        boolean grid = sweep.second() != null;
        try (Writer w = Files.newBufferedWriter(dir.resolve(CSV), StandardCharsets.UTF_8)) {
            w.write("value," + (grid ? "value2," : "") + "option,metric,year,mean,p10,p50,p90\n");
            for (SweepPoint p : sweep.points()) {
                for (Summary s : p.statistics().summaries()) {
                    w.write(String.join(",", Parameter.text(p.value())) + "," + (grid ? Parameter.text(p.value2()) + "," : "")
                            + Csv.quote(s.option()) + "," + s.metric() + "," + s.year() + ","
                            + Numbers.plain(s.mean(), 2) + "," + Numbers.plain(s.percentile(10), 2) + ","
                            + Numbers.plain(s.percentile(50), 2) + "," + Numbers.plain(s.percentile(90), 2) + "\n");
                }
            }
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve(EXCEEDANCE_CSV), StandardCharsets.UTF_8)) {
            w.write("value," + (grid ? "value2," : "") + "option,year,threshold,probability\n");
            for (SweepPoint p : sweep.points()) {
                for (Exceedance e : p.statistics().exceedances()) {
                    w.write(Parameter.text(p.value()) + "," + (grid ? Parameter.text(p.value2()) + "," : "")
                            + Csv.quote(e.option()) + "," + e.year() + "," + Numbers.plain(e.thresholdGbp(), 2) + ","
                            + Numbers.plain(e.probability(), 6) + "\n");
                }
            }
        }
        List<RenderedChart> charts = new ArrayList<>();
        charts.add(new RenderedChart(SweepCharts.DEFICIT_STEM, "Final-year cumulative deficit against the value",
                "The median of the final-year cumulative deficit of each option at each value (lines), and the "
                        + "range from P10 to P90 of the base (band).",
                ChartWriter.write(SweepCharts.deficit(sweep, caption), dir, SweepCharts.DEFICIT_STEM)));
        charts.add(new RenderedChart(SweepCharts.EXCEEDANCE_STEM, "Chance of passing each threshold against the value",
                "The chance that the base's cumulative deficit ends the final year above each threshold, at each value.",
                ChartWriter.write(SweepCharts.exceedance(sweep, caption), dir, SweepCharts.EXCEEDANCE_STEM)));
        SweepReport.write(sweep, scenarioName, charts, runNote, dir.resolve(SweepReport.FILE));
        List<String> files = new ArrayList<>(List.of(SweepReport.FILE, CSV, EXCEEDANCE_CSV));
        for (RenderedChart c : charts) {
            files.add(c.pngFile());
            files.add(c.svgFile());
        }
        return files;
    }

}
