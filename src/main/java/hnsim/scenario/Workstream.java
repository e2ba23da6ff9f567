package hnsim.scenario;

import hnsim.dist.UncertainValue;
import java.util.List;

/**
 * A savings workstream of the High Needs Development Plan: its target saving by year, the
 * fraction of the target delivered (uncertain, by year), and the chance that the whole profile
 * slips by {@code slipYears}.
 */
public record Workstream(String name, List<Double> targetGbp, List<UncertainValue> delivery, Chance slip,
                         int slipYears) {
    public Workstream {
        targetGbp = List.copyOf(targetGbp);
        delivery = List.copyOf(delivery);
    }
}
