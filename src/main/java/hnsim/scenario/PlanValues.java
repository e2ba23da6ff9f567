package hnsim.scenario;

import hnsim.dist.UncertainValue;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Whether a scenario states a plan: a {@code plan:} value on some uncertain input, or a plan
 * probability that differs from an event's probability. Only then is the central path "the
 * plan"; otherwise every input sits at its mean and the path is labelled so, not as a plan
 * nobody made.
 */
public final class PlanValues {
    private PlanValues() {
    }

    public static boolean stated(Scenario s) {
        List<UncertainValue> values = new ArrayList<>();
        List<Chance> chances = new ArrayList<>();
        for (Placement p : s.placements()) {
            values.addAll(p.growth());
            if (p.inflation() != null) {
                values.addAll(p.inflation());
            }
        }
        values.addAll(s.inflation().rate());
        chances.add(s.inflation().shock());
        values.addAll(s.funding().hnbGrant().growth());
        values.addAll(s.funding().schoolsBlock().growth());
        s.funding().otherIncome().forEach(o -> values.addAll(o.amountGbp()));
        s.transfers().forEach(t -> chances.add(t.approval()));
        for (Workstream w : s.workstreams()) {
            values.addAll(w.delivery());
            chances.add(w.slip());
        }
        return values.stream().anyMatch(v -> v.plan() != null)
                || chances.stream().anyMatch(c -> c.plan() != c.probability());
    }

    /** Whether any of the scenarios states a plan. */
    public static boolean stated(Stream<Scenario> scenarios) {
        return scenarios.anyMatch(PlanValues::stated);
    }
}
