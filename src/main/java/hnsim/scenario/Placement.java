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
 */
public record Placement(String name, double baseCount, double baseUnitCostGbp, List<UncertainValue> growth,
                        List<UncertainValue> inflation, List<Double> capacityPupils, String overflow,
                        double persistence) {
    public Placement {
        growth = List.copyOf(growth);
        inflation = inflation == null ? null : List.copyOf(inflation);
        capacityPupils = capacityPupils == null ? null : List.copyOf(capacityPupils);
    }

    public boolean followsGeneralInflation() {
        return inflation == null;
    }
}
