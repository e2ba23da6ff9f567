package hnsim.cli;

import hnsim.decision.Effects;
import hnsim.engine.RunRequest;
import hnsim.report.ConsoleTable;
import hnsim.report.EffectsOutputs;
import hnsim.report.OutputDirectory;
import hnsim.report.OutputListing;
import hnsim.report.OutputManifest;
import hnsim.report.RunManifest;
import hnsim.report.RunOutputs;
import hnsim.stats.Exceedance;
import hnsim.stats.SimulationResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes a finished run's files and prints its table: shared by {@code run} and {@code merge}. */
final class RunResults {
    private RunResults() {
    }

    /** Writes every output file into the staging directory and commits it; returns the file names. */
    static List<String> write(SimulationResult result, String scenarioPath, RunRequest request, Instant started,
                              OutputDirectory dir, PrintWriter stderr, Effects effects, List<String> overrides)
            throws IOException {
        return write(result, scenarioPath, request, started, dir, stderr, effects, overrides, null);
    }

    /** As above, with the sensitivity study of {@code run --sensitivity} (or null). */
    static List<String> write(SimulationResult result, String scenarioPath, RunRequest request, Instant started,
                              OutputDirectory dir, PrintWriter stderr, Effects effects, List<String> overrides,
                              hnsim.report.RiskDrivers riskDriversOrNull) throws IOException {
        // The manifest's mode names the sampling method: deterministic, monte-carlo or latin-hypercube.
        String mode = request.deterministic() ? "deterministic" : request.sampling().manifestName();
        RunManifest manifest = new RunManifest("hnsim", RunManifest.toolVersion(), scenarioPath,
                result.scenarioFile().sha256(), result.scenarioFile().base().name(), mode, request.seed(),
                result.trajectories(), request.threads(), RunManifest.GENERATOR, result.quantileMethod().description(),
                result.precision().orElse(null), started.toString(), result.wallTimeMillis(),
                System.getProperty("java.version"), overrides);
        List<String> files = new ArrayList<>(RunOutputs.write(result, manifest, dir.path(), effects, null,
                riskDriversOrNull));
        files.add(OutputManifest.FILE);
        dir.commit(request.threads());
        for (String note : dir.notes()) {
            stderr.println("hnsim: " + note);
        }
        return files;
    }

    /** What every option changes against the base (and against each of {@code against}), on paired trajectories. */
    static Effects effects(SimulationResult result, RunRequest request, List<String> against)
            throws InterruptedException {
        return Effects.of(result, request.settings(), against, result.statistics().exceedances().stream()
                .map(Exceedance::thresholdGbp).distinct().toList());
    }

    static void print(SimulationResult result, RunRequest request, Path target, List<String> files, PrintWriter stdout,
                      Effects effects) {
        print(result, request, target, files, stdout, effects, null);
    }

    /** As above; with the study of {@code run --sensitivity}, its summary stands where the final-year drivers would. */
    static void print(SimulationResult result, RunRequest request, Path target, List<String> files, PrintWriter stdout,
                      Effects effects, hnsim.sensitivity.StudyResult studyOrNull) {
        int threads = request.threads();
        stdout.print(ConsoleTable.render(result.scenarioFile().base().name(), result.optionNames(), result.years(),
                result.statistics(), request.deterministic()));
        stdout.print(EffectsOutputs.console(effects, result.years()));
        if (effects.trajectories() < result.trajectories()) {
            stdout.printf(Locale.UK, "(Effects measured on the run's first %,d trajectories, run again on the same seed.)%n",
                    effects.trajectories());
        }
        if (studyOrNull == null) {
            stdout.print(ConsoleTable.drivers(result.drivers(), result.optionNames().get(0),
                    result.years().get(result.years().size() - 1), 5));
        } else {
            stdout.println();
            stdout.print(hnsim.sensitivity.SensitivitySummary.render(studyOrNull,
                    result.scenarioFile().base().name()));
        }
        SimulationResult.Timings t = result.timings();
        stdout.printf(Locale.UK, "%n%s trajectories, seed %d, %d thread%s, %.1f s (simulation %.2f s, statistics %.2f s,"
                        + " drivers %.2f s).%n",
                String.format(Locale.UK, "%,d", result.trajectories()), request.seed(), threads,
                threads == 1 ? "" : "s", result.wallTimeMillis() / 1000.0, t.simulationMillis() / 1000.0,
                t.statisticsMillis() / 1000.0, t.sensitivityMillis() / 1000.0);
        if (studyOrNull != null) {
            int rows = studyOrNull.sobolEvaluations() == 0 ? 0
                    : (int) (studyOrNull.sobolEvaluations() / (studyOrNull.groups().size() + 2));
            stdout.printf(Locale.UK, "Sensitivity study: the run's first %,d trajectories, %,d model evaluations, %.1f s.%n",
                    rows, studyOrNull.sobolEvaluations(), studyOrNull.wallTimeMillis() / 1000.0);
        }
        result.precision().ifPresent(p -> stdout.printf(Locale.UK,
                "Precision: widest 95%% half-width of the final P50/P90 £%.3fm %s the target £%.3fm after %d round%s%n",
                p.achievedHalfWidthGbp() / 1e6, p.met() ? "meets" : "MISSES (at --max-trajectories)",
                p.toleranceGbp() / 1e6, p.rounds(), p.rounds() == 1 ? "" : "s"));
        stdout.print(OutputListing.render(target, files));
    }
}
