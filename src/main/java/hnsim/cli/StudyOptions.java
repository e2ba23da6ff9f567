package hnsim.cli;

import hnsim.sensitivity.CorrelatedTreatment;
import hnsim.sensitivity.SobolEstimator;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** What counts as one input of a sensitivity study and how its intervals are made: shared by sensitivity and run. */
final class StudyOptions {
    @Option(names = "--group", paramLabel = "NAME=PATTERN",
            description = "analyse inputs together as one, e.g. demand=placements.*.growth (repeatable; join patterns with +)")
    List<String> groups = new ArrayList<>();

    @Option(names = "--correlated", paramLabel = "group|scores",
            description = "inputs of a correlation block: one Sobol group (default) or each through its independent normal score")
    String correlated;

    @Option(names = "--resamples", paramLabel = "R",
            description = "bootstrap resamples of the Sobol intervals (default: " + SobolEstimator.DEFAULT_RESAMPLES + ")")
    Integer resamples;

    /** Whether any of these options was given (a run refuses them without --sensitivity). */
    boolean given() {
        return !groups.isEmpty() || correlated != null || resamples != null;
    }

    CorrelatedTreatment treatment() {
        try {
            return correlated == null ? CorrelatedTreatment.GROUP : CorrelatedTreatment.parse(correlated);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    int resamples() {
        int r = resamples == null ? SobolEstimator.DEFAULT_RESAMPLES : resamples;
        if (r < 0 || r > 100_000) {
            throw new BadInputException("--resamples must be between 0 and 100,000, got " + r);
        }
        return r;
    }
}
