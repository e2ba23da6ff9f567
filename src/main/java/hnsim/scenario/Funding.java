package hnsim.scenario;

import java.util.List;

/** The High Needs Block grant, the Schools Block that transfers are taken from, and other income. */
public record Funding(GrowingAmount hnbGrant, GrowingAmount schoolsBlock, List<OtherIncome> otherIncome) {
    public Funding {
        otherIncome = List.copyOf(otherIncome);
    }
}
