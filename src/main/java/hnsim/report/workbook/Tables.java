package hnsim.report.workbook;

import hnsim.stats.Summary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A run's summary tables indexed by (option, metric name, year), so sheets ask for a metric by
 * its name and show a row only when the run has it: {@code gross_cost.independent_special}
 * appears when the model reports costs by type, the total {@code gross_cost} always.
 */
final class Tables {
    private final Map<String, Summary> byKey = new HashMap<>();
    private final Set<String> metrics = new LinkedHashSet<>();

    Tables(List<Summary> summaries) {
        for (Summary s : summaries) {
            byKey.put(key(s.option(), s.metric(), s.year()), s);
            metrics.add(s.metric());
        }
    }

    Optional<Summary> find(String option, String metric, String year) {
        return Optional.ofNullable(byKey.get(key(option, metric, year)));
    }

    boolean has(String metric) {
        return metrics.contains(metric);
    }

    /** The metrics named {@code prefix.<part>}, in the order the run reports them. */
    List<String> parts(String prefix) {
        List<String> out = new ArrayList<>();
        for (String m : metrics) {
            if (m.startsWith(prefix + ".")) {
                out.add(m);
            }
        }
        return out;
    }

    /** The metric's percentile (or mean, for level 0) in one year; NaN when the run lacks it. */
    double value(String option, String metric, String year, int level) {
        return find(option, metric, year).map(s -> level == 0 ? s.mean() : s.percentile(level)).orElse(Double.NaN);
    }

    /** Pupils are counted; everything else the model reports is money. */
    static boolean isCount(String metric) {
        return metric.equals("placements") || metric.startsWith("placements.");
    }

    private static String key(String option, String metric, String year) {
        return option + "\u0000" + metric + "\u0000" + year;
    }
}
