package hnsim.sensitivity;

import hnsim.stats.Interval;

/**
 * The Sobol indices of one input (or group of inputs) for one output.
 *
 * @param firstOrder the share of the output's variance the input explains alone, S_i = V[E(Y|X_i)] / V(Y)
 * @param totalOrder the share it explains with all its interactions, S_Ti = E[V(Y|X_~i)] / V(Y)
 * @param firstOrderCi bootstrap 95% interval (percentile method) of the first-order index
 * @param totalOrderCi bootstrap 95% interval of the total index
 */
public record SobolIndex(String input, double firstOrder, Interval firstOrderCi,
                         double totalOrder, Interval totalOrderCi) {

    /** The share of variance the input explains only through interactions with others. */
    public double interactionShare() {
        return totalOrder - firstOrder;
    }
}
