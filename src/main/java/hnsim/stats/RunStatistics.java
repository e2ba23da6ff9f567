package hnsim.stats;

import java.util.List;

/** Everything the reports show about a run. */
public record RunStatistics(List<Summary> summaries, List<Exceedance> exceedances, List<FirstBreach> firstBreaches) {
    public RunStatistics {
        summaries = List.copyOf(summaries);
        exceedances = List.copyOf(exceedances);
        firstBreaches = List.copyOf(firstBreaches);
    }

    public Summary find(String option, String metric, String year) {
        return summaries.stream()
                .filter(s -> s.option().equals(option) && s.metric().equals(metric) && s.year().equals(year))
                .findFirst().orElseThrow(() -> new IllegalArgumentException(option + "/" + metric + "/" + year));
    }

    public List<Summary> series(String option, String metric) {
        return summaries.stream().filter(s -> s.option().equals(option) && s.metric().equals(metric)).toList();
    }
}
