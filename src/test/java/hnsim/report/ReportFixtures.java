package hnsim.report;

import hnsim.engine.Engine;
import hnsim.engine.RunRequest;
import hnsim.kernel.RunSettings;
import hnsim.report.chart.ChartCaption;
import hnsim.report.chart.ChartInputs;
import hnsim.scenario.ScenarioFile;
import hnsim.scenario.ScenarioLoader;
import hnsim.stats.SimulationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Small runs of the shipped scenario (and variants of its text) shared by the report tests. */
public final class ReportFixtures {
    public static final Path SHIPPED = Path.of("scenarios/leicestershire-2021-mtfs.yaml");
    /** Enough trajectories for distinct percentiles, few enough for a test to take well under a second. */
    public static final int SMALL_RUN = 400;
    public static final long SEED = 20210301L;

    private static SimulationResult shippedRun;
    private static SimulationResult shippedDeterministic;

    private ReportFixtures() {
    }

    public static synchronized SimulationResult shippedRun() {
        if (shippedRun == null) {
            shippedRun = run(ScenarioLoader.load(SHIPPED), SMALL_RUN, false);
        }
        return shippedRun;
    }

    public static synchronized SimulationResult shippedDeterministic() {
        if (shippedDeterministic == null) {
            shippedDeterministic = run(ScenarioLoader.load(SHIPPED), 1, true);
        }
        return shippedDeterministic;
    }

    public static SimulationResult run(ScenarioFile file, int trajectories, boolean deterministic) {
        try {
            return Engine.run(file, RunRequest.of(new RunSettings(SEED, trajectories, 1, deterministic), List.of()), done -> { });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The shipped scenario's text, for tests that change a line of it. */
    public static String shippedText() {
        try {
            return Files.readString(SHIPPED, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped scenario without its options: a run with the base alone. */
    public static ScenarioFile withoutOptions(String text) {
        String withoutOptions = text.substring(0, text.indexOf("\noptions:") + 1);
        return ScenarioLoader.parse("no-options.yaml", withoutOptions.getBytes(StandardCharsets.UTF_8));
    }

    /** The shipped scenario renamed. */
    public static ScenarioFile renamed(String yamlName) {
        String text = shippedText().replaceFirst("(?m)^name: .*$", "name: " + yamlName.replace("$", "\\$"));
        return ScenarioLoader.parse("renamed.yaml", text.getBytes(StandardCharsets.UTF_8));
    }

    public static RunManifest manifest(SimulationResult result, boolean deterministic) {
        return new RunManifest("hnsim", "test", result.scenarioFile().path(), result.scenarioFile().sha256(),
                result.scenarioFile().base().name(), deterministic ? "deterministic" : "monte-carlo", SEED,
                result.trajectories(), 1, RunManifest.GENERATOR, result.quantileMethod().description(), null,
                "2021-03-01T00:00:00Z", result.wallTimeMillis(), "17");
    }

    public static ChartInputs chartInputs(SimulationResult result, boolean deterministic) {
        return ChartInputs.of(result, new ChartCaption(result.scenarioFile().base().name(), SEED,
                result.trajectories(), result.scenarioFile().sha256(), deterministic, "test"));
    }
}
