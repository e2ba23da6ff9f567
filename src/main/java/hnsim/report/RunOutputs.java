package hnsim.report;

import hnsim.backtest.ActualPosition;
import hnsim.backtest.Positions;
import hnsim.report.chart.ChartCaption;
import hnsim.report.chart.ChartInputs;
import hnsim.report.chart.ChartSet;
import hnsim.report.chart.RenderedChart;
import hnsim.report.html.HtmlReport;
import hnsim.report.html.ReportContent;
import hnsim.report.workbook.WorkbookContent;
import hnsim.report.workbook.WorkbookWriter;
import hnsim.stats.SimulationResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes every output file of a run into a directory (the staging directory of an {@link OutputDirectory}). */
public final class RunOutputs {
    public static final String PERCENTILES = "percentiles.csv";
    public static final String SUMMARY = "summary.json";
    public static final String SENSITIVITY = "sensitivity.csv";
    public static final String REPORT = "report.html";
    public static final String WORKBOOK = WorkbookWriter.FILE;

    private RunOutputs() {
    }

    /**
     * Writes percentiles.csv, summary.json, sensitivity.csv (Monte Carlo runs), every chart as PNG and SVG,
     * report.html and workbook.xlsx.
     *
     * @return the names of the files written, the report first
     */
    public static List<String> write(SimulationResult result, RunManifest manifest, Path dir) throws IOException {
        List<ActualPosition> actuals = Positions.of(result);
        PercentilesCsv.write(result.statistics(), dir.resolve(PERCENTILES));
        SummaryJson.write(manifest, result.statistics(), result.drivers(), actuals, dir.resolve(SUMMARY));
        ChartInputs charts = ChartInputs.of(result, caption(manifest));
        List<RenderedChart> rendered = ChartSet.write(charts, dir);
        boolean deterministic = "deterministic".equals(manifest.mode());
        HtmlReport.write(new ReportContent(result, charts.plans(), rendered, manifest, deterministic),
                dir.resolve(REPORT));
        WorkbookWriter.write(new WorkbookContent(result, charts.plans(), actuals, manifest, deterministic),
                dir.resolve(WorkbookWriter.FILE));
        List<String> files = new ArrayList<>(List.of(REPORT, WorkbookWriter.FILE, PERCENTILES, SUMMARY));
        if (!result.drivers().isEmpty()) {
            SensitivityCsv.write(result.drivers(), dir.resolve(SENSITIVITY));
            files.add(SENSITIVITY);
        }
        for (RenderedChart chart : rendered) {
            files.add(chart.pngFile());
            files.add(chart.svgFile());
        }
        return files;
    }

    static ChartCaption caption(RunManifest manifest) {
        return new ChartCaption(manifest.scenarioName(), manifest.seed(), manifest.trajectories(),
                manifest.scenarioSha256(), "deterministic".equals(manifest.mode()), manifest.version());
    }
}
