package hnsim.report;

import hnsim.backtest.ActualPosition;
import hnsim.backtest.Positions;
import hnsim.report.chart.ChartCaption;
import hnsim.report.chart.ChartInputs;
import hnsim.report.chart.ChartSet;
import hnsim.report.chart.ChartWriter;
import hnsim.report.chart.DecisionSheetImage;
import hnsim.report.chart.EffectsChart;
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
import java.util.concurrent.Future;

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
        ChartInputs charts = ChartInputs.of(result, caption(manifest));
        boolean deterministic = "deterministic".equals(manifest.mode());
        List<String> files = new ArrayList<>(List.of(REPORT, WorkbookWriter.FILE, PERCENTILES, SUMMARY));
        PercentilesCsv.write(result.statistics(), dir.resolve(PERCENTILES));
        SummaryJson.write(manifest, result.statistics(), result.drivers(), actuals, dir.resolve(SUMMARY));
        if (!result.drivers().isEmpty()) {
            SensitivityCsv.write(result.drivers(), dir.resolve(SENSITIVITY));
            files.add(SENSITIVITY);
        }
        try (FileWrites writes = FileWrites.start(manifest.threads())) {
            Future<Void> workbook = writes.submit(() -> {
                WorkbookWriter.write(new WorkbookContent(result, charts.plans(), actuals, manifest, deterministic),
                        dir.resolve(WorkbookWriter.FILE));
                return null;
            });
            List<Future<RenderedChart>> chartWrites = chartWrites(writes, charts, dir);
            List<RenderedChart> rendered = results(writes, chartWrites);
            HtmlReport.write(new ReportContent(result, charts.plans(), rendered, manifest, deterministic),
                    dir.resolve(REPORT));
            writes.result(workbook);
            addChartFiles(files, rendered);
        }
        return files;
    }

    /**
     * Writes the run's files as {@link #write} does, and the decisions: the effects of the options
     * (in summary.json, effects.csv, effects-thresholds.csv, the effects chart beside the options
     * chart), the decision sheet (first in report.html, and as decision-sheet.png/svg) and, when
     * a goal seek was run, its answer on the sheet.
     */
    public static List<String> write(SimulationResult result, RunManifest manifest, Path dir,
                                     hnsim.decision.Effects effects, hnsim.decision.Solution solutionOrNull)
            throws IOException {
        return write(result, manifest, dir, effects, solutionOrNull, null);
    }

    /**
     * Writes the run's files as the method above does and, given a sensitivity study
     * ({@code run --sensitivity}), its files beside them (sensitivity.csv becomes the study's, by
     * year), its section "What drives the risk" in report.html and its sheet in the workbook.
     */
    public static List<String> write(SimulationResult result, RunManifest manifest, Path dir,
                                     hnsim.decision.Effects effects, hnsim.decision.Solution solutionOrNull,
                                     RiskDrivers riskDriversOrNull) throws IOException {
        List<ActualPosition> actuals = Positions.of(result);
        ChartCaption caption = caption(manifest);
        ChartInputs charts = ChartInputs.of(result, caption);
        boolean deterministic = "deterministic".equals(manifest.mode());
        RiskDrivers risk = null;
        List<String> studyFiles = List.of();
        if (riskDriversOrNull != null) {
            // The study's charts name its own N, the run's first trajectories it read.
            ChartCaption studyCaption = new ChartCaption(manifest.scenarioName(), manifest.seed(),
                    riskDriversOrNull.manifest().trajectories(), manifest.scenarioSha256(), false, manifest.version());
            SensitivityOutputs.Written written = SensitivityOutputs.writeAll(riskDriversOrNull.study(),
                    riskDriversOrNull.manifest(), studyCaption, dir);
            risk = riskDriversOrNull.withCharts(written.charts());
            studyFiles = written.files();
        }
        RiskDrivers studied = risk;
        List<DecisionSheet.Part> sheet = DecisionSheet.of(result.scenarioFile(), result.optionNames(), result.years(),
                result.statistics(), effects, solutionOrNull);
        List<String> files = new ArrayList<>(List.of(REPORT, WorkbookWriter.FILE, PERCENTILES, SUMMARY, EffectsOutputs.CSV,
                EffectsOutputs.THRESHOLDS_CSV, DecisionSheetImage.STEM + ".png", DecisionSheetImage.STEM + ".svg"));
        files.addAll(studyFiles);
        // The tables first, then everything else beside the report. On one thread the order is
        // tables, charts, decision sheet, report, workbook: the workbook, last, runs on code the
        // charts and the report have already compiled (PNG's deflate, text encoders).
        PercentilesCsv.write(result.statistics(), dir.resolve(PERCENTILES));
        SummaryJson.write(manifest, result.statistics(), result.drivers(), effects, actuals, dir.resolve(SUMMARY));
        EffectsOutputs.writeCsv(effects, dir);
        if (risk == null && !result.drivers().isEmpty()) {
            SensitivityCsv.write(result.drivers(), dir.resolve(SENSITIVITY));
            files.add(SENSITIVITY);
        }
        try (FileWrites writes = FileWrites.start(manifest.threads())) {
            // On a pool, the longest writes start first, so the last to start are short.
            Future<Void> workbook = writes.submit(() -> {
                WorkbookWriter.write(new WorkbookContent(result, charts.plans(), actuals, manifest, deterministic,
                        studied), dir.resolve(WorkbookWriter.FILE));
                return null;
            });
            Future<Void> sheetImage = writes.submit(() -> {
                DecisionSheetImage.write(DecisionSheet.title(result.scenarioFile()), sheet, caption, dir);
                return null;
            });
            List<Future<RenderedChart>> chartWrites = chartWrites(writes, charts, dir);
            Future<RenderedChart> effectsChart = result.optionNames().size() > 1
                    ? writes.submit(() -> new RenderedChart(EffectsChart.STEM, EffectsChart.TITLE, EffectsChart.HOW_TO_READ,
                            ChartWriter.write(EffectsChart.create(effects, result.optionNames(), result.years(), caption),
                                    dir, EffectsChart.STEM)))
                    : null;
            List<RenderedChart> rendered = results(writes, chartWrites);
            if (effectsChart != null) {
                rendered.add(writes.result(effectsChart));
            }
            writes.result(sheetImage);
            HtmlReport.write(new ReportContent(result, charts.plans(), rendered, manifest, deterministic, effects, sheet,
                    risk), dir.resolve(REPORT));
            writes.result(workbook);
            addChartFiles(files, rendered);
        }
        return files;
    }

    /** Starts writing every chart of the set, in the set's order. */
    private static List<Future<RenderedChart>> chartWrites(FileWrites writes, ChartInputs charts, Path dir) {
        List<Future<RenderedChart>> out = new ArrayList<>();
        for (int i = 0; i < ChartSet.size(); i++) {
            int index = i;
            out.add(writes.submit(() -> ChartSet.writeChart(charts, dir, index)));
        }
        return out;
    }

    private static List<RenderedChart> results(FileWrites writes, List<Future<RenderedChart>> charts) throws IOException {
        List<RenderedChart> out = new ArrayList<>();
        for (Future<RenderedChart> chart : charts) {
            out.add(writes.result(chart));
        }
        return out;
    }

    private static void addChartFiles(List<String> files, List<RenderedChart> rendered) {
        for (RenderedChart chart : rendered) {
            files.add(chart.pngFile());
            files.add(chart.svgFile());
        }
    }

    static ChartCaption caption(RunManifest manifest) {
        return new ChartCaption(manifest.scenarioName(), manifest.seed(), manifest.trajectories(),
                manifest.scenarioSha256(), "deterministic".equals(manifest.mode()), manifest.version());
    }
}
