package hnsim.kernel;

import hnsim.dist.UncertainValue;
import hnsim.scenario.Chance;
import hnsim.scenario.OtherIncome;
import hnsim.scenario.Placement;
import hnsim.scenario.Scenario;
import hnsim.scenario.Transfer;
import hnsim.scenario.Workstream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many random draws of each kind (normal, beta, bernoulli ...) one trajectory of a
 * scenario takes: with the measured cost of each kind, the floor below which the kernel
 * cannot go.
 */
public final class DrawProfile {
    private DrawProfile() {
    }

    /** Draws per trajectory by distribution kind, e.g. {beta=28, normal=40}. */
    public static Map<String, Integer> of(Scenario scenario) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Placement p : scenario.placements()) {
            values(counts, p.growth());
            if (!p.followsGeneralInflation()) {
                values(counts, p.inflation());
            }
        }
        values(counts, scenario.inflation().rate());
        chance(counts, scenario.inflation().shock(), scenario.years());
        values(counts, scenario.funding().hnbGrant().growth());
        values(counts, scenario.funding().schoolsBlock().growth());
        for (Transfer t : scenario.transfers()) {
            chance(counts, t.approval(), 1);
        }
        for (Workstream w : scenario.workstreams()) {
            boolean once = w.persistent() && w.delivery().stream().map(UncertainValue::distribution).distinct().count() == 1;
            values(counts, once ? w.delivery().subList(0, 1) : w.delivery());
            chance(counts, w.slip(), 1);
        }
        for (OtherIncome o : scenario.funding().otherIncome()) {
            values(counts, o.amountGbp());
        }
        for (int p = 0; scenario.hasFlows() && p < scenario.placements().size(); p++) {
            values(counts, hnsim.model.FlowRates.leaving(scenario, p));
        }
        for (hnsim.scenario.Opening o : scenario.programme()) {
            chance(counts, o.delay(), 1);
        }
        for (Workstream w : scenario.workstreams()) {
            if (w.persistent() && w.yearlyNoise() > 0) {
                counts.merge("normal", scenario.years(), Integer::sum);
            }
        }
        for (hnsim.scenario.Rule.ConditionalTransfer r : scenario.rules().ofKind(hnsim.scenario.Rule.ConditionalTransfer.class)) {
            chance(counts, r.forumApproval(), scenario.years());
            if (r.secretaryOfState() != null) {
                chance(counts, r.secretaryOfState(), scenario.years());
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

    private static void chance(Map<String, Integer> counts, Chance chance, int draws) {
        if (chance.probability() > 0 && chance.probability() < 1) {
            counts.merge("bernoulli", draws, Integer::sum);
        }
    }

    static String kind(UncertainValue v) {
        return v.distribution().getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }
}
