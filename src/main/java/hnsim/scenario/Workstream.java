package hnsim.scenario;

import hnsim.dist.UncertainValue;
import java.util.List;
import java.util.Locale;

/**
 * A savings workstream of the High Needs Development Plan: its target saving by year, the
 * fraction of the target delivered (uncertain, by year), and the chance that the whole profile
 * slips by {@code slipYears}.
 *
 * @param id snake_case name of its {@code savings.<id>} metric (declared, or derived from the name)
 * @param persistent true: the delivery fraction is drawn once per trajectory (every year at the
 *     same quantile of its year's distribution), so under-delivery persists; false: drawn afresh each year
 * @param yearlyNoise standard deviation of yearly noise added to a persistent delivery fraction (0 for none)
 * @param dependsOn the name of a programme opening whose delay also delays this workstream's
 *     savings (sufficiency savings start when the places open), or null
 * @param pastTargetGbp targets of the years before the first modelled year, oldest first: what a
 *     slipped or late profile delivers at the start of a scenario rolled forward from an outturn
 *     (empty in a file: a profile shifted later starts from nothing)
 */
public record Workstream(String name, List<Double> targetGbp, List<UncertainValue> delivery, Chance slip,
                         int slipYears, String id, boolean persistent, double yearlyNoise, String dependsOn,
                         List<Double> pastTargetGbp) {
    public Workstream {
        targetGbp = List.copyOf(targetGbp);
        delivery = List.copyOf(delivery);
        id = id == null ? idOf(name) : id;
        pastTargetGbp = pastTargetGbp == null ? List.of() : List.copyOf(pastTargetGbp);
    }

    /** A workstream as a file declares it: no targets before the first modelled year. */
    public Workstream(String name, List<Double> targetGbp, List<UncertainValue> delivery, Chance slip,
                      int slipYears, String id, boolean persistent, double yearlyNoise, String dependsOn) {
        this(name, targetGbp, delivery, slip, slipYears, id, persistent, yearlyNoise, dependsOn, List.of());
    }

    /** A workstream with yearly delivery draws and an id derived from its name. */
    public Workstream(String name, List<Double> targetGbp, List<UncertainValue> delivery, Chance slip, int slipYears) {
        this(name, targetGbp, delivery, slip, slipYears, null, false, 0, null);
    }

    /** The same workstream saving nothing: every target, past ones included, zero. */
    public Workstream withoutSavings() {
        return new Workstream(name, java.util.Collections.nCopies(targetGbp.size(), 0.0), delivery, slip, slipYears, id,
                persistent, yearlyNoise, dependsOn);
    }

    /** The id derived from a name: lower case, runs of other characters as one underscore. */
    public static String idOf(String name) {
        String id = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (id.isEmpty()) {
            return "workstream";
        }
        return Character.isDigit(id.charAt(0)) ? "w_" + id : id;
    }
}
