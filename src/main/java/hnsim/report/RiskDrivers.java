package hnsim.report;

import hnsim.report.chart.RenderedChart;
import hnsim.sensitivity.StudyResult;
import java.util.List;
import java.util.Objects;

/**
 * A sensitivity study shown beside a run ({@code run --sensitivity}): its result, its manifest
 * (seed, N, the treatment of correlated inputs, resamples) and, once written, its charts.
 */
public record RiskDrivers(StudyResult study, SensitivityOutputs.Manifest manifest, List<RenderedChart> charts) {
    public RiskDrivers {
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(manifest, "manifest");
        charts = List.copyOf(charts);
    }

    public RiskDrivers(StudyResult study, SensitivityOutputs.Manifest manifest) {
        this(study, manifest, List.of());
    }

    RiskDrivers withCharts(List<RenderedChart> rendered) {
        return new RiskDrivers(study, manifest, rendered);
    }

    /** The chart written under {@code stem}, if the study wrote one. */
    public java.util.Optional<RenderedChart> chart(String stem) {
        return charts.stream().filter(c -> c.stem().equals(stem)).findFirst();
    }

    /** How the correlated inputs were analysed, in a sentence for the report and the workbook. */
    public String correlatedChoice(hnsim.scenario.Scenario base) {
        if (base.correlation().isEmpty()) {
            return "The scenario correlates no inputs, so each input's indices are its own.";
        }
        boolean grouped = study.groups().stream().anyMatch(g -> g.name().equals(hnsim.sensitivity.InputGroups.CORRELATED));
        if ("scores".equals(manifest.correlated())) {
            return "Inputs tied by the scenario's correlation block are analysed each through its own independent"
                    + " normal score (--correlated scores): the indices are valid, but they are the scores', and the"
                    + " first member of the block carries the variance it shares with the later ones.";
        }
        return "Sobol indices assume independent inputs, so the inputs tied by the scenario's correlation block are"
                + " analysed as one group" + (grouped ? ", 'correlated'," : " (within the --group that holds them)")
                + " re-drawn together (the default; --correlated scores analyses each through its independent normal"
                + " score instead).";
    }
}
