package hnsim.report;

import hnsim.stats.PrecisionTarget;

/**
 * What produced a set of outputs, recorded in every summary.json so a run can be replayed:
 * the same scenario bytes, seed and trajectory count give the same numbers.
 *
 * @param precision how the --precision rule ended, or null for a run of fixed size
 */
public record RunManifest(String tool, String version, String scenarioFile, String scenarioSha256, String scenarioName,
                          String mode, long seed, int trajectories, int threads, String generator,
                          String quantiles, PrecisionTarget.Outcome precision, String startedAt, long wallTimeMillis,
                          String java) {
    public static final String GENERATOR = "xoshiro256++ (commons-rng), one stream per trajectory and input";

    public static String toolVersion() {
        String v = RunManifest.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
