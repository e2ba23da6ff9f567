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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

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
        boolean deterministic = "deterministic".equals(manifest.mode());
        Beside workbook = Beside.start(manifest.threads(), () -> WorkbookWriter.write(
                new WorkbookContent(result, charts.plans(), actuals, manifest, deterministic),
                dir.resolve(WorkbookWriter.FILE)));
        List<RenderedChart> rendered;
        try {
            rendered = ChartSet.write(charts, dir, manifest.threads());
            HtmlReport.write(new ReportContent(result, charts.plans(), rendered, manifest, deterministic),
                    dir.resolve(REPORT));
        } catch (IOException | RuntimeException | Error e) {
            workbook.abandon();
            throw e;
        }
        workbook.finish();
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
        PercentilesCsv.write(result.statistics(), dir.resolve(PERCENTILES));
        SummaryJson.write(manifest, result.statistics(), result.drivers(), effects, actuals, dir.resolve(SUMMARY));
        EffectsOutputs.writeCsv(effects, dir);
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
        Beside workbook = Beside.start(manifest.threads(), () -> WorkbookWriter.write(
                new WorkbookContent(result, charts.plans(), actuals, manifest, deterministic, studied),
                dir.resolve(WorkbookWriter.FILE)));
        List<RenderedChart> rendered;
        List<DecisionSheet.Part> sheet;
        try {
            rendered = new ArrayList<>(ChartSet.write(charts, dir, manifest.threads()));
            if (result.optionNames().size() > 1) {
                String svg = hnsim.report.chart.ChartWriter.write(hnsim.report.chart.EffectsChart.create(effects,
                        result.optionNames(), result.years(), caption), dir, hnsim.report.chart.EffectsChart.STEM);
                rendered.add(new RenderedChart(hnsim.report.chart.EffectsChart.STEM, hnsim.report.chart.EffectsChart.TITLE,
                        hnsim.report.chart.EffectsChart.HOW_TO_READ, svg));
            }
            sheet = DecisionSheet.of(result.scenarioFile(), result.optionNames(), result.years(),
                    result.statistics(), effects, solutionOrNull);
            hnsim.report.chart.DecisionSheetImage.write(DecisionSheet.title(result.scenarioFile()), sheet, caption, dir);
            HtmlReport.write(new ReportContent(result, charts.plans(), rendered, manifest, deterministic, effects, sheet,
                    risk), dir.resolve(REPORT));
        } catch (IOException | RuntimeException | Error e) {
            workbook.abandon();
            throw e;
        }
        workbook.finish();
        List<String> files = new ArrayList<>(List.of(REPORT, WorkbookWriter.FILE, PERCENTILES, SUMMARY, EffectsOutputs.CSV,
                EffectsOutputs.THRESHOLDS_CSV, hnsim.report.chart.DecisionSheetImage.STEM + ".png",
                hnsim.report.chart.DecisionSheetImage.STEM + ".svg"));
        files.addAll(studyFiles);
        if (risk == null && !result.drivers().isEmpty()) {
            SensitivityCsv.write(result.drivers(), dir.resolve(SENSITIVITY));
            files.add(SENSITIVITY);
        }
        for (RenderedChart chart : rendered) {
            files.add(chart.pngFile());
            files.add(chart.svgFile());
        }
        return files;
    }

    /** A file written on a thread of its own while the caller writes others (runs of more than one thread). */
    interface FileWrite {
        void write() throws IOException;
    }

    /**
     * The workbook, written beside the charts and the report when the run has more than one
     * thread (it reads the same finished tables and writes a file of its own), else in
     * {@link #finish}, in the order of a one-thread run.
     */
    static final class Beside {
        private final FutureTask<Void> task;
        private final boolean started;

        private Beside(FutureTask<Void> task, boolean started) {
            this.task = task;
            this.started = started;
        }

        static Beside start(int threads, FileWrite write) {
            FutureTask<Void> task = new FutureTask<>(() -> {
                write.write();
                return null;
            });
            if (threads > 1) {
                Thread thread = new Thread(task, "hnsim-workbook");
                thread.setDaemon(true);
                thread.start();
            }
            return new Beside(task, threads > 1);
        }

        /** Waits for the write, whatever its outcome: the caller failed and removes the files. */
        void abandon() {
            if (!started) {
                return;
            }
            try {
                task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException ignored) {
                // The caller's own failure is the one reported.
            }
        }

        void finish() throws IOException {
            if (!started) {
                task.run();
            }
            try {
                task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while writing the workbook", e);
            } catch (ExecutionException e) {
                throw ChartSet.rethrow(e);
            }
        }
    }

    static ChartCaption caption(RunManifest manifest) {
        return new ChartCaption(manifest.scenarioName(), manifest.seed(), manifest.trajectories(),
                manifest.scenarioSha256(), "deterministic".equals(manifest.mode()), manifest.version());
    }
}
