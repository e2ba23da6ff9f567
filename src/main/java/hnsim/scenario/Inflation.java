package hnsim.scenario;

import hnsim.dist.UncertainValue;
import java.util.List;

/**
 * General unit-cost inflation by year, plus an occasional shock (like 2022's 9%) that adds
 * {@code shockSize} to every placement type's inflation in a year with probability
 * {@code shock.probability()}.
 */
public record Inflation(List<UncertainValue> rate, Chance shock, double shockSize) {
    public Inflation {
        rate = List.copyOf(rate);
    }
}
