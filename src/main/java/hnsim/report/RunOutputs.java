package hnsim.report;

import hnsim.stats.SimulationResult;
import java.io.IOException;
import java.nio.file.Path;

/** Writes every output file of a run into a directory (the staging directory of an {@link OutputDirectory}). */
public final class RunOutputs {
    public static final String PERCENTILES = "percentiles.csv";
    public static final String SUMMARY = "summary.json";

    private RunOutputs() {
    }

    public static void write(SimulationResult result, RunManifest manifest, Path dir) throws IOException {
        PercentilesCsv.write(result.statistics(), dir.resolve(PERCENTILES));
        SummaryJson.write(manifest, result.statistics(), dir.resolve(SUMMARY));
    }
}
