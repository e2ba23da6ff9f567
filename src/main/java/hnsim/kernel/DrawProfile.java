package hnsim.kernel;

import hnsim.dist.UncertainValue;
import hnsim.model.InputCatalogue;
import hnsim.model.UncertainInput;
import hnsim.scenario.Scenario;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many random draws of each kind (normal, beta, bernoulli ...) one trajectory of a
 * scenario takes, read from its {@link InputCatalogue}: with the measured cost of each kind,
 * the floor below which the kernel cannot go.
 */
public final class DrawProfile {
    private DrawProfile() {
    }

    /** Draws per trajectory by distribution kind, e.g. {beta=28, normal=40}. */
    public static Map<String, Integer> of(Scenario scenario) {
        Map<String, Integer> counts = new TreeMap<>();
        for (UncertainInput input : InputCatalogue.of(scenario).inputs()) {
            if (input.source() instanceof UncertainInput.Yearly yearly) {
                values(counts, yearly.byYear());
            } else if (input.source() instanceof UncertainInput.Event event) {
                double p = event.chance().probability();
                if (p > 0 && p < 1) {
                    counts.merge("bernoulli", input.width(scenario.years()), Integer::sum);
                }
            }
        }
        return counts;
    }

    public static int total(Scenario scenario) {
        return of(scenario).values().stream().mapToInt(Integer::intValue).sum();
    }

    private static void values(Map<String, Integer> counts, List<UncertainValue> byYear) {
        if (byYear.stream().allMatch(v -> v.distribution().isFixed())) {
            return;
        }
        for (UncertainValue v : byYear) {
            counts.merge(kind(v), 1, Integer::sum);
        }
    }

    static String kind(UncertainValue v) {
        return v.distribution().getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }
}
