package hnsim.scenario;

import hnsim.dist.UncertainValue;
import java.util.List;

/**
 * A provision type (mainstream top-up, special school, independent ...): its pupils and unit
 * cost in the base year (the year before the first modelled year), how demand and unit cost
 * grow in each modelled year, and an optional capacity whose excess demand overflows to
 * another, usually dearer, type.
 *
 * @param inflation per-year unit-cost inflation, or null to follow the scenario's general inflation
 * @param capacityPupils per-year places, or null for no limit
 * @param overflow the type that takes demand above capacity, or null
 * @param persistence AR(1) persistence of this type's growth shocks
 * @param leaving this type's leaving rate by year under flows, or null for the flows' default
 * @param baseJoiners new plans of this type in the base year under flows, or NaN to derive them
 *     (the number that makes the type grow at its central growth rate at the central leaving rate)
 */
public record Placement(String name, double baseCount, double baseUnitCostGbp, List<UncertainValue> growth,
                        List<UncertainValue> inflation, List<Double> capacityPupils, String overflow,
                        double persistence, List<UncertainValue> leaving, double baseJoiners) {
    public Placement {
        growth = List.copyOf(growth);
        inflation = inflation == null ? null : List.copyOf(inflation);
        capacityPupils = capacityPupils == null ? null : List.copyOf(capacityPupils);
        leaving = leaving == null ? null : List.copyOf(leaving);
    }

    /** A type without flow settings of its own. */
    public Placement(String name, double baseCount, double baseUnitCostGbp, List<UncertainValue> growth,
                     List<UncertainValue> inflation, List<Double> capacityPupils, String overflow,
                     double persistence) {
        this(name, baseCount, baseUnitCostGbp, growth, inflation, capacityPupils, overflow, persistence, null,
                Double.NaN);
    }

    public boolean followsGeneralInflation() {
        return inflation == null;
    }
}
