package hnsim.stats;

import hnsim.scenario.Scenario;
import java.util.List;

/**
 * The DSG management plan's <em>unmitigated</em> forecast: the base with no savings. Every
 * workstream keeps its inputs (delivery, slip), so the draws of every trajectory, which are
 * keyed by input name, are exactly the base's; only the targets are zero. The difference
 * between the two is then the savings of that very trajectory, not noise.
 */
public final class Unmitigated {
    /** The name of the internal variant; never shown as an option. */
    public static final String VARIANT = "base (unmitigated)";

    private Unmitigated() {
    }

    public static Scenario of(Scenario base) {
        // Flows, the programme and the rules stay: only the savings go, and every input (persistent
        // delivery included) keeps its stream and source, so the variant shares the base's draws.
        return base.withoutSavings();
    }

    /** The statistics of {@code stats} whose option is the internal variant. */
    public static List<Summary> of(RunStatistics stats) {
        return stats.summaries().stream().filter(s -> s.option().equals(VARIANT)).toList();
    }

    /** {@code stats} without the internal variant: what every other output shows. */
    public static RunStatistics without(RunStatistics stats) {
        return new RunStatistics(
                stats.summaries().stream().filter(s -> !s.option().equals(VARIANT)).toList(),
                stats.exceedances().stream().filter(e -> !e.option().equals(VARIANT)).toList(),
                stats.firstBreaches().stream().filter(b -> !b.option().equals(VARIANT)).toList());
    }
}
