package hnsim.scenario;

import hnsim.dist.UncertainValue;
import java.util.List;

/** An income line beside the grant (a one-off grant, a contribution), amount by year. */
public record OtherIncome(String name, List<UncertainValue> amountGbp) {
    public OtherIncome {
        amountGbp = List.copyOf(amountGbp);
    }
}
