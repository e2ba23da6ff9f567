package hnsim.scenario;

import hnsim.dist.UncertainValue;
import java.util.List;

/** An amount known in the base year that grows by an uncertain rate in each modelled year. */
public record GrowingAmount(double baseGbp, List<UncertainValue> growth) {
    public GrowingAmount {
        growth = List.copyOf(growth);
    }
}
