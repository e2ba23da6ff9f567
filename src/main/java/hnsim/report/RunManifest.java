package hnsim.report;

import java.util.List;

import hnsim.stats.PrecisionTarget;

/**
 * What produced a set of outputs, recorded in every summary.json so a run can be replayed:
 * the same scenario bytes, seed and trajectory count give the same numbers.
 *
 * @param precision how the --precision rule ended, or null for a run of fixed size
 * @param overrides the {@code --set PATH=VALUE} changes made to the scenario file's base, in order
 */
public record RunManifest(String tool, String version, String scenarioFile, String scenarioSha256, String scenarioName,
                          String mode, long seed, int trajectories, int threads, String generator,
                          String quantiles, PrecisionTarget.Outcome precision, String startedAt, long wallTimeMillis,
                          String java, List<String> overrides) {
    public static final String GENERATOR = "xoshiro256++ (commons-rng), one stream per trajectory and input";

    public RunManifest {
        overrides = List.copyOf(overrides);
    }

    /** A manifest of a run of the file as written, without overrides. */
    public RunManifest(String tool, String version, String scenarioFile, String scenarioSha256, String scenarioName,
                       String mode, long seed, int trajectories, int threads, String generator,
                       String quantiles, PrecisionTarget.Outcome precision, String startedAt, long wallTimeMillis,
                       String java) {
        this(tool, version, scenarioFile, scenarioSha256, scenarioName, mode, seed, trajectories, threads, generator,
                quantiles, precision, startedAt, wallTimeMillis, java, List.of());
    }

    public static String toolVersion() {
        String v = RunManifest.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
