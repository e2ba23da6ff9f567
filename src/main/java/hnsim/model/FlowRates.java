package hnsim.model;

import hnsim.dist.UncertainValue;
import hnsim.scenario.Placement;
import hnsim.scenario.Scenario;
import java.util.List;

/** The flow rates of a placement type under {@code flows:}: its leaving rate and its base-year joiners. */
public final class FlowRates {
    private FlowRates() {
    }

    /** The type's own leaving rate by year, else the flows' default. */
    public static List<UncertainValue> leaving(Scenario scenario, int type) {
        Placement p = scenario.placements().get(type);
        return p.leaving() != null ? p.leaving() : scenario.flows().leaving();
    }

    /**
     * New plans of the type in the base year: as given, or the number that makes the type grow
     * at its central first-year growth g at its central first-year leaving rate l: a stock S
     * grows to S(1 + g) when S(1 - l) + J(1 + g) = S(1 + g), so J = S (g + l) / (1 + g).
     */
    public static double baseJoiners(Scenario scenario, int type) {
        Placement p = scenario.placements().get(type);
        if (!Double.isNaN(p.baseJoiners())) {
            return p.baseJoiners();
        }
        double g = p.growth().get(0).central();
        double l = leaving(scenario, type).get(0).central();
        return p.baseCount() * (g + l) / (1 + g);
    }
}
