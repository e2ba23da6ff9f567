package hnsim.report.chart;

import java.util.Locale;

/**
 * What every chart says about where it came from: the scenario it shows, and a footnote with
 * the run's seed, trajectory count and scenario file hash, so a chart pasted into a paper can
 * be traced to the run that made it. Holds no time stamp, so the same run draws the same chart.
 */
public record ChartCaption(String scenarioName, long seed, int trajectories, String scenarioSha256,
                           boolean deterministic, String toolVersion) {
    /** Characters of the scenario file's SHA-256 shown: enough to tell files apart by eye. */
    static final int HASH_PREFIX = 12;

    public String footnote() {
        String hash = scenarioSha256 == null ? "?"
                : scenarioSha256.substring(0, Math.min(HASH_PREFIX, scenarioSha256.length()));
        String run = deterministic
                ? "Deterministic run: one trajectory with every input at its central (plan) value"
                : String.format(Locale.UK, "%,d trajectories, seed %d", trajectories, seed);
        return run + ". Scenario file sha256 " + hash + ". hnsim " + toolVersion;
    }
}
